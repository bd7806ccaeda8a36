#pragma once
// SQL for the risk register: the region's criteria, risks, treatments and the aggregate
// views (heat map, region view, overdue treatments), which are plain indexed GROUP BY queries
// over the stored magnitude and level so they stay fast on a large register.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/risks/criteria.h"
#include "modules/risks/model.h"

namespace simpul::modules::risks {

// The region's criteria, or the national default when it has stored none.
RiskCriteria load_criteria(db::Connection& c, const std::string& region_id);

struct StoredCriteria {
  RiskCriteria criteria;
  bool is_default = true;
  int64_t version = 0;  // 0 for the national default
  std::string updated_at;
};
StoredCriteria load_stored_criteria(db::Connection& c, const std::string& region_id);
// Writes the criteria where the stored version is still `expected_version` (0: none yet).
bool save_criteria(db::Connection& c, const std::string& region_id, const RiskCriteria& criteria,
                   int64_t expected_version, const std::string& now);

struct Filter {
  std::optional<int64_t> agency_id;
  std::optional<int> year, level;
  std::optional<int> likelihood, impact_level;  // one cell of the heat map
  std::string polarity, category, status;
  std::optional<bool> treat;
  std::string query;  // words in the event or the cause
};

// The register in priority order (rules.h comes_first), one page after `after` (a cursor key).
std::vector<Risk> list(db::Connection& c, const std::string& region_id, const Filter& filter, int limit,
                       const std::optional<std::string>& after);
int64_t count(db::Connection& c, const std::string& region_id, const Filter& filter);
// The sort key of a risk as a cursor.
std::string cursor_key(const Risk& r);
// Every risk of the region (of a year, when given), e.g. to recompute them.
std::vector<Risk> all_risks(db::Connection& c, const std::string& region_id, std::optional<int> year = std::nullopt);
// The `limit` highest risks of the region's year in priority order (the committee's top list).
std::vector<Risk> top_risks(db::Connection& c, const std::string& region_id, int year, int limit);
std::optional<Risk> find(db::Connection& c, const std::string& region_id, int64_t risk_id);
// The next number of the agency's year, counted in the caller's transaction (risk_counters).
int next_number(db::Connection& c, const std::string& region_id, int64_t agency_id, int year);
int64_t insert(db::Connection& c, Risk& r);  // sets r.id
bool update(db::Connection& c, const Risk& r, int64_t expected_version);
// Whether a category or impact-area key is used by a risk of the region.
bool category_used(db::Connection& c, const std::string& region_id, const std::string& key);
bool impact_area_used(db::Connection& c, const std::string& region_id, const std::string& key);

std::vector<Treatment> treatments(db::Connection& c, const std::string& region_id, int64_t risk_id);
std::vector<Treatment> all_done_treatments(db::Connection& c, const std::string& region_id);
std::optional<Treatment> find_treatment(db::Connection& c, const std::string& region_id, int64_t risk_id,
                                        int64_t treatment_id);
int64_t insert_treatment(db::Connection& c, Treatment& t);  // sets t.id
bool update_treatment(db::Connection& c, const Treatment& t, int64_t expected_version);

// `risk_id` and `risks` must have been read within the region (the query asks by risk alone).
TreatmentTally tally(db::Connection& c, const std::string& region_id, int64_t risk_id, const std::string& today);
// The same for many risks in one query (a page of the register); risks without treatments are absent.
std::map<int64_t, TreatmentTally> tallies(db::Connection& c, const std::string& region_id, const std::vector<Risk>& risks,
                                          const std::string& today);

// Heat map: count per (likelihood, impact level) of a year, optionally one agency.
struct Cell {
  int likelihood = 0, impact_level = 0;
  int64_t count = 0, to_treat = 0;
};
std::vector<Cell> heat_map_cells(db::Connection& c, const std::string& region_id, int year,
                                 std::optional<int64_t> agency_id);

// Region view: per agency counts by level, status and decision, and overdue treatments.
struct AgencyCounts {
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;
  int64_t total = 0, to_treat = 0, open = 0, treating = 0, closed = 0, overdue_treatments = 0;
  std::vector<int64_t> by_level;  // index level-1
};
std::vector<AgencyCounts> agency_counts(db::Connection& c, const std::string& region_id, int year, int level_count,
                                        const std::string& today);

struct OverdueTreatment {
  Treatment treatment;
  Risk risk;
};
std::vector<OverdueTreatment> overdue_treatments(db::Connection& c, const std::string& region_id,
                                                 std::optional<int> year, std::optional<int64_t> agency_id,
                                                 const std::string& today, int limit);
int64_t overdue_count(db::Connection& c, const std::string& region_id, std::optional<int> year,
                      std::optional<int64_t> agency_id, const std::string& today);

}  // namespace simpul::modules::risks
