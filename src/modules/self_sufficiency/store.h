#pragma once
// SQL for PD Mandiri TIK assessments.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/self_sufficiency/model.h"

namespace simpul::modules::self_sufficiency {

std::vector<Assessment> list(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                             const std::string& status);
std::optional<Assessment> find(db::Connection& c, const std::string& region_id, int64_t assessment_id);
bool has_open(db::Connection& c, const std::string& region_id, int64_t agency_id);
int64_t insert(db::Connection& c, Assessment& a);
bool update(db::Connection& c, const Assessment& a, int64_t expected_version);

}  // namespace simpul::modules::self_sufficiency
