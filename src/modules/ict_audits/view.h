#pragma once
// What the ICT audit routes answer: the records with what the region's profile says of them
// (the obligation that makes an object due, its status today, the pre-evaluation), read once
// per request as a Schedule.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "db/database.h"
#include "modules/ict_audits/model.h"
#include "modules/ict_audits/schedule.h"

namespace simpul::modules::ict_audits {

// The region's regulation as the audit programme reads it, and today in the region's zone.
struct Schedule {
  const profiles::Profile* profile = nullptr;
  profiles::Period default_period;
  std::string today;
  std::optional<AuditObligation> pre_evaluation;  // Probolinggo Pasal 38 ayat (5); nullopt elsewhere
  std::string chair;                              // the committee chair the report goes through
};
Schedule schedule_of(db::Connection& c, const std::string& region_id);

std::optional<AuditObligation> obligation_of(const Schedule& s, const AuditObject& o);
// Sets o.next_due_on from the obligation, o.active, o.registered_on and o.last_audit_on.
void recompute_due(const Schedule& s, AuditObject& o);
// The pre-evaluation due date of an audit planned on `planned_on` (empty where none is required).
std::string pre_evaluation_due(const Schedule& s, const std::string& planned_on);

nlohmann::json obligation_json(const std::optional<AuditObligation>& o);
// `with_obligation` false: the obligation is named by its id only (long lists carry the
// obligations once, beside the items).
nlohmann::json object_json(const Schedule& s, const AuditObject& o, bool with_obligation = true);
nlohmann::json audit_json(const Schedule& s, const Audit& a);
nlohmann::json finding_json(const Schedule& s, const Finding& f);

}  // namespace simpul::modules::ict_audits
