#include "auth/secrets.h"

#include <openssl/rand.h>

#include <stdexcept>

#include "core/digest.h"

namespace simpul::auth {

namespace {
std::string random_b64(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1)
    throw std::runtime_error("random generator failed");
  return base64url_encode(raw);
}
}  // namespace

std::string new_session_secret() { return random_b64(32); }
std::string new_csrf_token() { return random_b64(24); }
std::string new_api_token() { return kApiTokenPrefix + random_b64(32); }
std::string secret_hash(std::string_view secret) { return sha256_hex(secret); }

std::string cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    auto semi = header.find(';');
    auto pair = header.substr(0, semi);
    header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
  }
  return {};
}

}  // namespace simpul::auth
