#include "profiles/period.h"

#include <cstdio>

namespace simpul::profiles {

std::optional<Period> parse_period(std::string_view text) {
  if (text.size() < 3 || text[0] != 'P') return std::nullopt;
  Period p;
  p.text = std::string(text);
  // Components must come in the order Y, M, W, D, each at most once.
  const std::string_view order = "YMWD";
  size_t next_unit = 0, i = 1;
  bool any = false;
  while (i < text.size()) {
    size_t start = i;
    long value = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + (text[i] - '0');
      if (value > 1000) return std::nullopt;
      ++i;
    }
    if (i == start || i == text.size()) return std::nullopt;
    auto unit = order.find(text[i], next_unit);
    if (unit == std::string_view::npos) return std::nullopt;
    int v = static_cast<int>(value);
    switch (order[unit]) {
      case 'Y': p.years = v; break;
      case 'M': p.months = v; break;
      case 'W': p.weeks = v; break;
      case 'D': p.days = v; break;
    }
    any |= v > 0;
    next_unit = unit + 1;
    ++i;
  }
  if (!any) return std::nullopt;
  return p;
}

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}
}  // namespace

std::string add_period(const std::string& date, const Period& period) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return "";
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return "";
  int months = (y * 12 + (m - 1)) + period.total_months();
  y = months / 12;
  m = months % 12 + 1;
  if (d > days_in_month(y, m)) d = days_in_month(y, m);
  for (int left = period.total_days(); left > 0; --left) {
    if (++d > days_in_month(y, m)) {
      d = 1;
      if (++m > 12) m = 1, ++y;
    }
  }
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

}  // namespace simpul::profiles
