#pragma once
// A risk of the SPBE register (Formulir 3.0 of PermenPANRB 5/2020) and its treatment plans
// (Formulir 4.0), as stored in migrations/0013_risks.sql. Magnitude, level and the decision to
// treat are derived from the levels by the region's criteria (rules.h) and stored for fast views.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/risks/criteria.h"
#include "modules/risks/rules.h"

namespace simpul::modules::risks {

// The latest residual assessment after a done treatment.
struct Residual {
  int likelihood = 0, impact_level = 0, magnitude = 0, level = 0;
  bool treat = false;
};

struct Risk {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  int year = 0;
  int number = 0;
  std::string polarity = "negative";
  std::string spbe_goal, indicator, event, cause, category, impact, impact_area;
  std::vector<std::string> controls;
  std::string controls_note;
  int likelihood = 0;
  std::string likelihood_note;
  int impact_level = 0;
  std::string impact_note;
  int magnitude = 0, level = 0;
  bool treat = false;
  std::optional<int> priority_rank;
  std::string status = "open";
  std::optional<Residual> residual;
  int64_t version = 1;
  std::optional<int64_t> created_by;
  std::string created_at, updated_at;
};

struct Treatment {
  int64_t id = 0;
  std::string region_id;
  int64_t risk_id = 0;
  std::string option;  // treatment_option
  std::string actions, output;
  std::string starts_on, due_on;  // YYYY-MM-DD
  int64_t owner_agency_id = 0;
  std::string owner_agency_short_name;  // read only, joined
  std::vector<int64_t> supporting_agencies;
  std::string status = "planned";
  std::string done_on;  // empty until done
  std::optional<int> residual_likelihood, residual_impact_level;
  std::optional<int> residual_magnitude, residual_level;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// Per risk: how many treatments, whether one is "accept", how many are overdue on a day.
struct TreatmentTally {
  int count = 0, overdue = 0;
  bool has_accept = false;
};

// What the close rule (rules.h) looks at.
RiskState risk_state(const Risk& r, const TreatmentTally& tally);

// The record's own fields only: what the audit log compares (no joined or derived names).
nlohmann::json record_json(const Risk& r);
nlohmann::json record_json(const Treatment& t);

// What the API shows: the record with its names, colours and the decisions of the rules
// under the region's criteria (rules.h): appetite, needs_treatment, may_close, overdue.
nlohmann::json to_json(const Risk& r, const RiskCriteria& criteria, const TreatmentTally& tally);
nlohmann::json to_json(const Treatment& t, const Risk& risk, const RiskCriteria& criteria, const std::string& today);

}  // namespace simpul::modules::risks
