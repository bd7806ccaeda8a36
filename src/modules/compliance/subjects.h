#pragma once
// Whom and what the region's obligations bind, loaded once per evaluation: the region, its
// agencies (with the ICT office, planning office and organisation bureau among them), the
// committee, the region head and the GCIO positions, and each application, dataset, host,
// network, service, website and employee.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/compliance/model.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

struct Subjects {
  std::optional<Subject> region;  // absent when scoped to one agency
  std::vector<Subject> agencies;
  std::optional<Subject> ict_office, planning_office, organization_bureau;
  std::optional<Subject> committee, region_head, gcio;
  std::vector<Subject> applications, datasets, hosts, networks, services, websites, employees;
};

// Everything in the region; with `agency_id`, only that agency and what it owns (the
// region's own duties, the committee's and the region head's are then left out).
Subjects load_subjects(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                       std::optional<int64_t> agency_id);

// The subjects a `binds` word names.
std::vector<const Subject*> bound_subjects(const Subjects& all, const std::string& binds);

}  // namespace simpul::modules::compliance
