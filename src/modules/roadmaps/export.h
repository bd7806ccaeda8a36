#pragma once
// The roadmap as a workbook: the roadmap, its activities, the targets per year, the
// monitoring records and the change log, one sheet each, headers in Bahasa Indonesia.
#include <string>
#include <vector>

#include "modules/roadmaps/model.h"

namespace simpul::modules::roadmaps {

std::string workbook(const Roadmap& r, const std::vector<Activity>& activities, const std::vector<Monitoring>& monitoring,
                     const std::vector<Change>& changes);

}  // namespace simpul::modules::roadmaps
