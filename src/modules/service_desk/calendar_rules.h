#pragma once
// The rules of the service desk's calendar and service levels, pure (no I/O):
//   - business hours per weekday as "HH:MM" pairs: each start before its end, no two
//     overlapping, at least one business minute in the week (else no due time exists);
//   - holidays: a real date and a name, one per day;
//   - SLA targets: all 20 kind × priority pairs, whole business minutes, a response no later
//     than the resolution;
//   - report arithmetic: a percentage with one decimal, none when nothing was measured.
// The service desk records, answers and reports within agreed service levels (Madiun Pasal 39
// ayat (7)-(11), Kendari Pasal 33 ayat (7)-(9), Probolinggo Pasal 27, Batam Pasal 40, OKI Pasal 39).
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace simpul::service_desk {

using WeeklyHours = std::array<std::vector<std::pair<int, int>>, 7>;  // Monday = 0, minutes after local midnight

inline const std::array<std::string, 7> kWeekdayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// The words of modules/tickets/model.h (kKinds, kPriorities) in the order the settings show them
// (Madiun Pasal 39 ayat (3): keluhan, gangguan, masalah, permintaan, perubahan).
inline const std::vector<std::string> kTicketKinds{"complaint", "incident", "problem", "request", "change"};
inline const std::vector<std::string> kTicketPriorities{"critical", "high", "medium", "low"};
// A service level longer than a year of minutes is a typing mistake.
inline constexpr int64_t kMaxTargetMinutes = 525600;
inline constexpr size_t kMaxHolidayName = 100;

// "07:30" → 450; "24:00" → 1440 (the end of the day); nullopt for anything else.
std::optional<int> minutes_of_clock(const std::string& hh_mm);
std::string clock_of_minutes(int minutes);  // 450 → "07:30"

// Reads {"mon":[["07:30","16:00"]],…,"sun":[]}: every weekday present, every problem a field
// error named "<field>.<day>[.<i>]" in `errors`.
WeeklyHours read_business_hours(const nlohmann::json& value, const std::string& field, std::vector<FieldError>& errors);
nlohmann::json business_hours_json(const WeeklyHours& hours);

struct Holiday {
  int64_t id = 0;
  std::string region_id, day, name, created_at;
};
// The day (YYYY-MM-DD) and name (1-100 characters) of a holiday to add; 422 naming each field.
Holiday read_holiday(const nlohmann::json& body);

struct SlaTargetRow {
  std::string kind, priority;
  int64_t response_minutes = 0, resolution_minutes = 0;
};
// {"items":[{"kind","priority","response_minutes","resolution_minutes"}…]}: exactly the 20 pairs,
// each once, in the order of kTicketKinds × kTicketPriorities; 422 naming each field.
std::vector<SlaTargetRow> read_sla_targets(const nlohmann::json& body);
nlohmann::json sla_targets_json(const std::vector<SlaTargetRow>& rows);

// part / whole as a percentage with one decimal (2/3 → 66.7); nullopt when whole is 0.
std::optional<double> percentage(int64_t part, int64_t whole);

}  // namespace simpul::service_desk
