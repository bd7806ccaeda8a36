#include "modules/budget_plans/model.h"

#include "modules/budget_plans/rules.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::budget_plans {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json to_json(const BudgetPlan& p) {
  nlohmann::json returned = nullptr;
  if (!p.returned_at.empty())
    returned = {{"by", p.returned_by}, {"at", p.returned_at}, {"reason", p.returned_reason}};
  return {{"id", p.id},
          {"agency_id", p.agency_id},
          {"agency_name", p.agency_name},
          {"year", p.year},
          {"status", p.status},
          {"note", p.note},
          {"submitted_by", or_null(p.submitted_by)},
          {"submitted_at", or_null(p.submitted_at)},
          {"coordinated_by", or_null(p.coordinated_by)},
          {"coordinated_at", or_null(p.coordinated_at)},
          {"verified_by", or_null(p.verified_by)},
          {"verified_at", or_null(p.verified_at)},
          {"returned", returned},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

nlohmann::json record_json(const BudgetLine& l) {
  return {{"id", l.id},
          {"budget_plan_id", l.budget_plan_id},
          {"description", l.description},
          {"amount", l.amount},
          {"area", l.area},
          {"roadmap_activity_id", l.roadmap_activity_id ? nlohmann::json(*l.roadmap_activity_id) : nlohmann::json(nullptr)},
          {"procurement", l.procurement},
          {"version", l.version},
          {"created_at", l.created_at},
          {"updated_at", l.updated_at}};
}

nlohmann::json to_json(const BudgetLine& l, const std::string& plan_status) {
  auto j = record_json(l);
  auto label = roadmaps::area_label(l.area);
  j["area_label"] = {{"id", label.id}, {"en", label.en}};
  j["roadmap_activity"] = nullptr;
  if (l.activity)
    j["roadmap_activity"] = {{"id", l.activity->id},
                             {"roadmap_id", l.activity->roadmap_id},
                             {"program", l.activity->program},
                             {"name", l.activity->name},
                             {"roadmap_title", l.activity->roadmap_title}};
  j["flags"] = line_flags(l, plan_status);
  return j;
}

}  // namespace simpul::modules::budget_plans
