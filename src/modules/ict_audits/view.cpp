#include "modules/ict_audits/view.h"
#include "modules/regions/store.h"

#include "app/region_profile.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/store.h"
#include "modules/planning/plan_fields.h"

namespace simpul::modules::ict_audits {

Schedule schedule_of(db::Connection& c, const std::string& region_id) {
  Schedule s;
  s.profile = region_profile(c, region_id);
  s.default_period = default_period(c, region_id);
  s.today = regions::region_today(c, region_id);
  s.pre_evaluation = pre_evaluation_obligation(s.profile);
  s.chair = committee_chair(s.profile);
  return s;
}

std::optional<AuditObligation> obligation_of(const Schedule& s, const AuditObject& o) {
  return audit_obligation(s.profile, o.kind, o.application_category, s.default_period);
}

void recompute_due(const Schedule& s, AuditObject& o) {
  o.next_due_on = next_due_on(obligation_of(s, o), o.active, o.registered_on, o.last_audit_on);
}

std::string pre_evaluation_due(const Schedule& s, const std::string& planned_on) {
  return s.pre_evaluation ? pre_evaluation_due_on(planned_on) : "";
}

nlohmann::json obligation_json(const std::optional<AuditObligation>& o) {
  if (!o) return nullptr;
  return {{"id", o->id},
          {"article", o->article},
          {"text", o->text},
          {"citation", o->citation},
          {"period", o->period.text},
          {"period_from_profile", o->period_from_profile},
          {"period_note", {{"id", o->period_note.id}, {"en", o->period_note.en}}}};
}

nlohmann::json object_json(const Schedule& s, const AuditObject& o, bool with_obligation) {
  auto j = record_json(o);
  j["application_category"] = o.application_category.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.application_category);
  j["owner_agency_name"] = o.owner_agency_name;
  j["status"] = due_status(s.today, o.next_due_on);
  auto obligation = o.active ? obligation_of(s, o) : std::nullopt;
  if (with_obligation) j["obligation"] = obligation_json(obligation);
  else j["obligation_id"] = obligation ? nlohmann::json(obligation->id) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json audit_json(const Schedule& s, const Audit& a) {
  auto j = record_json(a);
  j["object_name"] = a.object_name;
  j["object_kind"] = a.object_kind;
  j["pre_evaluation_required"] = s.pre_evaluation.has_value();
  j["pre_evaluation_obligation"] = obligation_json(s.pre_evaluation);
  j["pre_evaluation_on_time"] = a.pre_evaluated_on.empty() || a.pre_evaluation_due_on.empty()
                                    ? nlohmann::json(nullptr)
                                    : nlohmann::json(a.pre_evaluated_on <= a.pre_evaluation_due_on);
  j["report_obligation"] = obligation_json(report_obligation(s.profile, a.object_kind));
  j["report_to"] = {{"region_head", region_head(s.profile).id}, {"through", s.chair}};
  return j;
}

nlohmann::json finding_json(const Schedule& s, const Finding& f) {
  auto j = record_json(f);
  j["object_id"] = f.object_id;
  j["object_name"] = f.object_name;
  j["owner_agency_name"] = f.owner_agency_name;
  j["overdue"] = finding_overdue(f, s.today);
  j["has_evidence"] = has_evidence(f.follow_ups);
  j["follow_ups"] = nlohmann::json::array();
  for (const auto& u : f.follow_ups) j["follow_ups"].push_back(to_json(u));
  return j;
}

}  // namespace simpul::modules::ict_audits
