#pragma once
// The bodies of the register's forms (Formulir 3.0 and 4.0 of PermenPANRB 5/2020) read into
// typed inputs, with every field error at once (422), and their checks against the region's
// criteria. Pure: no I/O.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "modules/risks/criteria.h"
#include "modules/risks/model.h"

namespace simpul::modules::risks {

// Absent fields stay unset; for priority_rank the outer optional says "given", the inner the value.
struct RiskInput {
  std::optional<int64_t> agency_id;
  std::optional<int> year;
  std::optional<std::string> polarity, spbe_goal, indicator, event, cause, category, impact, impact_area;
  std::optional<std::vector<std::string>> controls;
  std::optional<std::string> controls_note, likelihood_note, impact_note;
  std::optional<int> likelihood, impact_level;
  std::optional<std::optional<int>> priority_rank;
  std::optional<std::string> status;  // PATCH only: "closed" closes, "open" reopens
};
// 422 naming each bad field; a POST needs the identification and analysis fields.
RiskInput parse_risk(const nlohmann::json& body, bool creating);
void apply(const RiskInput& in, Risk& r);
// The category and impact area must be keys of the criteria.
std::vector<FieldError> risk_field_errors(const Risk& r, const RiskCriteria& criteria);
// Magnitude, level and decision (and the residual's) from the levels under the criteria.
void assess_risk(Risk& r, const RiskCriteria& criteria);
bool changes_assessment_fields(const RiskInput& in);

struct TreatmentInput {
  std::optional<std::string> option, actions, output, starts_on, due_on, status;
  std::optional<int64_t> owner_agency_id;
  std::optional<std::vector<int64_t>> supporting_agencies;
  std::optional<std::optional<std::string>> done_on;
  std::optional<std::optional<int>> residual_likelihood, residual_impact_level;
};
TreatmentInput parse_treatment(const nlohmann::json& body, bool creating);
void apply(const TreatmentInput& in, Treatment& t);
// Field errors of a treatment of `risk`: the option for its polarity, due not before start,
// done needs done_on and both residual levels.
std::vector<FieldError> treatment_field_errors(const Treatment& t, const Risk& risk);
// A done treatment's residual magnitude and level under the criteria.
void assess_residual(Treatment& t, const RiskCriteria& criteria);
// The residual a done treatment gives the risk.
Residual residual_of(const Treatment& t, const Risk& risk, const RiskCriteria& criteria);

}  // namespace simpul::modules::risks
