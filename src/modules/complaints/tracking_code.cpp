#include "modules/complaints/tracking_code.h"

#include <openssl/rand.h>

#include <stdexcept>

#include "core/digest.h"

namespace simpul::modules::complaints {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford: no I, L, O, U
constexpr size_t kCharacters = 16;
constexpr size_t kGroup = 4;

// The value of a typed character, or -1.
int value_of(char ch) {
  if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  if (ch == 'I' || ch == 'L') ch = '1';
  if (ch == 'O') ch = '0';
  auto at = kAlphabet.find(ch);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::string grouped(const std::string& plain) {
  std::string out;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (i && i % kGroup == 0) out += '-';
    out += plain[i];
  }
  return out;
}

}  // namespace

std::string encode_tracking_code(const TrackingBits& bits) {
  // 80 bits are exactly 16 groups of 5 bits, most significant first.
  std::string plain;
  uint32_t buffer = 0;
  int held = 0;
  for (uint8_t byte : bits) {
    buffer = (buffer << 8) | byte;
    held += 8;
    while (held >= 5) {
      held -= 5;
      plain += kAlphabet[(buffer >> held) & 0x1f];
    }
  }
  return grouped(plain);
}

std::string new_tracking_code() {
  TrackingBits bits{};
  if (RAND_bytes(bits.data(), static_cast<int>(bits.size())) != 1)
    throw std::runtime_error("the random source failed while making a tracking code");
  return encode_tracking_code(bits);
}

std::optional<std::string> normalise_tracking_code(std::string_view typed) {
  if (typed.size() > 64) return std::nullopt;
  std::string plain;
  for (char ch : typed) {
    if (ch == '-' || ch == ' ') continue;
    int v = value_of(ch);
    if (v < 0) return std::nullopt;
    plain += kAlphabet[static_cast<size_t>(v)];
  }
  if (plain.size() != kCharacters) return std::nullopt;
  return grouped(plain);
}

std::string tracking_code_hash(const std::string& canonical) { return sha256_hex(canonical); }

}  // namespace simpul::modules::complaints
