#pragma once
// Rencana dan Anggaran SPBE: each agency's annual plan (Madiun Pasal 8 ayat (1)), its
// lines in rupiah linked to roadmap activities (ayat (2)), coordinated by the planning
// office (ayat (3)) and verified by the ICT office (Kendari Pasal 10 ayat (5)-(6)).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::budget_plans {

struct BudgetPlan {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name;  // read only
  int year = 0;
  std::string status = "draft";  // draft, submitted, coordinated, verified
  std::string note;
  std::string submitted_by, submitted_at;
  std::string coordinated_by, coordinated_at;
  std::string verified_by, verified_at;
  std::string returned_by, returned_at, returned_reason;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// The roadmap activity a line is linked to, as the line shows it (read only).
struct LinkedActivity {
  int64_t id = 0;
  int64_t roadmap_id = 0;
  std::string program;
  std::string name;
  std::string roadmap_title;
};

struct BudgetLine {
  int64_t id = 0;
  std::string region_id;
  int64_t budget_plan_id = 0;
  std::string description;
  int64_t amount = 0;  // whole rupiah
  std::string area;
  std::optional<int64_t> roadmap_activity_id;
  std::optional<LinkedActivity> activity;  // read only
  bool procurement = false;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// The record's own fields (what the audit log compares).
nlohmann::json to_json(const BudgetPlan& p);
// With its area label, linked activity and flags; `plan_status` decides the procurement flag.
nlohmann::json to_json(const BudgetLine& l, const std::string& plan_status);
nlohmann::json record_json(const BudgetLine& l);

}  // namespace simpul::modules::budget_plans
