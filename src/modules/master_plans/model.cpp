#include "modules/master_plans/model.h"

#include "modules/planning/plan_fields.h"

namespace simpul::modules::master_plans {

using plan_fields::or_null;

nlohmann::json to_json(const Review& r) {
  return {{"id", r.id},
          {"review_date", r.review_date},
          {"reasons", r.reasons},
          {"outcome", r.outcome},
          {"note", r.note},
          {"recorded_by", r.recorded_by},
          {"created_at", r.created_at}};
}

nlohmann::json record_json(const MasterPlan& p) {
  return {{"id", p.id},
          {"title", p.title},
          {"start_year", p.start_year},
          {"end_year", p.end_year},
          {"vision", p.vision},
          {"missions", p.missions},
          {"goals", p.goals},
          {"targets", p.targets},
          {"policy_directions", p.policy_directions},
          {"strategies", p.strategies},
          {"rpjmd_reference", or_null(p.rpjmd_reference)},
          {"decree_number", or_null(p.decree_number)},
          {"decree_date", or_null(p.decree_date)},
          {"status", p.status},
          {"enacted_at", or_null(p.enacted_at)},
          {"superseded_at", or_null(p.superseded_at)},
          {"superseded_by", p.superseded_by ? nlohmann::json(*p.superseded_by) : nlohmann::json(nullptr)},
          {"supersede_note", or_null(p.supersede_note)},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

}  // namespace simpul::modules::master_plans
