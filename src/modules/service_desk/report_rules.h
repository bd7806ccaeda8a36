#pragma once
// The arithmetic of the service desk's reports, pure (no I/O): months in the region's local
// time, the counts of one row and the row as the API shows it. The service desk reports
// periodically to the ICT office (Probolinggo Pasal 27 ayat (6); Madiun Pasal 39, Kendari
// Pasal 33, Batam Pasal 40, OKI Pasal 39).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::service_desk {

struct Month {
  int year = 0;
  int month = 0;  // 1-12
  auto operator<=>(const Month&) const = default;
};
inline constexpr int kMaxReportMonths = 36;

std::optional<Month> parse_month(const std::string& text);  // "2026-11"; nullopt otherwise
std::string month_text(Month m);                            // "2026-11"
Month next_month(Month m);
// The months from..to inclusive (empty when to < from).
std::vector<Month> months_from_to(Month from, Month to);
// The instant local midnight of the month's first day begins, as stored (RFC 3339 UTC).
std::string month_start_utc(Month m, int utc_offset_minutes);

// What one report row counts, over the tickets opened in the range.
struct ReportCounts {
  int64_t opened = 0;
  int64_t resolved = 0;             // resolved before the end of the range
  int64_t backlog = 0;              // not resolved at the end of the range
  int64_t response_measured = 0;    // answered, or unanswered past the due time
  int64_t response_met = 0;         // answered by the due time
  int64_t resolution_measured = 0;  // resolved, or unresolved past the due time (not while paused)
  int64_t resolution_met = 0;       // resolved by the due time
  int64_t escalated = 0;

  // Each ticket falls in exactly one group, so the totals are the sum of the groups.
  ReportCounts& operator+=(const ReportCounts& o);
};

// {"key","label","opened","resolved","backlog","response_met_pct","resolution_met_pct","escalation_rate_pct"}
nlohmann::json report_row(const std::string& key, const std::string& label, const ReportCounts& counts);
// A percentage as a report shows it: one decimal, "" when nothing was measured (spreadsheets).
std::string percentage_text(std::optional<double> value);

}  // namespace simpul::service_desk
