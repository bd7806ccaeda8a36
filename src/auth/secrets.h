#pragma once
// Bearer secrets: session cookies, CSRF tokens and API tokens. Only their
// SHA-256 is stored, so a copy of the database does not let anyone sign in.
#include <string>
#include <string_view>

namespace simpul::auth {

inline constexpr const char* kSessionCookie = "simpul_session";
inline constexpr const char* kApiTokenPrefix = "simpul_";

std::string new_session_secret();  // 43 characters, 256 random bits
std::string new_csrf_token();
std::string new_api_token();       // "simpul_" + 43 characters
std::string secret_hash(std::string_view secret);

// The value of one cookie from a Cookie header, or empty.
std::string cookie_value(std::string_view cookie_header, std::string_view name);

}  // namespace simpul::auth
