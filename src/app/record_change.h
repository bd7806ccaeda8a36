#pragma once
// The one way a versioned record changes: check the version the caller saw, write
// only when something really changed, bump the version, and append the audit entry
// with the changed fields, all inside the caller's write transaction.
#include <optional>
#include <string>

#include "audit/diff.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/problem.h"
#include "db/database.h"

namespace simpul {

// 412 when the caller saw another version than the stored one.
inline void check_version(std::optional<int64_t> expected, int64_t stored) {
  if (expected && *expected != stored)
    throw ProblemError(Problem::precondition_failed(
        {"Data ini sudah diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.",
         "Someone else changed this record. Reload to see the latest version, then make your change again."}));
}

// `save(c, after, before_version)` writes `after` where the version is still the
// old one and says whether a row changed. Returns false when nothing changed.
template <class Record, class ToJson, class Save>
bool commit_change(db::Connection& c, const audit::Context& ctx, const std::string& action, const std::string& entity,
                   const Record& before, Record& after, ToJson to_json, Save save) {
  auto changes = audit::changes_between(to_json(before), to_json(after));
  changes.erase("updated_at");
  changes.erase("version");
  if (changes.empty()) return false;
  after.updated_at = now_rfc3339();
  after.version = before.version + 1;
  if (!save(c, after, before.version)) check_version(before.version + 1, before.version);  // lost a race: 412
  audit::append(c, ctx, action, entity, std::to_string(after.id), changes);
  return true;
}

// The usual change of a loaded record: check the version the caller saw, let `step`
// change a copy, save it with its audit entry. Returns the record as saved.
template <class Record, class Step, class ToJson, class Save>
Record change_record(db::Connection& c, const audit::Context& ctx, const std::string& action, const std::string& entity,
                     const Record& before, std::optional<int64_t> version, Step step, ToJson to_json, Save save) {
  check_version(version, before.version);
  Record after = before;
  step(after);
  commit_change(c, ctx, action, entity, before, after, to_json, save);
  return after;
}

// A child record (a review, a monitoring entry) was added to `before`: the parent's
// version moves on, so a form opened on the old version gets 412 rather than hiding
// the new child, and the audit entry sits on the parent where its history shows it.
template <class Record, class Save>
void commit_child_added(db::Connection& c, const audit::Context& ctx, const std::string& action, const std::string& entity,
                        const Record& before, const std::string& child_name, nlohmann::json child, Save save) {
  Record after = before;
  after.updated_at = now_rfc3339();
  after.version = before.version + 1;
  if (!save(c, after, before.version)) check_version(after.version, before.version);
  child.erase("created_at");
  audit::append(c, ctx, action, entity, std::to_string(before.id), {{child_name, {{"before", nullptr}, {"after", child}}}});
}

// Two simultaneous requests can both pass the rule checks and then collide on a
// unique index (the same NIP, short name, open assessment …). Running the work once
// more lets the loser meet the winner's committed row in those checks and get the
// same plain answer a later request would; a second collision is a plain 409.
template <class Work>
auto write_rechecking_collisions(db::Database& database, Work&& work) {
  try {
    return database.write(work);
  } catch (const db::Error& e) {
    if (e.kind() != db::Error::Kind::unique_violation) throw;
  }
  try {
    return database.write(work);
  } catch (const db::Error& e) {
    if (e.kind() != db::Error::Kind::unique_violation) throw;
    throw ProblemError(Problem::conflict({"Data yang sama baru saja disimpan orang lain. Muat ulang lalu periksa kembali.",
                                          "The same record was just saved by someone else. Reload and check again."}));
  }
}

// A new record and its audit entry (every field as "after").
template <class Record, class ToJson>
void audit_creation(db::Connection& c, const audit::Context& ctx, const std::string& action, const std::string& entity,
                    const Record& record, ToJson to_json) {
  auto changes = audit::changes_between(nullptr, to_json(record));
  changes.erase("updated_at");
  changes.erase("created_at");
  changes.erase("version");
  audit::append(c, ctx, action, entity, std::to_string(record.id), changes);
}

}  // namespace simpul
