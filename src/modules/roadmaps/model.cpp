#include "modules/roadmaps/model.h"

#include "modules/roadmaps/areas.h"

namespace simpul::modules::roadmaps {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }
}  // namespace

nlohmann::json to_json(const Roadmap& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"start_year", r.start_year},
          {"end_year", r.end_year},
          {"decree_number", or_null(r.decree_number)},
          {"decree_date", or_null(r.decree_date)},
          {"status", r.status},
          {"enacted_by", or_null(r.enacted_by)},
          {"enacted_at", or_null(r.enacted_at)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

nlohmann::json years_json(const std::vector<YearPlan>& years) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& y : years)
    out.push_back({{"year", y.year}, {"target", y.target}, {"planned_status", y.planned_status},
                   {"actual_status", y.actual_status}});
  return out;
}

nlohmann::json to_json(const Activity& a) {
  return {{"id", a.id},
          {"roadmap_id", a.roadmap_id},
          {"program", a.program},
          {"name", a.name},
          {"area", a.area},
          {"area_label", text_json(area_label(a.area))},
          {"owner_agency_id", a.owner_agency_id},
          {"owner_agency_name", a.owner_agency_name},
          {"description", a.description},
          {"years", years_json(a.years)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json to_json(const Monitoring& m) {
  return {{"id", m.id},     {"roadmap_id", m.roadmap_id}, {"year", m.year},
          {"date", m.date}, {"summary", m.summary},       {"findings", m.findings},
          {"recorded_by", m.recorded_by}, {"created_at", m.created_at}};
}

nlohmann::json to_json(const Change& c) {
  return {{"id", c.id},
          {"activity_id", c.activity_id ? nlohmann::json(*c.activity_id) : nlohmann::json(nullptr)},
          {"action", c.action},
          {"fields", c.fields},
          {"reason", c.reason},
          {"article", or_null(c.article)},
          {"note", c.note},
          {"decree_number", or_null(c.decree_number)},
          {"decree_date", or_null(c.decree_date)},
          {"changed_by", c.changed_by},
          {"changed_at", c.changed_at}};
}

}  // namespace simpul::modules::roadmaps
