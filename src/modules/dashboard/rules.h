#pragma once
// The pure parts of the leadership dashboard: which agencies comply least, the months the
// service desk's SLA attainment is shown for, and the links from a number to the list page
// that shows the records it counts (no I/O).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/compliance/views.h"
#include "modules/service_desk/report_rules.h"

namespace simpul::modules::dashboard {

inline constexpr size_t kLowestAgencies = 5;  // the agencies with the lowest share met
inline constexpr int kSlaMonths = 12;         // the current month and the eleven before it

// {"count": n, "href": href}: a number and the page listing the records it counts.
nlohmann::json counted(int64_t count, const std::string& href);

// The `n` agencies with the lowest share met, worst first (ties: more overdue, then more not
// met, then by name); agencies with nothing applicable have no share and are left out.
std::vector<compliance::AgencySummary> lowest_share(std::vector<compliance::AgencySummary> agencies, size_t n);

// The `count` months ending with `last`, oldest first.
std::vector<service_desk::Month> months_ending(service_desk::Month last, int count);

// Web UI paths of the lists behind the numbers.
std::string risk_list_href(int year, std::optional<int> level = std::nullopt);  // /risiko?tahun=…&level=…
std::string compliance_agency_href(int64_t agency_id);                          // /kepatuhan/pd/{id}

}  // namespace simpul::modules::dashboard
