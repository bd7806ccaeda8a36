#include "core/dates.h"

#include <chrono>
#include <cstdio>

namespace simpul {

bool is_calendar_date(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return false;
  auto ymd = std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} / std::chrono::day{static_cast<unsigned>(d)};
  return y >= 1900 && ymd.ok();
}

int utc_offset_hours(const std::string& time_zone) {
  if (time_zone == "Asia/Makassar") return 8;
  if (time_zone == "Asia/Jayapura") return 9;
  return 7;
}

std::string today_in_zone(const std::string& time_zone) { return date_in_zone(std::chrono::system_clock::now(), time_zone); }

std::chrono::sys_days parse_date(const std::string& date) {
  using namespace std::chrono;
  return sys_days{year{std::stoi(date.substr(0, 4))} / month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))} /
                  day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
}

std::string format_date(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

std::string date_in_zone(std::chrono::system_clock::time_point t, const std::string& time_zone) {
  using namespace std::chrono;
  return format_date(floor<days>(t + hours(utc_offset_hours(time_zone))));
}

std::string add_days(const std::string& date, int days) {
  return format_date(parse_date(date) + std::chrono::days(days));
}

}  // namespace simpul
