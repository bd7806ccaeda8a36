#include "modules/risks/model.h"

#include "modules/risks/rules.h"

namespace simpul::modules::risks {

namespace {
nlohmann::json or_null(const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// An assessed pair of levels with its band's name and colour, as views show it.
nlohmann::json assessment_json(const RiskCriteria& criteria, int likelihood, int impact_level, int magnitude, bool treat) {
  const auto& band = level_of(criteria, magnitude);
  return {{"likelihood", likelihood}, {"impact_level", impact_level}, {"magnitude", magnitude}, {"level", band.level},
          {"level_name", band.name},  {"colour", band.colour},         {"treat", treat}};
}

}  // namespace

RiskState risk_state(const Risk& r, const TreatmentTally& tally) {
  RiskState s;
  s.status = r.status;
  s.treat = r.treat;
  if (r.residual) s.residual_treat = r.residual->treat;
  s.has_accept = tally.has_accept;
  s.treatment_count = tally.count;
  return s;
}

nlohmann::json record_json(const Risk& r) {
  nlohmann::json residual = nullptr;
  if (r.residual)
    residual = {{"likelihood", r.residual->likelihood}, {"impact_level", r.residual->impact_level},
                {"magnitude", r.residual->magnitude},   {"level", r.residual->level},
                {"treat", r.residual->treat}};
  return {{"id", r.id},
          {"agency_id", r.agency_id},
          {"year", r.year},
          {"number", r.number},
          {"polarity", r.polarity},
          {"spbe_goal", r.spbe_goal},
          {"indicator", r.indicator},
          {"event", r.event},
          {"cause", r.cause},
          {"category", r.category},
          {"impact", r.impact},
          {"impact_area", r.impact_area},
          {"controls", r.controls},
          {"controls_note", r.controls_note},
          {"likelihood", r.likelihood},
          {"likelihood_note", r.likelihood_note},
          {"impact_level", r.impact_level},
          {"impact_note", r.impact_note},
          {"magnitude", r.magnitude},
          {"level", r.level},
          {"treat", r.treat},
          {"priority_rank", or_null(r.priority_rank)},
          {"status", r.status},
          {"residual", residual},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

nlohmann::json record_json(const Treatment& t) {
  return {{"id", t.id},
          {"risk_id", t.risk_id},
          {"treatment_option", t.option},
          {"actions", t.actions},
          {"output", t.output},
          {"starts_on", t.starts_on},
          {"due_on", t.due_on},
          {"owner_agency_id", t.owner_agency_id},
          {"supporting_agencies", t.supporting_agencies},
          {"status", t.status},
          {"done_on", t.done_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.done_on)},
          {"residual_likelihood", or_null(t.residual_likelihood)},
          {"residual_impact_level", or_null(t.residual_impact_level)},
          {"residual_magnitude", or_null(t.residual_magnitude)},
          {"residual_level", or_null(t.residual_level)},
          {"version", t.version},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at}};
}

nlohmann::json to_json(const Risk& r, const RiskCriteria& criteria, const TreatmentTally& tally) {
  auto j = record_json(r);
  j["agency_name"] = r.agency_name;
  j["agency_short_name"] = r.agency_short_name;
  const auto* category = find_category(criteria, r.category);
  const auto* area = find_impact_area(criteria, r.impact_area);
  j["category_name"] = category ? category->name : r.category;
  j["impact_area_name"] = area ? area->name : r.impact_area;
  const auto& band = level_of(criteria, r.magnitude);
  j["level_name"] = band.name;
  j["colour"] = band.colour;
  j["appetite"] = appetite(criteria, r.category, r.polarity);
  if (r.residual)
    j["residual"] = assessment_json(criteria, r.residual->likelihood, r.residual->impact_level, r.residual->magnitude,
                                    r.residual->treat);
  auto state = risk_state(r, tally);
  j["needs_treatment"] = needs_treatment(state);
  j["may_close"] = may_close(state);
  j["treatment_count"] = tally.count;
  j["overdue_treatments"] = tally.overdue;
  return j;
}

nlohmann::json to_json(const Treatment& t, const Risk& risk, const RiskCriteria& criteria, const std::string& today) {
  auto j = record_json(t);
  j["owner_agency_short_name"] = t.owner_agency_short_name;
  j["residual"] = nullptr;
  if (t.residual_likelihood && t.residual_impact_level && t.residual_magnitude) {
    const auto& band = level_of(criteria, *t.residual_magnitude);
    j["residual"] = {{"likelihood", *t.residual_likelihood}, {"impact_level", *t.residual_impact_level},
                     {"magnitude", *t.residual_magnitude},   {"level", band.level},
                     {"level_name", band.name},              {"colour", band.colour},
                     {"treat", must_treat(criteria, risk.category, risk.polarity, *t.residual_magnitude)}};
  }
  j["overdue"] = t.status != "done" && t.due_on < today;
  return j;
}

}  // namespace simpul::modules::risks
