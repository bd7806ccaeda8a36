#pragma once
// Walks a region's audit chain and reports the first entry that does not fit:
// a changed field (hash mismatch), a missing or reordered entry (sequence or
// link mismatch), a chain cut short (head mismatch), and whether the newest
// signed head still matches the chain and its signature.
#include <optional>
#include <string>

#include "audit/signing.h"
#include "db/database.h"

namespace simpul::audit {

struct Broken {
  int64_t seq = 0;
  std::string reason;
};

struct Verification {
  std::string region_id;
  int64_t entries = 0;
  std::optional<Broken> first_broken;
  int64_t head_seq = 0;
  std::string head_hash;
  std::optional<int64_t> signed_seq;
  std::string signed_at;
  std::optional<bool> signature_valid;  // empty: nothing signed yet, or no key to check with
  bool ok() const { return !first_broken && signature_valid.value_or(true); }
};

Verification verify_region(db::Database& db, const std::string& region_id, const InstanceKey* key);

}  // namespace simpul::audit
