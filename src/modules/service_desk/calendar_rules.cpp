#include "modules/service_desk/calendar_rules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/body_reader.h"
#include "core/dates.h"

namespace simpul::service_desk {

namespace {

const Text kDayMessage{"Jam layanan per hari berupa daftar rentang [\"HH:MM\", \"HH:MM\"], misalnya [[\"07:30\", \"16:00\"]]; "
                       "hari libur berupa daftar kosong [].",
                       "Business hours per day are a list of [\"HH:MM\", \"HH:MM\"] ranges, e.g. [[\"07:30\", \"16:00\"]]; "
                       "a day off is an empty list []."};

const Text kTargetMessage{"Target dalam menit kerja: bilangan bulat 1-525600, dan waktu respons tidak lebih lama dari waktu penyelesaian.",
                          "Targets are whole business minutes, 1-525600, and the response time is not longer than the resolution time."};

bool is_whole_minutes(const nlohmann::json& v) {
  return v.is_number_integer() && v.get<int64_t>() >= 1 && v.get<int64_t>() <= kMaxTargetMinutes;
}

}  // namespace

std::optional<int> minutes_of_clock(const std::string& hh_mm) {
  if (hh_mm.size() != 5 || hh_mm[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4})
    if (hh_mm[i] < '0' || hh_mm[i] > '9') return std::nullopt;
  int hours = (hh_mm[0] - '0') * 10 + (hh_mm[1] - '0');
  int minutes = (hh_mm[3] - '0') * 10 + (hh_mm[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

std::string clock_of_minutes(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

WeeklyHours read_business_hours(const nlohmann::json& value, const std::string& field, std::vector<FieldError>& errors) {
  WeeklyHours hours;
  if (!value.is_object()) {
    errors.push_back({field, {"Jam layanan berupa objek per hari: mon, tue, wed, thu, fri, sat, sun.",
                              "Business hours are an object by weekday: mon, tue, wed, thu, fri, sat, sun."}});
    return hours;
  }
  for (const auto& [key, _] : value.items())
    if (std::find(kWeekdayKeys.begin(), kWeekdayKeys.end(), key) == kWeekdayKeys.end())
      errors.push_back({field + "." + key, {"Hari tidak dikenal; gunakan mon, tue, wed, thu, fri, sat, sun.",
                                            "Unknown day; use mon, tue, wed, thu, fri, sat, sun."}});
  bool all_days_read = true;
  for (size_t d = 0; d < 7; ++d) {
    const std::string day_field = field + "." + kWeekdayKeys[d];
    if (!value.contains(kWeekdayKeys[d]) || !value[kWeekdayKeys[d]].is_array()) {
      errors.push_back({day_field, kDayMessage});
      all_days_read = false;
      continue;
    }
    const auto& ranges = value[kWeekdayKeys[d]];
    for (size_t i = 0; i < ranges.size(); ++i) {
      const auto& range = ranges[i];
      const std::string range_field = day_field + "." + std::to_string(i);
      std::optional<int> start, end;
      if (range.is_array() && range.size() == 2 && range[0].is_string() && range[1].is_string())
        start = minutes_of_clock(range[0].get<std::string>()), end = minutes_of_clock(range[1].get<std::string>());
      if (!start || !end) {
        errors.push_back({range_field, kDayMessage});
        all_days_read = false;
      } else if (*start >= *end) {
        errors.push_back({range_field, {"Jam mulai harus sebelum jam selesai (" + range[0].get<std::string>() + " - " +
                                            range[1].get<std::string>() + ").",
                                        "The start must come before the end (" + range[0].get<std::string>() + " - " +
                                            range[1].get<std::string>() + ")."}});
        all_days_read = false;
      } else {
        hours[d].emplace_back(*start, *end);
      }
    }
    auto sorted = hours[d];
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 1; i < sorted.size(); ++i)
      if (sorted[i].first < sorted[i - 1].second) {
        errors.push_back({day_field, {"Rentang jam " + clock_of_minutes(sorted[i - 1].first) + "-" +
                                          clock_of_minutes(sorted[i - 1].second) + " dan " + clock_of_minutes(sorted[i].first) +
                                          "-" + clock_of_minutes(sorted[i].second) + " bertumpang tindih.",
                                      "The ranges " + clock_of_minutes(sorted[i - 1].first) + "-" +
                                          clock_of_minutes(sorted[i - 1].second) + " and " + clock_of_minutes(sorted[i].first) +
                                          "-" + clock_of_minutes(sorted[i].second) + " overlap."}});
        break;
      }
    hours[d] = sorted;
  }
  bool any = std::any_of(hours.begin(), hours.end(), [](const auto& day) { return !day.empty(); });
  if (all_days_read && !any)
    errors.push_back({field, {"Paling sedikit satu hari dalam seminggu harus memiliki jam layanan; tanpa itu batas waktu "
                              "layanan tidak dapat dihitung.",
                              "At least one day of the week needs business hours; without them no due time can be computed."}});
  return hours;
}

nlohmann::json business_hours_json(const WeeklyHours& hours) {
  nlohmann::json out = nlohmann::json::object();
  for (size_t d = 0; d < 7; ++d) {
    out[kWeekdayKeys[d]] = nlohmann::json::array();
    for (auto [start, end] : hours[d]) out[kWeekdayKeys[d]].push_back({clock_of_minutes(start), clock_of_minutes(end)});
  }
  return out;
}

Holiday read_holiday(const nlohmann::json& body) {
  BodyReader r(body, {"day", "name"});
  Holiday h;
  const Text day_message{"Tanggal libur wajib diisi: tanggal yang ada, YYYY-MM-DD, misalnya 2026-12-25.",
                         "The holiday's date is required: a real date, YYYY-MM-DD, e.g. 2026-12-25."};
  if (!r.has("day") || body["day"].is_null()) r.add("day", day_message);
  else if (auto day = r.nullable_date("day", day_message); day && *day) h.day = **day;
  auto name = r.text("name", true, kMaxHolidayName, {"Nama hari libur wajib diisi, paling banyak 100 karakter, misalnya Hari Raya Natal.",
                                                     "The holiday's name is required, at most 100 characters, e.g. Christmas Day."});
  if (name) h.name = *name;
  r.check();
  return h;
}

std::vector<SlaTargetRow> read_sla_targets(const nlohmann::json& body) {
  BodyReader r(body, {"items"});
  if (!r.has("items") || !body["items"].is_array()) {
    r.add("items", {"items berisi 20 target: setiap jenis tiket × setiap prioritas.",
                    "items holds 20 targets: every ticket kind × every priority."});
    r.check();
  }
  std::map<std::pair<std::string, std::string>, SlaTargetRow> given;
  const auto& items = body["items"];
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string field = "items." + std::to_string(i);
    const auto& item = items[i];
    if (!item.is_object()) {
      r.add(field, {"Setiap target: {\"kind\", \"priority\", \"response_minutes\", \"resolution_minutes\"}.",
                    "Each target: {\"kind\", \"priority\", \"response_minutes\", \"resolution_minutes\"}."});
      continue;
    }
    for (const auto& [key, _] : item.items())
      if (key != "kind" && key != "priority" && key != "response_minutes" && key != "resolution_minutes")
        r.add(field + "." + key, {"Isian ini tidak dikenal.", "Unknown field."});
    SlaTargetRow row;
    bool ok = true;
    auto word = [&](const char* key, const std::vector<std::string>& words, std::string& out) {
      if (item.contains(key) && item[key].is_string() &&
          std::find(words.begin(), words.end(), item[key].get<std::string>()) != words.end())
        out = item[key].get<std::string>();
      else {
        std::string list;
        for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
        r.add(field + "." + key, {"Pilih salah satu: " + list + ".", "Choose one of: " + list + "."});
        ok = false;
      }
    };
    word("kind", kTicketKinds, row.kind);
    word("priority", kTicketPriorities, row.priority);
    for (auto [key, target] : {std::pair{"response_minutes", &row.response_minutes},
                               std::pair{"resolution_minutes", &row.resolution_minutes}}) {
      if (item.contains(key) && is_whole_minutes(item[key])) *target = item[key].get<int64_t>();
      else r.add(field + "." + key, kTargetMessage), ok = false;
    }
    if (!ok) continue;
    if (row.response_minutes > row.resolution_minutes) r.add(field + ".response_minutes", kTargetMessage);
    if (!given.emplace(std::pair{row.kind, row.priority}, row).second)
      r.add(field, {"Target " + row.kind + "/" + row.priority + " disebut lebih dari sekali.",
                    "The target " + row.kind + "/" + row.priority + " is given more than once."});
  }
  // A missing pair is told once, and only when every item given could be read.
  const bool items_read = given.size() == items.size();
  bool missing_told = false;
  std::vector<SlaTargetRow> rows;
  for (const auto& kind : kTicketKinds)
    for (const auto& priority : kTicketPriorities) {
      auto found = given.find({kind, priority});
      if (found != given.end()) {
        rows.push_back(found->second);
      } else if (items_read && !missing_told) {
        r.add("items", {"Target " + kind + "/" + priority + " belum ada; kirim ke-20 pasangan jenis × prioritas.",
                        "The target " + kind + "/" + priority + " is missing; send all 20 kind × priority pairs."});
        missing_told = true;
      }
    }
  r.check();
  return rows;
}

nlohmann::json sla_targets_json(const std::vector<SlaTargetRow>& rows) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : rows)
    items.push_back({{"kind", row.kind}, {"priority", row.priority}, {"response_minutes", row.response_minutes},
                     {"resolution_minutes", row.resolution_minutes}});
  return items;
}

std::optional<double> percentage(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return std::round(static_cast<double>(part) * 1000.0 / static_cast<double>(whole)) / 10.0;
}

}  // namespace simpul::service_desk
