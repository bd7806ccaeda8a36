#include "modules/competencies/model.h"

namespace simpul::modules::competencies {

namespace {
nlohmann::json or_null(const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

const std::set<std::string>& competency_kinds() {
  static const std::set<std::string> words{"basic_ict", "ict_operation", "technical", "managerial", "functional"};
  return words;
}
const std::set<std::string>& levels() {
  static const std::set<std::string> words{"basic", "intermediate", "advanced"};
  return words;
}
const std::set<std::string>& applies_to_words() {
  static const std::set<std::string> words{"each_employee", "every_agency", "agencies_with_services",
                                           "agencies_running_own_services"};
  return words;
}
const std::set<std::string>& item_statuses() {
  static const std::set<std::string> words{"planned", "done", "cancelled"};
  return words;
}

nlohmann::json to_json(const Competency& c) {
  return {{"id", c.id},           {"code", c.code},       {"name", c.name},
          {"kind", c.kind},       {"description", c.description}, {"version", c.version},
          {"created_at", c.created_at}, {"updated_at", c.updated_at}};
}

nlohmann::json to_json(const Requirement& r) {
  bool policy = r.source == "policy";
  return {{"key", r.key},
          {"source", r.source},
          {"id", or_null(r.id)},
          {"applies_to", r.applies_to},
          {"competency_kind", or_null(r.competency_kind)},
          {"competency_id", or_null(r.competency_id)},
          {"competency_name", r.competency_name},
          {"pranata_komputer", r.pranata_komputer},
          {"min_people", r.min_people},
          {"article", or_null(r.article)},
          {"citation", r.citation},
          {"text", r.text},
          {"version", policy ? nlohmann::json(r.version) : nlohmann::json(nullptr)}};
}

nlohmann::json to_json(const HeldCompetency& h) {
  std::string evidence = h.certificate_id ? "certificate" : h.training_id ? "training" : "none";
  return {{"id", h.id},
          {"person_id", h.person_id},
          {"competency_id", h.competency_id},
          {"competency_code", h.competency_code},
          {"competency_name", h.competency_name},
          {"competency_kind", h.competency_kind},
          {"level", h.level},
          {"acquired_on", h.acquired_on},
          {"evidence", evidence},
          {"training_id", or_null(h.training_id)},
          {"certificate_id", or_null(h.certificate_id)},
          {"note", h.note},
          {"version", h.version},
          {"created_at", h.created_at},
          {"updated_at", h.updated_at}};
}

nlohmann::json to_json(const Training& t) {
  return {{"id", t.id},
          {"person_id", t.person_id},
          {"title", t.title},
          {"organiser", t.organiser},
          {"starts_on", t.starts_on},
          {"ends_on", t.ends_on},
          {"hours", t.hours},
          {"competency_id", or_null(t.competency_id)},
          {"certificate_file_sha256", or_null(t.certificate_file_sha256)},
          {"version", t.version},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at}};
}

nlohmann::json to_json(const PlanItem& i) {
  return {{"id", i.id},
          {"competency_id", i.competency_id},
          {"competency_name", i.competency_name},
          {"competency_kind", i.competency_kind},
          {"title", i.title},
          {"target_person_ids", i.target_person_ids},
          {"target_count", i.target_count},
          {"quarter", i.quarter},
          {"budget_rupiah", i.budget_rupiah},
          {"status", i.status},
          {"training_ids", i.training_ids}};
}

nlohmann::json certificate_record_json(const Certificate& c) {
  return {{"id", c.id},
          {"person_id", c.person_id},
          {"name", c.name},
          {"issuer", c.issuer},
          {"number", c.number},
          {"issued_on", c.issued_on},
          {"expires_on", or_null(c.expires_on)},
          {"competency_id", or_null(c.competency_id)},
          {"file_sha256", or_null(c.file_sha256)},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

nlohmann::json plan_record_json(const Plan& p) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : p.items) items.push_back(to_json(i));
  return {{"id", p.id},       {"agency_id", p.agency_id},   {"year", p.year},
          {"title", p.title}, {"items", items},             {"version", p.version},
          {"created_at", p.created_at}, {"updated_at", p.updated_at}};
}

nlohmann::json person_ref(const Employee& e) { return {{"person_id", e.id}, {"nip", e.nip}, {"name", e.name}}; }

}  // namespace simpul::modules::competencies
