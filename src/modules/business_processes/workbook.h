#pragma once
// The region's business processes as a spreadsheet: one sheet of processes, one of
// their steps, one of the links between them; headers and labels in Bahasa Indonesia.
#include <vector>

#include "export/xlsx.h"
#include "modules/business_processes/model.h"

namespace simpul::modules::business_processes {

// `processes` must hold every process a link names (the region's whole set).
std::vector<xlsx::Sheet> workbook_sheets(const std::vector<BusinessProcess>& processes, const std::vector<Link>& links);

}  // namespace simpul::modules::business_processes
