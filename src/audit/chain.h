#pragma once
// The audit chain's rules, pure: what an entry is, how it is encoded for
// hashing, and how an entry links to the one before it. This is the
// "pendeteksian modifikasi" (modification detection) that guarantees integrity:
// Perwali Madiun 39/2021 Pasal 11 ayat (3) huruf b and Pasal 25 ayat (3);
// Perwali Probolinggo 54/2022 Pasal 21 ayat (4).
//
//   hash(n) = SHA-256( canonical(entry n) )   where canonical(n) includes hash(n-1)
//
// canonical() is a JSON array of the stored fields in a fixed order, each
// exactly as stored (changes is the stored JSON text), so verification never
// depends on re-serialising anything.
#include <cstdint>
#include <optional>
#include <string>

namespace simpul::audit {

inline const std::string kGenesisHash(64, '0');  // prev_hash of each region's first entry

struct Entry {
  std::string region_id;
  int64_t seq = 0;
  std::string at;  // RFC 3339 UTC
  std::optional<int64_t> actor_id;
  std::string actor_username;  // empty: no signed-in actor (e.g. a failed login)
  std::string actor_role;
  std::string action;       // "user.create", "session.login" …
  std::string entity_type;  // "user", "session", "api_token" …
  std::string entity_id;
  std::string changes;  // JSON object text: {"field":{"before":…,"after":…}}
  std::string request_id;
  std::string client;
  std::string prev_hash;
  std::string hash;
};

std::string canonical(const Entry& e);
std::string compute_hash(const Entry& e);

}  // namespace simpul::audit
