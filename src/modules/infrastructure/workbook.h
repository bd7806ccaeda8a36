#pragma once
// The infrastructure registers as spreadsheets, headers in Bahasa Indonesia: hosts (with
// their placement and uptime commitment), IP ranges and domains, one sheet each.
#include <vector>

#include "export/xlsx.h"
#include "modules/infrastructure/model.h"

namespace simpul::modules::infrastructure {

xlsx::Sheet hosts_sheet(const std::vector<Host>& hosts);
xlsx::Sheet ip_ranges_sheet(const std::vector<IpRange>& ranges);
xlsx::Sheet domains_sheet(const std::vector<Domain>& domains);

}  // namespace simpul::modules::infrastructure
