#pragma once
// SQL for the service desk's calendar (business hours, public holidays) and SLA targets. A
// region without rows runs on the defaults: the civil service week and the contract's targets.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/service_desk/calendar_rules.h"
#include "modules/service_desk/sla_clock.h"

namespace simpul::service_desk {

struct SlaTarget {
  int64_t response_minutes = 0;
  int64_t resolution_minutes = 0;
};
// The table in docs/service-desk-contract.md ("SLA"); an unknown priority gets medium's.
SlaTarget default_sla_target(const std::string& priority);
// The region's calendar: its business hours (default_calendar when no row), its holidays, its zone's offset.
BusinessCalendar load_calendar(db::Connection& c, const std::string& region_id);
// The target for a kind and priority (default_sla_target when no row).
SlaTarget load_sla_target(db::Connection& c, const std::string& region_id, const std::string& kind,
                          const std::string& priority);

// The business hours as stored, with their version (1 and the defaults when no row).
struct StoredHours {
  WeeklyHours hours;
  int64_t version = 1;
};
StoredHours load_business_hours(db::Connection& c, const std::string& region_id);
// Writes the hours where the stored version is still `expected_version`; false when it is not.
bool save_business_hours(db::Connection& c, const std::string& region_id, const WeeklyHours& hours,
                         int64_t expected_version);
std::string region_time_zone(db::Connection& c, const std::string& region_id);

std::vector<Holiday> list_holidays(db::Connection& c, const std::string& region_id);
std::optional<Holiday> find_holiday(db::Connection& c, const std::string& region_id, int64_t holiday_id);
bool holiday_on(db::Connection& c, const std::string& region_id, const std::string& day);
int64_t insert_holiday(db::Connection& c, Holiday& h);  // sets h.id
void delete_holiday(db::Connection& c, const std::string& region_id, int64_t holiday_id);

// All 20 kind × priority targets (stored or default) and the version of the set (1 when none stored).
struct StoredTargets {
  std::vector<SlaTargetRow> rows;
  int64_t version = 1;
};
StoredTargets load_sla_targets(db::Connection& c, const std::string& region_id);
// Replaces the region's targets with `rows` as version `version`.
void replace_sla_targets(db::Connection& c, const std::string& region_id, const std::vector<SlaTargetRow>& rows,
                         int64_t version);

}  // namespace simpul::service_desk
