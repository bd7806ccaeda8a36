#include "audit/signing.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "core/clock.h"
#include "core/digest.h"

namespace simpul::audit {

namespace {
std::string to_hex(const unsigned char* p, size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += kHex[p[i] >> 4];
    out += kHex[p[i] & 15];
  }
  return out;
}

std::string from_hex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}
}  // namespace

InstanceKey::InstanceKey(EVP_PKEY* key) : key_(key, EVP_PKEY_free) {}

InstanceKey InstanceKey::load(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (!f) throw std::runtime_error("the instance key '" + path + "' cannot be read");
  EVP_PKEY* key = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
    EVP_PKEY_free(key);
    throw std::runtime_error("the instance key '" + path + "' is not an Ed25519 private key in PEM format");
  }
  return InstanceKey(key);
}

InstanceKey InstanceKey::load_or_create(const std::string& path) {
  if (std::filesystem::exists(path)) return load(path);
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
  if (!key) throw std::runtime_error("could not create an Ed25519 key");
  mode_t old = umask(077);
  FILE* f = std::fopen(path.c_str(), "w");
  umask(old);
  if (!f || PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    if (f) std::fclose(f);
    EVP_PKEY_free(key);
    throw std::runtime_error("could not write the instance key to '" + path + "'");
  }
  std::fclose(f);
  return InstanceKey(key);
}

std::string InstanceKey::key_id() const {
  unsigned char raw[32];
  size_t len = sizeof raw;
  EVP_PKEY_get_raw_public_key(key_.get(), raw, &len);
  return sha256_hex(std::string_view(reinterpret_cast<char*>(raw), len)).substr(0, 16);
}

std::string InstanceKey::sign(std::string_view message) const {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char sig[64];
  size_t len = sizeof sig;
  if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_.get()) != 1 ||
      EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1)
    throw std::runtime_error("signing failed");
  return to_hex(sig, len);
}

bool InstanceKey::verify(std::string_view message, const std::string& signature_hex) const {
  if (signature_hex.size() != 128) return false;
  std::string sig = from_hex(signature_hex);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key_.get()) == 1 &&
         EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(sig.data()), sig.size(),
                          reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

std::string head_message(const std::string& region_id, int64_t seq, const std::string& hash) {
  return "simpul-audit-head\n" + region_id + "\n" + std::to_string(seq) + "\n" + hash;
}

int sign_heads(db::Database& db, const InstanceKey& key) {
  return db.write([&](db::Connection& c) {
    auto heads = c.query(
        "SELECT h.region_id, h.last_seq, h.last_hash FROM audit_chain_heads h"
        " WHERE h.last_seq > COALESCE((SELECT MAX(s.seq) FROM audit_signatures s WHERE s.region_id = h.region_id), 0)");
    for (const auto& h : heads) {
      auto region = h.text(0);
      auto seq = h.int64(1);
      auto hash = h.text(2);
      c.execute("INSERT INTO audit_signatures (region_id, seq, hash, signature, key_id, signed_at) VALUES (?, ?, ?, ?, ?, ?)",
                {region, seq, hash, key.sign(head_message(region, seq, hash)), key.key_id(), now_rfc3339()});
    }
    return static_cast<int>(heads.size());
  });
}

}  // namespace simpul::audit
