#pragma once
// Tracking codes of public complaints (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4)
// huruf h: the public complaint channel; Probolinggo Pasal 27: status information). A code
// is 80 random bits written as 16 Crockford base-32 characters in groups of four
// ("7QK2-M9XD-R4TB-HC8N"): unguessable, easy to read aloud and to type. Only its SHA-256
// is stored, so the database alone cannot be used to follow someone's complaint. When a
// code is read back, case, dashes and spaces are ignored, and the letters Crockford
// treats as look-alikes (I, L → 1; O → 0) are accepted.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::modules::complaints {

constexpr size_t kTrackingCodeBytes = 10;  // 80 bits
using TrackingBits = std::array<uint8_t, kTrackingCodeBytes>;

// The 16 characters in groups of four. Pure.
std::string encode_tracking_code(const TrackingBits& bits);
// A new code from the operating system's random source (OpenSSL RAND_bytes).
std::string new_tracking_code();
// The canonical form of what a user typed, or nothing when it cannot be a code.
std::optional<std::string> normalise_tracking_code(std::string_view typed);
// What is stored: SHA-256 (hex) of the canonical form.
std::string tracking_code_hash(const std::string& canonical);

}  // namespace simpul::modules::complaints
