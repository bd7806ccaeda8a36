#include "modules/infrastructure/cidr.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

namespace simpul::modules::infrastructure {

namespace {

// Equal in the first `bits` bits.
bool same_prefix(const IpAddress& a, const IpAddress& b, int bits) {
  for (int i = 0; i < bits / 8; ++i)
    if (a.bytes[i] != b.bytes[i]) return false;
  int rest = bits % 8;
  if (rest == 0) return true;
  uint8_t mask = static_cast<uint8_t>(0xFF << (8 - rest));
  return (a.bytes[bits / 8] & mask) == (b.bytes[bits / 8] & mask);
}

bool host_bits_clear(const IpAddress& a, int prefix) {
  for (int bit = prefix; bit < a.bits(); ++bit)
    if (a.bytes[bit / 8] & (0x80 >> (bit % 8))) return false;
  return true;
}

}  // namespace

std::string IpAddress::text() const {
  char buffer[INET6_ADDRSTRLEN] = {};
  inet_ntop(family == 4 ? AF_INET : AF_INET6, bytes.data(), buffer, sizeof buffer);
  return buffer;
}

std::string Cidr::text() const { return network.text() + "/" + std::to_string(prefix); }

std::optional<IpAddress> parse_address(const std::string& text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  for (char ch : text)
    if (!std::isxdigit(static_cast<unsigned char>(ch)) && ch != '.' && ch != ':') return std::nullopt;
  IpAddress a;
  if (text.find(':') == std::string::npos) {
    a.family = 4;
    if (inet_pton(AF_INET, text.c_str(), a.bytes.data()) != 1) return std::nullopt;
  } else {
    a.family = 6;
    if (inet_pton(AF_INET6, text.c_str(), a.bytes.data()) != 1) return std::nullopt;
  }
  return a;
}

CidrParse parse_cidr(const std::string& text) {
  auto slash = text.find('/');
  auto address = parse_address(text.substr(0, slash));
  if (!address) return {std::nullopt, CidrError::syntax};
  int prefix = address->bits();
  if (slash != std::string::npos) {
    auto digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3 || (digits.size() > 1 && digits[0] == '0')) return {std::nullopt, CidrError::prefix};
    for (char ch : digits)
      if (!std::isdigit(static_cast<unsigned char>(ch))) return {std::nullopt, CidrError::prefix};
    prefix = std::stoi(digits);
    if (prefix > address->bits()) return {std::nullopt, CidrError::prefix};
  }
  if (!host_bits_clear(*address, prefix)) return {std::nullopt, CidrError::host_bits};
  return {Cidr{*address, prefix}, std::nullopt};
}

bool overlaps(const Cidr& a, const Cidr& b) {
  if (a.network.family != b.network.family) return false;
  return same_prefix(a.network, b.network, std::min(a.prefix, b.prefix));
}

bool contains(const Cidr& outer, const Cidr& inner) {
  return outer.network.family == inner.network.family && outer.prefix <= inner.prefix &&
         same_prefix(outer.network, inner.network, outer.prefix);
}

bool contains(const Cidr& block, const IpAddress& address) {
  return block.network.family == address.family && same_prefix(block.network, address, block.prefix);
}

}  // namespace simpul::modules::infrastructure
