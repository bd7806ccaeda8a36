#pragma once
// The instance key: an Ed25519 key in a file outside the database. Signing the
// chain head with it means that whoever controls the database still cannot
// rewrite history and recompute the hashes unnoticed: non-repudiation through
// digital signatures (Perwali Madiun 39/2021 Pasal 25 ayat (6); Perwali
// Probolinggo 54/2022 Pasal 21 ayat (2) huruf e).
#include <memory>
#include <string>
#include <string_view>

#include "db/database.h"

typedef struct evp_pkey_st EVP_PKEY;

namespace simpul::audit {

class InstanceKey {
 public:
  // Reads the PEM private key at `path`, creating it (mode 0600) when missing.
  static InstanceKey load_or_create(const std::string& path);
  // Reads the key; throws std::runtime_error when it is missing or unreadable.
  static InstanceKey load(const std::string& path);

  std::string key_id() const;  // first 16 hex digits of SHA-256 of the public key
  std::string sign(std::string_view message) const;  // hex
  bool verify(std::string_view message, const std::string& signature_hex) const;

 private:
  explicit InstanceKey(EVP_PKEY* key);
  std::shared_ptr<EVP_PKEY> key_;
};

std::string head_message(const std::string& region_id, int64_t seq, const std::string& hash);

// Signs every region's chain head that moved since its last signature; answers how many were signed.
int sign_heads(db::Database& db, const InstanceKey& key);

}  // namespace simpul::audit
