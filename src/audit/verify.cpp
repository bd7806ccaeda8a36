#include "audit/verify.h"

#include <future>

#include "audit/log.h"

namespace simpul::audit {

namespace {

constexpr int kPage = 20000;  // keyset pages keep memory flat on a million entries

// What one stretch of the chain (seq first..last) looks like on its own.
struct Stretch {
  int64_t entries = 0;
  std::optional<Broken> first_broken;
  std::string first_prev_hash;  // how its first entry links backwards (checked by the caller)
  std::string last_hash;
  std::optional<std::string> hash_at;  // the stored hash at `wanted_seq`, if inside
};

Stretch walk(db::Database& db, const std::string& region_id, int64_t first, int64_t last, std::optional<int64_t> wanted_seq) {
  Stretch s;
  int64_t expected = first;
  std::string prev;
  while (!s.first_broken) {
    auto entries = db.read([&](db::Connection& c) { return page(c, region_id, expected - 1, kPage, last); });
    for (const auto& e : entries) {
      if (e.seq != expected) {
        s.first_broken = Broken{expected, "entry " + std::to_string(expected) + " is missing (next found: " +
                                              std::to_string(e.seq) + ")"};
        break;
      }
      if (e.seq == first) s.first_prev_hash = e.prev_hash;
      else if (e.prev_hash != prev) {
        s.first_broken = Broken{e.seq, "does not link to the entry before it (deleted, inserted or reordered entries)"};
        break;
      }
      if (compute_hash(e) != e.hash) {
        s.first_broken = Broken{e.seq, "its content was changed after it was written"};
        break;
      }
      if (wanted_seq && e.seq == *wanted_seq) s.hash_at = e.hash;
      prev = e.hash;
      ++expected;
      ++s.entries;
    }
    if (static_cast<int>(entries.size()) < kPage) break;
  }
  s.last_hash = prev;
  return s;
}

}  // namespace

Verification verify_region(db::Database& db, const std::string& region_id, const InstanceKey* key) {
  Verification v;
  v.region_id = region_id;
  auto fail = [&](int64_t seq, std::string reason) {
    if (!v.first_broken || seq < v.first_broken->seq) v.first_broken = Broken{seq, std::move(reason)};
  };

  auto head = db.read([&](db::Connection& c) {
    return c.query("SELECT last_seq, last_hash FROM audit_chain_heads WHERE region_id = ?", {region_id});
  });
  auto signature = db.read([&](db::Connection& c) {
    return c.query("SELECT seq, hash, signature, signed_at FROM audit_signatures WHERE region_id = ? ORDER BY seq DESC LIMIT 1",
                   {region_id});
  });
  if (!head.empty()) {
    v.head_seq = head[0].int64(0);
    v.head_hash = head[0].text(1);
  }
  if (!signature.empty()) {
    v.signed_seq = signature[0].int64(0);
    v.signed_at = signature[0].text(3);
  }

  // Two halves on two threads (each reads and hashes its own), joined at the seam.
  // The second half runs to the end of whatever is stored, so entries beyond the
  // head are seen too.
  int64_t mid = v.head_seq > 2 * kPage ? v.head_seq / 2 : INT64_MAX - 1;
  auto second = std::async(std::launch::async, [&] {
    return mid < INT64_MAX - 1 ? walk(db, region_id, mid + 1, INT64_MAX, v.signed_seq) : Stretch{};
  });
  Stretch a = walk(db, region_id, 1, mid, v.signed_seq);
  Stretch b = second.get();

  if (a.first_broken) fail(a.first_broken->seq, a.first_broken->reason);
  if (a.entries > 0 && a.first_prev_hash != kGenesisHash) fail(1, "the first entry does not start the chain");
  std::string last = a.last_hash.empty() ? kGenesisHash : a.last_hash;
  v.entries = a.entries;
  bool a_complete = !a.first_broken && (mid == INT64_MAX - 1 || a.entries == mid);
  if (a_complete && b.entries > 0) {
    if (b.first_prev_hash != last) fail(mid + 1, "does not link to the entry before it (deleted, inserted or reordered entries)");
    if (b.first_broken) fail(b.first_broken->seq, b.first_broken->reason);
    v.entries += b.entries;
    last = b.last_hash;
  } else if (a_complete && mid != INT64_MAX - 1 && v.head_seq > mid) {
    fail(mid + 1, "entry " + std::to_string(mid + 1) + " is missing");
  }
  auto hash_at_signed_seq = a.hash_at ? a.hash_at : b.hash_at;

  if (!head.empty() && !v.first_broken && (v.head_seq != v.entries || v.head_hash != last))
    fail(v.entries + 1, "the chain ends at entry " + std::to_string(v.entries) + " but its head says " +
                            std::to_string(v.head_seq) + " (entries removed from the end)");

  if (v.signed_seq && key) {
    bool matches_chain = hash_at_signed_seq && *hash_at_signed_seq == signature[0].text(1);
    bool signature_ok = key->verify(head_message(region_id, *v.signed_seq, signature[0].text(1)), signature[0].text(2));
    v.signature_valid = matches_chain && signature_ok;
    if (!matches_chain) fail(*v.signed_seq, "the signed head no longer matches the chain (history was rewritten)");
  }
  return v;
}

}  // namespace simpul::audit
