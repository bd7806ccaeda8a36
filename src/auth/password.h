#pragma once
// Passwords: argon2id hashes (libargon2) and the rules a new password must meet.
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"

namespace simpul::auth {

// An encoded argon2id hash ($argon2id$v=19$m=…,t=…,p=…$salt$hash) with a fresh salt.
std::string hash_password(std::string_view password);
bool verify_password(const std::string& encoded, std::string_view password);

// Field errors (under `field`) for a proposed password; empty when acceptable.
// 12 to 128 characters, not containing the username, not one repeated
// character, not a well-known password.
std::vector<FieldError> password_problems(std::string_view password, std::string_view username, const std::string& field);

// A random password that meets the rules, for administrator resets.
std::string temporary_password();

}  // namespace simpul::auth
