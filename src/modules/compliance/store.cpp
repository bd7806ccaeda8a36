#include "modules/compliance/store.h"

namespace simpul::modules::compliance {

namespace {
const char* kSelect =
    "SELECT statement_id, region_id, obligation_id, subject_kind, subject_id, agency_id, done_on, valid_until, "
    "reference, note, file_sha256, created_by, created_at, withdrawn_at, withdrawn_by, withdraw_reason, version "
    "FROM compliance_statements ";

Statement from_row(db::Row& r) {
  Statement s;
  s.id = r.int64(0);
  s.region_id = r.take_text(1);
  s.obligation_id = r.take_text(2);
  s.subject_kind = r.take_text(3);
  s.subject_id = r.take_text(4);
  s.agency_id = db::optional_int64(r, 5);
  s.done_on = r.take_text(6);
  s.valid_until = db::optional_text(r, 7);
  s.reference = r.take_text(8);
  s.note = db::text_or_empty(r, 9);
  s.file_sha256 = db::optional_text(r, 10);
  s.created_by = r.take_text(11);
  s.created_at = r.take_text(12);
  s.withdrawn_at = db::optional_text(r, 13);
  s.withdrawn_by = db::optional_text(r, 14);
  s.withdraw_reason = db::optional_text(r, 15);
  s.version = r.int64(16);
  return s;
}
}  // namespace

std::vector<Statement> list_statements(db::Connection& c, const std::string& region_id, const StatementFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE region_id = ?";
  db::Params params{region_id};
  if (filter.obligation_id) sql += " AND obligation_id = ?", params.push_back(*filter.obligation_id);
  if (filter.agency_id) sql += " AND agency_id = ?", params.push_back(*filter.agency_id);
  if (!filter.include_withdrawn) sql += " AND withdrawn_at IS NULL";
  std::vector<Statement> out;
  for (auto& r : c.query(sql + " ORDER BY done_on DESC, statement_id DESC", params)) out.push_back(from_row(r));
  return out;
}

std::optional<Statement> find_statement(db::Connection& c, const std::string& region_id, int64_t statement_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE region_id = ? AND statement_id = ?", {region_id, statement_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t insert_statement(db::Connection& c, Statement& s) {
  s.id = c.query("INSERT INTO compliance_statements (region_id, obligation_id, subject_kind, subject_id, agency_id, "
                 "done_on, valid_until, reference, note, file_sha256, created_by, created_at, version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING statement_id",
                 {s.region_id, s.obligation_id, s.subject_kind, s.subject_id, db::value_of(s.agency_id), s.done_on,
                  db::value_of(s.valid_until), s.reference, s.note, db::value_of(s.file_sha256), s.created_by,
                  s.created_at, s.version})
             .at(0)
             .int64(0);
  return s.id;
}

bool save_withdrawal(db::Connection& c, const Statement& s, int64_t expected_version) {
  return !c.query("UPDATE compliance_statements SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?, version = ? "
                  "WHERE region_id = ? AND statement_id = ? AND version = ? RETURNING statement_id",
                  {db::value_of(s.withdrawn_at), db::value_of(s.withdrawn_by), db::value_of(s.withdraw_reason),
                   s.version, s.region_id, s.id, expected_version})
              .empty();
}

std::vector<Snapshot> list_snapshots(db::Connection& c, const std::string& region_id, int64_t agency_id, int limit) {
  auto rows = c.query(
      "SELECT taken_on, agency_id, met, due_soon, overdue, not_met, not_applicable, taken_at FROM compliance_snapshots "
      "WHERE region_id = ? AND agency_id = ? ORDER BY taken_on DESC LIMIT ?",
      {region_id, agency_id, int64_t{limit}});
  std::vector<Snapshot> out;
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {  // the newest were read first; oldest first out
    auto& r = *it;
    Snapshot s{r.take_text(0), r.int64(1), {}, r.take_text(7)};
    s.tally.met = int(r.int64(2));
    s.tally.due_soon = int(r.int64(3));
    s.tally.overdue = int(r.int64(4));
    s.tally.not_met = int(r.int64(5));
    s.tally.not_applicable = int(r.int64(6));
    out.push_back(std::move(s));
  }
  return out;
}

bool has_snapshot(db::Connection& c, const std::string& region_id, const std::string& taken_on) {
  return !c.query("SELECT 1 FROM compliance_snapshots WHERE region_id = ? AND agency_id = 0 AND taken_on = ?",
                  {region_id, taken_on})
              .empty();
}

void replace_snapshots(db::Connection& c, const std::string& region_id, const std::string& taken_on,
                       const std::vector<Snapshot>& rows) {
  c.execute("DELETE FROM compliance_snapshots WHERE region_id = ? AND taken_on = ?", {region_id, taken_on});
  for (const auto& s : rows)
    c.execute("INSERT INTO compliance_snapshots (region_id, taken_on, agency_id, met, due_soon, overdue, not_met, "
              "not_applicable, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {region_id, taken_on, s.agency_id, int64_t{s.tally.met}, int64_t{s.tally.due_soon},
               int64_t{s.tally.overdue}, int64_t{s.tally.not_met}, int64_t{s.tally.not_applicable}, s.taken_at});
}

}  // namespace simpul::modules::compliance
