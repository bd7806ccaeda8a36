#include "modules/risk_reports/model.h"

namespace simpul::modules::risk_reports {

namespace {

nlohmann::json id_or_null(const std::optional<int64_t>& id) { return id ? nlohmann::json(*id) : nlohmann::json(nullptr); }
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
std::optional<std::string> optional_text(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<std::string>();
}

nlohmann::json to_json(const TreatmentLine& t, bool done) {
  nlohmann::json j = {{"treatment_id", t.treatment_id}, {"actions", t.actions}, {"output", t.output}};
  if (done) {
    j["done_on"] = text_or_null(t.done_on);
  } else {
    j["starts_on"] = t.starts_on;
    j["due_on"] = t.due_on;
    j["status"] = t.status;
  }
  return j;
}

std::vector<TreatmentLine> lines_from_json(const nlohmann::json& list) {
  std::vector<TreatmentLine> out;
  for (const auto& t : list)
    out.push_back({t.at("treatment_id").get<int64_t>(), t.value("actions", ""), t.value("output", ""),
                   t.value("starts_on", ""), t.value("due_on", ""), t.value("status", "done"),
                   optional_text(t, "done_on").value_or("")});
  return out;
}

}  // namespace

nlohmann::json to_json(const Goal& g) {
  return {{"unit_goal", g.unit_goal}, {"spbe_goal", g.spbe_goal}, {"indicator", g.indicator}, {"target", g.target}};
}

nlohmann::json to_json(const Entry& e) {
  nlohmann::json done = nlohmann::json::array(), planned = nlohmann::json::array();
  for (const auto& t : e.treatments_done) done.push_back(to_json(t, true));
  for (const auto& t : e.treatments_planned) planned.push_back(to_json(t, false));
  nlohmann::json schedule = nullptr;
  if (e.schedule_starts_on) schedule = {{"starts_on", *e.schedule_starts_on}, {"due_on", e.schedule_due_on.value_or("")}};
  return {{"risk_id", e.risk_id},
          {"number", e.number},
          {"polarity", e.polarity},
          {"event", e.event},
          {"spbe_goal", e.spbe_goal},
          {"magnitude", e.magnitude},
          {"level", e.level},
          {"projected_magnitude", e.projected_magnitude},
          {"projected_level", e.projected_level},
          {"treatments_done", done},
          {"treatments_planned", planned},
          {"owner", e.owner},
          {"schedule", schedule}};
}

std::vector<Entry> entries_from_json(const nlohmann::json& list) {
  std::vector<Entry> out;
  for (const auto& j : list) {
    Entry e;
    e.risk_id = j.at("risk_id").get<int64_t>();
    e.number = j.at("number").get<int64_t>();
    e.polarity = j.value("polarity", "negative");
    e.event = j.value("event", "");
    e.spbe_goal = j.value("spbe_goal", "");
    e.magnitude = j.value("magnitude", int64_t{0});
    e.level = j.value("level", int64_t{0});
    e.projected_magnitude = j.value("projected_magnitude", e.magnitude);
    e.projected_level = j.value("projected_level", e.level);
    e.treatments_done = lines_from_json(j.value("treatments_done", nlohmann::json::array()));
    e.treatments_planned = lines_from_json(j.value("treatments_planned", nlohmann::json::array()));
    e.owner = j.value("owner", "");
    if (j.contains("schedule") && j["schedule"].is_object()) {
      e.schedule_starts_on = j["schedule"].value("starts_on", "");
      e.schedule_due_on = j["schedule"].value("due_on", "");
    }
    out.push_back(e);
  }
  return out;
}

nlohmann::json record_json(const RiskContext& c) {
  nlohmann::json goals = nlohmann::json::array(), stakeholders = nlohmann::json::array(),
                 regulations = nlohmann::json::array();
  for (const auto& g : c.goals) goals.push_back(to_json(g));
  for (const auto& s : c.stakeholders) stakeholders.push_back({{"name", s.name}, {"relation", s.relation}});
  for (const auto& r : c.regulations) regulations.push_back({{"name", r.name}, {"mandate", r.mandate}});
  return {{"id", c.id},
          {"agency_id", c.agency_id},
          {"year", c.year},
          {"duties", c.duties},
          {"functions", c.functions},
          {"goals", goals},
          {"structure",
           {{"owner", id_or_null(c.structure.owner)},
            {"coordinator", id_or_null(c.structure.coordinator)},
            {"manager", id_or_null(c.structure.manager)}}},
          {"stakeholders", stakeholders},
          {"regulations", regulations},
          {"integrity_pact_sha256", c.integrity_pact_sha256 ? nlohmann::json(*c.integrity_pact_sha256) : nlohmann::json(nullptr)},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

nlohmann::json record_json(const RiskReport& r) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : r.entries) entries.push_back(to_json(e));
  return {{"id", r.id},
          {"agency_id", r.agency_id},
          {"year", r.year},
          {"period", r.period},
          {"entries", entries},
          {"summary", r.summary},
          {"recommendations", r.recommendations},
          {"status", r.status},
          {"submitted_at", text_or_null(r.submitted_at)},
          {"submitted_by", id_or_null(r.submitted_by)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

}  // namespace simpul::modules::risk_reports
