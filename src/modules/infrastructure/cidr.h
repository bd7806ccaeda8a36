#pragma once
// IP address blocks in CIDR notation, IPv4 and IPv6, and whether two of them overlap.
// The ICT office numbers the IP addresses of every agency (Perbup OKI 32/2022 Pasal 20
// ayat (1)-(2)): an allocation that overlaps another in the region would give two agencies
// the same addresses, so it is refused. Pure functions, no I/O.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace simpul::modules::infrastructure {

struct IpAddress {
  int family = 4;                      // 4 or 6
  std::array<uint8_t, 16> bytes{};     // IPv4 uses the first 4
  int bits() const { return family == 4 ? 32 : 128; }
  std::string text() const;            // "10.0.0.1", "2001:db8::1"
};

struct Cidr {
  IpAddress network;
  int prefix = 0;
  std::string text() const;  // normalised: "10.20.0.0/16", "2001:db8::/48"
};

enum class CidrError { syntax, prefix, host_bits };

struct CidrParse {
  std::optional<Cidr> cidr;
  std::optional<CidrError> error;
};

// One address ("10.0.0.1", "2001:DB8::1"), no prefix, no zone, no spaces.
std::optional<IpAddress> parse_address(const std::string& text);
// "10.20.0.0/16", "2001:db8::/48"; an address without "/n" is a single host (/32, /128).
// Refused: anything that is not an address, a prefix outside 0-32 (0-128) or with leading
// zeros, and host bits set after the prefix ("10.20.1.0/16": write 10.20.0.0/16).
CidrParse parse_cidr(const std::string& text);

// Two blocks share at least one address: same family, and equal on the shorter prefix.
// Adjacent blocks (10.0.0.0/24 and 10.0.1.0/24) do not overlap.
bool overlaps(const Cidr& a, const Cidr& b);
// `inner` lies wholly inside `outer`.
bool contains(const Cidr& outer, const Cidr& inner);
// The address lies in the block.
bool contains(const Cidr& block, const IpAddress& address);

}  // namespace simpul::modules::infrastructure
