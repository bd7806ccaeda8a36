#pragma once
// The SQL of what compliance stores: statements of compliance and the daily snapshots the
// trend is drawn from (migrations/0020_compliance.sql). Everything else is computed live.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/compliance/model.h"
#include "modules/compliance/statements.h"

namespace simpul::modules::compliance {

struct StatementFilter {
  std::optional<std::string> obligation_id;
  std::optional<int64_t> agency_id;
  bool include_withdrawn = false;
};

// Newest first (done_on, then id).
std::vector<Statement> list_statements(db::Connection& c, const std::string& region_id, const StatementFilter& filter);
std::optional<Statement> find_statement(db::Connection& c, const std::string& region_id, int64_t statement_id);
int64_t insert_statement(db::Connection& c, Statement& s);  // sets s.id
// Writes the withdrawal where the version is still `expected_version`; false when it moved on.
bool save_withdrawal(db::Connection& c, const Statement& s, int64_t expected_version);

// One day's counts for one scope: the region as a whole (agency_id 0) or one agency.
struct Snapshot {
  std::string taken_on;
  int64_t agency_id = 0;
  Tally tally;
  std::string taken_at;
};

// The last `limit` snapshots of the scope, oldest first.
std::vector<Snapshot> list_snapshots(db::Connection& c, const std::string& region_id, int64_t agency_id, int limit);
bool has_snapshot(db::Connection& c, const std::string& region_id, const std::string& taken_on);
// Replaces every snapshot of `taken_on` (the day's earlier ones) with `rows`.
void replace_snapshots(db::Connection& c, const std::string& region_id, const std::string& taken_on,
                       const std::vector<Snapshot>& rows);

}  // namespace simpul::modules::compliance
