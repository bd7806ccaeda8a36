#include "modules/service_desk/report_rules.h"

#include <chrono>
#include <cstdio>

#include "core/clock.h"
#include "modules/service_desk/calendar_rules.h"

namespace simpul::service_desk {

std::optional<Month> parse_month(const std::string& text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  Month m{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2))};
  if (m.year < 2000 || m.month < 1 || m.month > 12) return std::nullopt;
  return m;
}

std::string month_text(Month m) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", m.year, m.month);
  return text;
}

Month next_month(Month m) { return m.month == 12 ? Month{m.year + 1, 1} : Month{m.year, m.month + 1}; }

std::vector<Month> months_from_to(Month from, Month to) {
  std::vector<Month> out;
  for (Month m = from; m <= to; m = next_month(m)) out.push_back(m);
  return out;
}

std::string month_start_utc(Month m, int utc_offset_minutes) {
  using namespace std::chrono;
  sys_days first = year{m.year} / month{unsigned(m.month)} / day{1};
  return format_rfc3339(system_clock::time_point(first.time_since_epoch()) - minutes(utc_offset_minutes));
}

ReportCounts& ReportCounts::operator+=(const ReportCounts& o) {
  opened += o.opened;
  resolved += o.resolved;
  backlog += o.backlog;
  response_measured += o.response_measured;
  response_met += o.response_met;
  resolution_measured += o.resolution_measured;
  resolution_met += o.resolution_met;
  escalated += o.escalated;
  return *this;
}

nlohmann::json report_row(const std::string& key, const std::string& label, const ReportCounts& counts) {
  auto pct = [](int64_t part, int64_t whole) -> nlohmann::json {
    auto value = percentage(part, whole);
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
  };
  return {{"key", key},
          {"label", label},
          {"opened", counts.opened},
          {"resolved", counts.resolved},
          {"backlog", counts.backlog},
          {"response_met_pct", pct(counts.response_met, counts.response_measured)},
          {"resolution_met_pct", pct(counts.resolution_met, counts.resolution_measured)},
          {"escalation_rate_pct", pct(counts.escalated, counts.opened)}};
}

std::string percentage_text(std::optional<double> value) {
  if (!value) return "";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", *value);
  return text;
}

}  // namespace simpul::service_desk
