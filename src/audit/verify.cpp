#include "audit/verify.h"

#include <future>

#include "audit/log.h"

namespace simpul::audit {

Verification verify_region(db::Database& db, const std::string& region_id, const InstanceKey* key) {
  Verification v;
  v.region_id = region_id;
  constexpr int kPage = 20000;  // keyset pages keep memory flat on a million entries
  int64_t expected_seq = 1;
  std::string prev = kGenesisHash;
  std::optional<std::string> hash_at_signed_seq;

  auto signature = db.read([&](db::Connection& c) {
    return c.query("SELECT seq, hash, signature, signed_at FROM audit_signatures WHERE region_id = ? ORDER BY seq DESC LIMIT 1",
                   {region_id});
  });
  if (!signature.empty()) {
    v.signed_seq = signature[0].int64(0);
    v.signed_at = signature[0].text(3);
  }

  // Problems may be found out of order (hashes are checked on another thread); the earliest one counts.
  auto fail = [&](int64_t seq, std::string reason) {
    if (!v.first_broken || seq < v.first_broken->seq) v.first_broken = Broken{seq, std::move(reason)};
  };
  // Recomputing each entry's hash is independent of the others, so it runs on a
  // second thread for one page while this thread reads and links the next.
  auto check_hashes = [](std::vector<Entry> entries) -> std::optional<Broken> {
    for (const auto& e : entries)
      if (compute_hash(e) != e.hash) return Broken{e.seq, "its content was changed after it was written"};
    return std::nullopt;
  };
  std::future<std::optional<Broken>> hashing;
  auto collect_hashing = [&] {
    if (!hashing.valid()) return;
    if (auto broken = hashing.get()) fail(broken->seq, broken->reason);
  };

  while (true) {
    auto entries = db.read([&](db::Connection& c) { return page(c, region_id, expected_seq - 1, kPage); });
    bool full_page = static_cast<int>(entries.size()) == kPage;
    bool linked = true;
    for (const auto& e : entries) {
      if (e.seq != expected_seq) {
        fail(expected_seq, "entry " + std::to_string(expected_seq) + " is missing (next found: " + std::to_string(e.seq) + ")");
        linked = false;
        break;
      }
      if (e.prev_hash != prev) {
        fail(e.seq, "does not link to the entry before it (deleted, inserted or reordered entries)");
        linked = false;
        break;
      }
      if (v.signed_seq && e.seq == *v.signed_seq) hash_at_signed_seq = e.hash;
      prev = e.hash;
      ++expected_seq;
      ++v.entries;
    }
    collect_hashing();
    hashing = std::async(std::launch::async, check_hashes, std::move(entries));
    if (!linked || v.first_broken || !full_page) break;
  }
  collect_hashing();

  auto head = db.read([&](db::Connection& c) {
    return c.query("SELECT last_seq, last_hash FROM audit_chain_heads WHERE region_id = ?", {region_id});
  });
  if (!head.empty()) {
    v.head_seq = head[0].int64(0);
    v.head_hash = head[0].text(1);
    if (!v.first_broken && (v.head_seq != v.entries || v.head_hash != prev))
      fail(v.entries + 1, "the chain ends at entry " + std::to_string(v.entries) + " but its head says " +
                              std::to_string(v.head_seq) + " (entries removed from the end)");
  }

  if (v.signed_seq && key) {
    bool matches_chain = hash_at_signed_seq && *hash_at_signed_seq == signature[0].text(1);
    bool signature_ok = key->verify(head_message(region_id, *v.signed_seq, signature[0].text(1)), signature[0].text(2));
    v.signature_valid = matches_chain && signature_ok;
    if (!v.first_broken && !matches_chain)
      fail(*v.signed_seq, "the signed head no longer matches the chain (history was rewritten)");
  }
  return v;
}

}  // namespace simpul::audit
