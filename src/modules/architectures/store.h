#pragma once
// SQL for architecture versions, their six domains and their reviews.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/architectures/model.h"

namespace simpul::modules::architectures {

// Newest period first; `status` filters when not empty. With domains and reviews.
std::vector<Architecture> list(db::Connection& c, const std::string& region_id, const std::string& status);
std::optional<Architecture> find(db::Connection& c, const std::string& region_id, int64_t architecture_id);
// Inserts the version and its domains.
int64_t insert(db::Connection& c, Architecture& a);
// Writes the version and its domains where the stored version is still `expected_version`.
bool update(db::Connection& c, const Architecture& a, int64_t expected_version);
int64_t insert_review(db::Connection& c, Review& r);

}  // namespace simpul::modules::architectures
