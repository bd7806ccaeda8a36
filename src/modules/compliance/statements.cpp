#include "modules/compliance/statements.h"

#include <algorithm>
#include <set>

#include "modules/compliance/rules.h"
#include "modules/compliance/store.h"

namespace simpul::modules::compliance {

namespace {
const std::set<std::string> kPeriodicKinds{"periodic_submission", "periodic_event"};
const std::set<std::string> kStandingKinds{"required_record", "required_role", "required_documents", "approval_gate",
                                           "placement",       "naming",        "deadline",           "required_link",
                                           "prohibition"};

Evidence statement_evidence(const Statement& s) {
  return {"statement", std::to_string(s.id), {"Pernyataan: " + s.reference, "Statement: " + s.reference},
          "/kepatuhan/pernyataan/" + std::to_string(s.id), s.done_on};
}
}  // namespace

bool evaluable_kind(const std::string& kind) { return kPeriodicKinds.count(kind) || kStandingKinds.count(kind); }

void StatementBook::load(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  StatementFilter in_force;  // withdrawn ones left out
  in_force.agency_id = agency_id;
  for (auto& s : list_statements(c, region_id, in_force))  // newest first
    by_key_[{s.obligation_id, s.subject_kind, s.subject_id}].push_back(std::move(s));
}

const std::vector<Statement>& StatementBook::of(const std::string& obligation_id, const Subject& s) const {
  static const std::vector<Statement> none;
  auto it = by_key_.find({obligation_id, s.kind, s.id});
  return it == by_key_.end() ? none : it->second;
}

Check statement_check(const profiles::Obligation& o, const std::vector<Statement>& statements, const std::string& today) {
  static const Text kStatement{"pernyataan kepatuhan", "statement of compliance"};
  if (kPeriodicKinds.count(o.rule.kind)) {
    const profiles::Period* period = o.rule.period("period");
    Check out = periodic_check(statements.empty() ? "" : statements.front().done_on, *period, o.rule.period("lead"),
                               today, kStatement);
    if (!statements.empty()) out.evidence.push_back(statement_evidence(statements.front()));
    return out;
  }
  // The statement that holds longest decides; a lapsed one shows as overdue.
  const Statement* best = nullptr;
  for (const auto& s : statements) {
    if (!s.valid_until) {
      best = &s;
      break;
    }
    if (!best || (best->valid_until && *s.valid_until > *best->valid_until)) best = &s;
  }
  if (!best)
    return presence_check(false, {}, {"Belum ada catatan di Simpul maupun pernyataan kepatuhan untuk kewajiban ini.",
                                      "Simpul holds no record and no statement of compliance for this duty."});
  Check out = lapsing_check(best->valid_until.value_or(""), today, kStatement);
  out.evidence.push_back(statement_evidence(*best));
  return out;
}

}  // namespace simpul::modules::compliance
