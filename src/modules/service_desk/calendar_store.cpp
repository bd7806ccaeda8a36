#include "modules/service_desk/calendar_store.h"

#include <map>
#include <set>

#include "core/clock.h"

namespace simpul::service_desk {

namespace {

// The stored JSON is written only by save_business_hours; a row that cannot be read falls back
// to the defaults rather than stopping every ticket of the region.
std::optional<WeeklyHours> parse_stored_hours(const std::string& text) {
  auto value = nlohmann::json::parse(text, nullptr, false);
  std::vector<FieldError> errors;
  auto hours = read_business_hours(value, "business_hours", errors);
  if (!errors.empty()) return std::nullopt;
  return hours;
}

// The parsed form of the last stored hours text this thread read: the text changes only when
// an administrator saves new hours, so parsing it again for every ticket is wasted work.
std::optional<WeeklyHours> cached_stored_hours(const std::string& text) {
  thread_local std::string cached_text;
  thread_local std::optional<WeeklyHours> cached_hours;
  thread_local bool filled = false;
  if (!filled || cached_text != text) {
    cached_hours = parse_stored_hours(text);
    cached_text = text;
    filled = true;
  }
  return cached_hours;
}

Holiday holiday_from_row(const db::Row& r) { return {r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4)}; }

const char* kSelectHoliday = "SELECT holiday_id, region_id, day, name, created_at FROM public_holidays ";

}  // namespace

SlaTarget default_sla_target(const std::string& priority) {
  if (priority == "critical") return {30, 240};
  if (priority == "high") return {60, 480};
  if (priority == "low") return {480, 2400};
  return {240, 1440};
}

std::string region_time_zone(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT time_zone FROM regions WHERE region_id = ?", {region_id});
  return rows.empty() ? "Asia/Jakarta" : rows[0].text(0);
}

StoredHours load_business_hours(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT business_hours, version FROM service_desk_calendars WHERE region_id = ?", {region_id});
  StoredHours out;
  out.hours = default_calendar(420).hours;
  if (rows.empty()) return out;
  if (auto hours = cached_stored_hours(rows[0].text(0))) out.hours = *hours;
  out.version = rows[0].int64(1);
  return out;
}

bool save_business_hours(db::Connection& c, const std::string& region_id, const WeeklyHours& hours,
                         int64_t expected_version) {
  const std::string text = business_hours_json(hours).dump();
  const std::string now = now_rfc3339();
  if (c.query("SELECT 1 FROM service_desk_calendars WHERE region_id = ?", {region_id}).empty()) {
    if (expected_version != 1) return false;
    c.execute("INSERT INTO service_desk_calendars (region_id, business_hours, version, updated_at) VALUES (?, ?, ?, ?)",
              {region_id, text, int64_t{2}, now});
    return true;
  }
  return c.execute("UPDATE service_desk_calendars SET business_hours = ?, version = version + 1, updated_at = ? "
                   "WHERE region_id = ? AND version = ?",
                   {text, now, region_id, expected_version}) > 0;
}

BusinessCalendar load_calendar(db::Connection& c, const std::string& region_id) {
  // One round trip for the zone, the stored hours and the holidays: every ticket created or
  // shown needs the calendar, so it is read on every such request.
  auto rows = c.query("SELECT 1, time_zone FROM regions WHERE region_id = ? "
                      "UNION ALL SELECT 2, business_hours FROM service_desk_calendars WHERE region_id = ? "
                      "UNION ALL SELECT 3, day FROM public_holidays WHERE region_id = ?",
                      {region_id, region_id, region_id});
  std::string zone = "Asia/Jakarta";
  std::optional<std::string> stored_hours;
  std::set<std::string> holidays;
  for (auto& row : rows) {
    switch (row.int64(0)) {
      case 1: zone = row.take_text(1); break;
      case 2: stored_hours = row.take_text(1); break;
      default: holidays.insert(row.take_text(1));
    }
  }
  BusinessCalendar cal = default_calendar(utc_offset_minutes_of_zone(zone));
  cal.hours = default_calendar(420).hours;
  if (stored_hours)
    if (auto hours = cached_stored_hours(*stored_hours)) cal.hours = *hours;
  cal.holidays = std::move(holidays);
  return cal;
}

SlaTarget load_sla_target(db::Connection& c, const std::string& region_id, const std::string& kind,
                          const std::string& priority) {
  auto rows = c.query("SELECT response_minutes, resolution_minutes FROM sla_targets "
                      "WHERE region_id = ? AND kind = ? AND priority = ?",
                      {region_id, kind, priority});
  if (rows.empty()) return default_sla_target(priority);
  return {rows[0].int64(0), rows[0].int64(1)};
}

std::vector<Holiday> list_holidays(db::Connection& c, const std::string& region_id) {
  std::vector<Holiday> out;
  for (const auto& row : c.query(std::string(kSelectHoliday) + "WHERE region_id = ? ORDER BY day", {region_id}))
    out.push_back(holiday_from_row(row));
  return out;
}

std::optional<Holiday> find_holiday(db::Connection& c, const std::string& region_id, int64_t holiday_id) {
  auto rows = c.query(std::string(kSelectHoliday) + "WHERE region_id = ? AND holiday_id = ?", {region_id, holiday_id});
  if (rows.empty()) return std::nullopt;
  return holiday_from_row(rows[0]);
}

bool holiday_on(db::Connection& c, const std::string& region_id, const std::string& day) {
  return !c.query("SELECT 1 FROM public_holidays WHERE region_id = ? AND day = ?", {region_id, day}).empty();
}

int64_t insert_holiday(db::Connection& c, Holiday& h) {
  h.id = c.query("INSERT INTO public_holidays (region_id, day, name, created_at) VALUES (?, ?, ?, ?) RETURNING holiday_id",
                 {h.region_id, h.day, h.name, h.created_at})
             .at(0)
             .int64(0);
  return h.id;
}

void delete_holiday(db::Connection& c, const std::string& region_id, int64_t holiday_id) {
  c.execute("DELETE FROM public_holidays WHERE region_id = ? AND holiday_id = ?", {region_id, holiday_id});
}

StoredTargets load_sla_targets(db::Connection& c, const std::string& region_id) {
  std::map<std::pair<std::string, std::string>, SlaTarget> stored;
  StoredTargets out;
  for (const auto& row : c.query("SELECT kind, priority, response_minutes, resolution_minutes, version FROM sla_targets "
                                 "WHERE region_id = ?",
                                 {region_id})) {
    stored[{row.text(0), row.text(1)}] = {row.int64(2), row.int64(3)};
    out.version = std::max(out.version, row.int64(4));
  }
  for (const auto& kind : kTicketKinds)
    for (const auto& priority : kTicketPriorities) {
      auto found = stored.find({kind, priority});
      SlaTarget target = found != stored.end() ? found->second : default_sla_target(priority);
      out.rows.push_back({kind, priority, target.response_minutes, target.resolution_minutes});
    }
  return out;
}

void replace_sla_targets(db::Connection& c, const std::string& region_id, const std::vector<SlaTargetRow>& rows,
                         int64_t version) {
  const std::string now = now_rfc3339();
  c.execute("DELETE FROM sla_targets WHERE region_id = ?", {region_id});
  for (const auto& row : rows)
    c.execute("INSERT INTO sla_targets (region_id, kind, priority, response_minutes, resolution_minutes, version, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
              {region_id, row.kind, row.priority, row.response_minutes, row.resolution_minutes, version, now});
}

}  // namespace simpul::service_desk
