#pragma once
// The master plan (Rencana Induk SPBE): vision, missions, goals, targets, policy
// directions and strategies for five years (Perwali Batam 40/2021 Pasal 6 ayat (2);
// Perwali Kendari 41/2021 Pasal 10 ayat (3)), set by decree, reviewed periodically.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::master_plans {

struct Review {
  int64_t id = 0;
  std::string region_id;
  int64_t master_plan_id = 0;
  std::string review_date;           // YYYY-MM-DD
  std::vector<std::string> reasons;  // codes, see rules.h
  std::string outcome;               // unchanged | revised
  std::string note;
  std::string recorded_by;
  std::string created_at;
};

struct MasterPlan {
  int64_t id = 0;
  std::string region_id;
  std::string title;
  int start_year = 0;
  int end_year = 0;
  std::string vision;
  std::vector<std::string> missions, goals, targets, policy_directions, strategies;
  std::string rpjmd_reference;
  std::string decree_number, decree_date;
  std::string status = "draft";  // draft → enacted → superseded
  std::string enacted_at, superseded_at;
  std::optional<int64_t> superseded_by;
  std::string supersede_note;
  int64_t version = 1;
  std::string created_at, updated_at;
  std::vector<Review> reviews;  // newest first; read only here, added through their own route
};

nlohmann::json to_json(const Review& r);
// The fields the plan itself holds (no reviews, nothing derived): what the audit compares.
nlohmann::json record_json(const MasterPlan& p);

}  // namespace simpul::modules::master_plans
