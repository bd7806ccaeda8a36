#pragma once
// A Peta Rencana SPBE: five years of programs and activities in the seven areas,
// enacted by a decree, monitored every year, changed only for the reasons the
// regulation lists (Kendari Pasal 8; Madiun Pasal 7; Batam Pasal 8; OKI Pasal 7;
// Probolinggo Pasal 11).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/planning/period.h"

namespace simpul::modules::roadmaps {

struct Roadmap {
  int64_t id = 0;
  std::string region_id;
  std::string title;
  int start_year = 0;
  int end_year = 0;
  std::string decree_number;  // empty: none yet
  std::string decree_date;
  std::string status = "draft";  // draft, enacted, superseded
  std::string enacted_by, enacted_at;
  int64_t version = 1;
  std::string created_at, updated_at;

  planning::YearPeriod period() const { return {start_year, end_year}; }
};

// One year of an activity: what it should reach, whether it is planned that year,
// and how it went.
struct YearPlan {
  int year = 0;
  std::string target;
  std::string planned_status = "not_planned";  // planned, not_planned
  std::string actual_status = "not_started";   // not_started, in_progress, done, delayed, cancelled
};

struct Activity {
  int64_t id = 0;
  std::string region_id;
  int64_t roadmap_id = 0;
  std::string program;
  std::string name;
  std::string area;
  int64_t owner_agency_id = 0;
  std::string owner_agency_name;  // read only
  std::string description;
  std::vector<YearPlan> years;  // one per year of the roadmap's period, in order
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Monitoring {
  int64_t id = 0;
  std::string region_id;
  int64_t roadmap_id = 0;
  int year = 0;
  std::string date;
  std::string summary;
  std::string findings;
  std::string recorded_by;
  std::string created_at;
};

// One entry of the change log of an enacted roadmap.
struct Change {
  int64_t id = 0;
  std::string region_id;
  int64_t roadmap_id = 0;
  std::optional<int64_t> activity_id;
  std::string action;  // roadmap.update, roadmap_activity.create, roadmap_activity.update
  std::vector<std::string> fields;
  std::string reason;
  std::string article;
  std::string note;
  std::string decree_number, decree_date;
  std::string changed_by, changed_at;
};

// The records as the API shows them (and as the audit log compares them).
nlohmann::json to_json(const Roadmap& r);
nlohmann::json to_json(const Activity& a);
nlohmann::json to_json(const Monitoring& m);
nlohmann::json to_json(const Change& c);
nlohmann::json years_json(const std::vector<YearPlan>& years);

}  // namespace simpul::modules::roadmaps
