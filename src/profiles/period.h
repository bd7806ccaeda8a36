#pragma once
// ISO 8601 durations of whole years, months, weeks and days (P1Y, P6M, P2W, P1Y6M),
// the only periods the regulations use. Time parts and zero periods are rejected.
#include <optional>
#include <string>
#include <string_view>

namespace simpul::profiles {

struct Period {
  int years = 0;
  int months = 0;
  int weeks = 0;
  int days = 0;
  std::string text;  // as written, e.g. "P2Y"

  int total_months() const { return years * 12 + months; }
  int total_days() const { return weeks * 7 + days; }
};

std::optional<Period> parse_period(std::string_view text);

// The date `period` after `date` (YYYY-MM-DD), clamping the day to the month's end
// (2024-02-29 + P1Y = 2025-02-28). Empty when date is not a valid date.
std::string add_period(const std::string& date, const Period& period);

}  // namespace simpul::profiles
