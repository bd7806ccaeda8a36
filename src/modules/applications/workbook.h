#pragma once
// The region's applications as a spreadsheet (headers and labels in Bahasa Indonesia): one sheet
// of applications, one of the current documents of each. Used for the list export and for one
// application's export.
#include <map>
#include <vector>

#include "export/xlsx.h"
#include "modules/applications/model.h"
#include "profiles/model.h"

namespace simpul::modules::applications {

// `documents` by application id (every upload; only the current ones are listed); `agency_names`
// by agency id, for the users column.
std::vector<xlsx::Sheet> workbook_sheets(const simpul::profiles::Profile* profile, const std::vector<Application>& apps,
                                         const std::map<int64_t, std::vector<Document>>& documents,
                                         const std::map<int64_t, std::string>& agency_names);

}  // namespace simpul::modules::applications
