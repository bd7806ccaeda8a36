#pragma once
// The region's SPBE services as a spreadsheet: one sheet of services, one of the agencies
// taking part in integrated services; headers and labels in Bahasa Indonesia.
#include <map>
#include <string>
#include <vector>

#include "export/xlsx.h"
#include "modules/services/model.h"

namespace simpul::modules::services {

// `agency_names` maps agency ids to names, for the participating agencies.
std::vector<xlsx::Sheet> workbook_sheets(const std::vector<Service>& services, const std::map<int64_t, std::string>& agency_names);

}  // namespace simpul::modules::services
