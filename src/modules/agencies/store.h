#pragma once
// SQL for agencies.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/agencies/model.h"

namespace simpul::modules::agencies {

std::vector<Agency> list(db::Connection& c, const std::string& region_id);
std::optional<Agency> find(db::Connection& c, const std::string& region_id, int64_t agency_id);
bool exists(db::Connection& c, const std::string& region_id, int64_t agency_id);
int64_t insert(db::Connection& c, Agency& a);  // sets a.id
// Writes `a` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Agency& a, int64_t expected_version);

std::map<int64_t, Head> heads(db::Connection& c, const std::string& region_id);
std::map<int64_t, int64_t> people_counts(db::Connection& c, const std::string& region_id);

}  // namespace simpul::modules::agencies
