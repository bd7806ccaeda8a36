#pragma once
// Hashes and encodings used across Simpul (OpenSSL underneath).
#include <optional>
#include <string>
#include <string_view>

namespace simpul {

std::string sha256_hex(std::string_view data);
std::string random_hex(size_t bytes);  // cryptographically random
// 16 hex digits, unique enough to tell requests apart in logs; fast, not secret.
std::string request_id();
std::string base64url_encode(std::string_view data);
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace simpul
