#include "modules/dashboard/rules.h"

#include <algorithm>

namespace simpul::modules::dashboard {

nlohmann::json counted(int64_t count, const std::string& href) { return {{"count", count}, {"href", href}}; }

std::vector<compliance::AgencySummary> lowest_share(std::vector<compliance::AgencySummary> agencies, size_t n) {
  std::erase_if(agencies, [](const compliance::AgencySummary& a) { return !a.tally.share_met(); });
  std::stable_sort(agencies.begin(), agencies.end(), [](const auto& a, const auto& b) {
    auto sa = *a.tally.share_met(), sb = *b.tally.share_met();
    if (sa != sb) return sa < sb;
    if (a.tally.overdue != b.tally.overdue) return a.tally.overdue > b.tally.overdue;
    if (a.tally.not_met != b.tally.not_met) return a.tally.not_met > b.tally.not_met;
    return a.name < b.name;
  });
  if (agencies.size() > n) agencies.resize(n);
  return agencies;
}

std::vector<service_desk::Month> months_ending(service_desk::Month last, int count) {
  if (count <= 0) return {};
  // Months counted from year 0: month index = year * 12 + (month - 1).
  int first = last.year * 12 + (last.month - 1) - (count - 1);
  return service_desk::months_from_to({first / 12, first % 12 + 1}, last);
}

std::string risk_list_href(int year, std::optional<int> level) {
  auto href = "/risiko?tahun=" + std::to_string(year);
  if (level) href += "&level=" + std::to_string(*level);
  return href;
}

std::string compliance_agency_href(int64_t agency_id) { return "/kepatuhan/pd/" + std::to_string(agency_id); }

}  // namespace simpul::modules::dashboard
