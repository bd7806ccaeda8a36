#include "modules/knowledge/model.h"

namespace simpul::modules::knowledge {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json record_json(const Article& a) {
  return {{"id", a.id},
          {"agency_id", a.agency_id},
          {"owner_user_id", a.owner_user_id ? nlohmann::json(*a.owner_user_id) : nlohmann::json(nullptr)},
          {"kind", a.kind},
          {"title", a.title},
          {"summary", a.summary},
          {"body", a.body},
          {"symptom", or_null(a.symptom)},
          {"cause", or_null(a.cause)},
          {"workaround", or_null(a.workaround)},
          {"keywords", a.keywords},
          {"status", a.status},
          {"revision", a.revision},
          {"published_at", or_null(a.published_at)},
          {"review_due_on", or_null(a.review_due_on)},
          {"last_reviewed_at", or_null(a.last_reviewed_at)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json person_json(const std::optional<int64_t>& id, const std::string& name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"display_name", name}};
}

nlohmann::json to_json(const Revision& r) {
  return {{"revision", r.revision},
          {"published_at", r.published_at},
          {"published_by", person_json(r.published_by, r.published_by_name)},
          {"kind", r.kind},
          {"title", r.title},
          {"summary", r.summary},
          {"body", r.body},
          {"symptom", or_null(r.symptom)},
          {"cause", or_null(r.cause)},
          {"workaround", or_null(r.workaround)},
          {"keywords", r.keywords}};
}

nlohmann::json to_json(const Event& e) {
  return {{"at", e.at},
          {"actor", person_json(e.actor_user_id, e.actor_name)},
          {"action", e.action},
          {"from_status", or_null(e.from_status)},
          {"to_status", or_null(e.to_status)},
          {"note", or_null(e.note)}};
}

nlohmann::json to_json(const Link& l) {
  return {{"id", l.id},
          {"kind", l.kind},
          {"target", {{"id", l.target_id}, {"label", l.target_label}}},
          {"used", l.used},
          {"created_at", l.created_at},
          {"created_by", person_json(l.created_by, l.created_by_name)}};
}

}  // namespace simpul::modules::knowledge
