#pragma once
// Statements of compliance (compliance_statements): what people state for a duty Simpul
// keeps no record of. Loading them for an evaluation, and judging an obligation on them.
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "db/database.h"
#include "modules/compliance/model.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

struct Statement {
  int64_t id = 0;
  std::string region_id, obligation_id, subject_kind, subject_id;
  std::optional<int64_t> agency_id;
  std::string done_on;
  std::optional<std::string> valid_until;
  std::string reference, note;
  std::optional<std::string> file_sha256;
  std::string created_by, created_at;
  std::optional<std::string> withdrawn_at, withdrawn_by, withdraw_reason;
  int64_t version = 1;
};

// The statements in force (not withdrawn), newest done_on first per obligation and subject.
class StatementBook {
 public:
  void load(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
  // Newest first; empty when none.
  const std::vector<Statement>& of(const std::string& obligation_id, const Subject& s) const;

 private:
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<Statement>> by_key_;
};

// Pure: the check of an obligation no source answers, from its statements. Periodic rules
// (periodic_submission, periodic_event) count from the newest statement's done_on; the others
// are met while a statement holds (until its valid_until).
Check statement_check(const profiles::Obligation& o, const std::vector<Statement>& statements, const std::string& today);

// True when the engine can judge rules of this kind (every kind the vocabulary has).
bool evaluable_kind(const std::string& kind);

}  // namespace simpul::modules::compliance
