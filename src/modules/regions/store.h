#pragma once
// SQL for regions.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/regions/model.h"

namespace simpul::modules::regions {

std::optional<Region> find(db::Connection& c, const std::string& id);
// Today (YYYY-MM-DD) in the region's time zone; WIB when the region is unknown.
std::string region_today(db::Connection& c, const std::string& region_id);
// Regions ordered by id, strictly after `after` when given; at most `limit`.
std::vector<Region> list(db::Connection& c, const std::optional<std::string>& after, int limit);
void insert(db::Connection& c, const Region& r);
int64_t count(db::Connection& c);
// Writes name, time zone and domain where the stored version is still `expected_version`.
bool update(db::Connection& c, const Region& r, int64_t expected_version);

}  // namespace simpul::modules::regions
