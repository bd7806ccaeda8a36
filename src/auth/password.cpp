#include "auth/password.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include "core/text.h"

namespace simpul::auth {

namespace {
// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 30 ms here).
constexpr uint32_t kTimeCost = 2, kMemoryKiB = 19 * 1024, kLanes = 1, kSaltBytes = 16, kHashBytes = 32;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_well_known(const std::string& lowered) {
  static const std::array<const char*, 16> common = {
      "password1234", "password12345", "123456789012", "1234567890123", "qwertyuiop12", "qwerty123456",
      "iloveyou1234", "admin1234567", "administrator", "passwordpassword", "rahasia12345", "bismillah123",
      "indonesia123", "indonesia1945", "sayangkamu123", "katasandi123"};
  return std::find(common.begin(), common.end(), lowered) != common.end();
}
}  // namespace

std::string hash_password(std::string_view password) {
  unsigned char salt[kSaltBytes];
  if (RAND_bytes(salt, sizeof salt) != 1) throw std::runtime_error("random generator failed");
  size_t encoded_len = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id);
  std::string encoded(encoded_len, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(), salt, sizeof salt,
                                 kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2id failed: ") + argon2_error_message(rc));
  encoded.resize(std::char_traits<char>::length(encoded.c_str()));
  return encoded;
}

bool verify_password(const std::string& encoded, std::string_view password) {
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

std::vector<FieldError> password_problems(std::string_view password, std::string_view username, const std::string& field) {
  std::vector<FieldError> errors;
  size_t length = utf8_length(password);
  if (length < 12) errors.push_back({field, {"Kata sandi minimal 12 karakter.", "The password needs at least 12 characters."}});
  if (length > 128) errors.push_back({field, {"Kata sandi paling banyak 128 karakter.", "The password can have at most 128 characters."}});
  std::string lowered = lower(password);
  if (!username.empty() && lowered.find(lower(username)) != std::string::npos)
    errors.push_back({field, {"Kata sandi tidak boleh memuat nama pengguna.", "The password must not contain the username."}});
  if (!password.empty() && std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); }))
    errors.push_back({field, {"Kata sandi tidak boleh hanya satu karakter yang diulang.", "The password must not be one character repeated."}});
  if (is_well_known(lowered))
    errors.push_back({field, {"Kata sandi ini terlalu umum dan mudah ditebak.", "This password is too common and easy to guess."}});
  return errors;
}

std::string temporary_password() {
  // 16 characters from an alphabet without look-alikes (0/O, 1/l/I).
  static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  unsigned char random[16];
  if (RAND_bytes(random, sizeof random) != 1) throw std::runtime_error("random generator failed");
  std::string out;
  for (unsigned char r : random) out += kAlphabet[r % (sizeof kAlphabet - 1)];
  return out.substr(0, 4) + "-" + out.substr(4, 4) + "-" + out.substr(8, 4) + "-" + out.substr(12, 4);
}

}  // namespace simpul::auth
