#include "modules/changes/model.h"

namespace simpul::modules::changes {

namespace {
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

std::string link_key(const std::string& kind, int64_t id) { return kind + ":" + std::to_string(id); }

nlohmann::json links_json(const std::vector<Link>& links) {
  auto out = nlohmann::json::array();
  for (const auto& l : links) out.push_back({{"kind", l.kind}, {"id", l.id}, {"label", text_or_null(l.label)}});
  return out;
}

std::vector<Link> links_from_json(const std::string& stored) {
  std::vector<Link> out;
  for (const auto& j : nlohmann::json::parse(stored)) {
    Link l{j.at("kind").get<std::string>(), j.at("id").get<int64_t>(), ""};
    if (j.contains("label") && j["label"].is_string()) l.label = j["label"].get<std::string>();
    out.push_back(l);
  }
  return out;
}

nlohmann::json record_json(const Change& c) {
  return {{"id", c.id},
          {"number", c.number},
          {"title", c.title},
          {"description", c.description},
          {"reason", c.reason},
          {"agency_id", c.agency_id},
          {"target_kind", c.target_kind},
          {"target_label", text_or_null(c.target_label)},
          {"links", links_json(c.links)},
          {"change_type", c.change_type},
          {"risk_level", c.risk_level},
          {"risk_notes", c.risk_notes},
          {"impact", c.impact},
          {"rollback_plan", text_or_null(c.rollback_plan)},
          {"implementer", text_or_null(c.implementer)},
          {"planned_start", c.planned_start},
          {"planned_end", c.planned_end},
          {"stage", c.stage},
          {"approver", c.approver},
          {"decision", text_or_null(c.decision)},
          {"decided_at", text_or_null(c.decided_at)},
          {"decision_note", text_or_null(c.decision_note)},
          {"implemented_at", text_or_null(c.implemented_at)},
          {"result", text_or_null(c.result)},
          {"lessons", text_or_null(c.lessons)},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

nlohmann::json step_json(const Step& s) {
  nlohmann::json by = nullptr;
  if (s.by_user_id) by = {{"id", *s.by_user_id}, {"name", s.by_name}};
  return {{"action", s.action}, {"from", s.from_stage}, {"to", s.to_stage}, {"note", s.note},
          {"by", by}, {"at", s.at}};
}

}  // namespace simpul::modules::changes
