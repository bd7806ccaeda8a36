#include "modules/changes/calendar_json.h"

#include "core/json_text.h"
#include "modules/changes/window.h"

namespace simpul::modules::changes {

namespace {

void field(std::string& out, const char* name) {
  out += '"';
  out += name;
  out += "\":";
}

void text_field(std::string& out, const char* name, const std::string& value, bool null_when_empty = false) {
  field(out, name);
  if (null_when_empty && value.empty()) out += "null";
  else append_json_string(out, value);
  out += ',';
}

void number_field(std::string& out, const char* name, int64_t value) {
  field(out, name);
  out += std::to_string(value);
  out += ',';
}

}  // namespace

std::string calendar_body(const CalendarHeader& h, const std::vector<CalendarRow>& rows,
                          const std::map<int64_t, std::vector<int64_t>>& conflicts) {
  std::string out;
  out.reserve(512 + rows.size() * 480);
  out += '{';
  number_field(out, "year", h.year);
  field(out, "month");
  out += h.month == 0 ? std::string("null") : std::to_string(h.month);
  out += ',';
  text_field(out, "time_zone", h.time_zone);
  out += "\"items\":[";
  bool first = true;
  for (const auto& r : rows) {
    if (!first) out += ',';
    first = false;
    out += '{';
    number_field(out, "id", r.id);
    text_field(out, "number", r.number);
    text_field(out, "title", r.title);
    text_field(out, "stage", r.stage);
    text_field(out, "risk_level", r.risk_level);
    text_field(out, "change_type", r.change_type);
    out += "\"agency\":{";
    number_field(out, "id", r.agency_id);
    field(out, "short_name");
    if (r.agency_short_name.empty()) out += "null";
    else append_json_string(out, r.agency_short_name);
    out += "},";
    text_field(out, "target_kind", r.target_kind);
    text_field(out, "target_label", r.target_label, true);
    text_field(out, "start", r.start);
    text_field(out, "end", r.end);
    text_field(out, "start_local", local_date_time(r.start, h.utc_offset_minutes));
    text_field(out, "end_local", local_date_time(r.end, h.utc_offset_minutes));
    field(out, "approved");
    out += r.decision == "approved" ? "true," : "false,";
    field(out, "conflicts_with");
    out += '[';
    if (auto it = conflicts.find(r.id); it != conflicts.end())
      for (size_t i = 0; i < it->second.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(it->second[i]);
      }
    out += "]}";
  }
  out += "],";
  field(out, "conflicts");
  out += std::to_string(conflicts.size());
  out += '}';
  return out;
}

}  // namespace simpul::modules::changes
