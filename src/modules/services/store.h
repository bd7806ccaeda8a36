#pragma once
// SQL for the SPBE services of a region.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/services/model.h"

namespace simpul::modules::services {

struct Filter {
  std::optional<int64_t> agency_id;  // the owner, or an agency taking part in the workflow
  std::string kind, status, channel;  // empty: any
  std::string query;                  // matches the code, the name or the sector, any case
  std::optional<std::string> after_code;  // the page starts after this code
  std::optional<int> limit;               // none: every match
};

// Sorted by code.
std::vector<Service> list(db::Connection& c, const std::string& region_id, const Filter& filter);
std::optional<Service> find(db::Connection& c, const std::string& region_id, int64_t service_id);
std::optional<Service> find_by_code(db::Connection& c, const std::string& region_id, const std::string& code);
// Another service of the region already has `code`.
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_service_id);
int64_t insert(db::Connection& c, Service& s);  // sets s.id
// Writes `s` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Service& s, int64_t expected_version);

}  // namespace simpul::modules::services
