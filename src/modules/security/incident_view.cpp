#include "modules/security/incident_view.h"

#include <map>

#include "modules/security/incident_rules.h"
#include "modules/security/incident_store.h"
#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {
nlohmann::json notice_json(const NoticeView& v, const Notice* stored) {
  return {{"required", v.required},
          {"due_at", v.required || v.sent_at ? nlohmann::json(v.due_at) : nlohmann::json(nullptr)},
          {"sent_at", or_null(v.sent_at)},
          {"state", v.state},
          {"note", stored ? stored->note : ""},
          {"sha256", stored ? or_null(stored->sha256) : nlohmann::json(nullptr)}};
}

nlohmann::json notices_json(const Incident& i, Instant now, const std::vector<Notice>& stored) {
  const Notice* ict = nullptr;
  const Notice* owner = nullptr;
  for (const auto& n : stored) (n.kind == "ict_office" ? ict : owner) = &n;
  return {{"ict_office", notice_json(ict_office_notice(i, now), ict)},
          {"data_owner", notice_json(data_owner_notice(i, now), owner)}};
}

}  // namespace

nlohmann::json summary_json(const Incident& i, Instant now) {
  return {{"id", i.id},
          {"number", i.number},
          {"agency", {{"id", i.agency_id}, {"name", i.agency_name}, {"short_name", i.agency_short_name}}},
          {"title", i.title},
          {"severity", i.severity},
          {"serious", i.serious},
          {"stage", i.stage},
          {"detected_at", i.detected_at},
          {"reported_at", i.reported_at},
          {"closed_at", or_null(i.closed_at)},
          {"notices", notices_json(i, now, {})},
          {"overdue", has_overdue_notice(i, now)},
          {"open_too_long", is_open_too_long(i, now)},
          {"version", i.version}};
}

nlohmann::json detail_json(db::Connection& c, const Incident& i, const SecurityCitations& cited, Instant now) {
  auto j = summary_json(i, now);
  j["notices"] = notices_json(i, now, notices(c, i.id));
  j["description"] = i.description;
  j["lessons_learned"] = i.lessons_learned;
  j["links"] = nlohmann::json::array();
  for (const auto& l : links(c, i.id))
    j["links"].push_back({{"id", l.id}, {"kind", l.kind}, {"target_id", l.target_id}, {"label", l.label}, {"created_at", l.created_at}});
  j["events"] = nlohmann::json::array();
  for (const auto& e : events(c, i.id))
    j["events"].push_back({{"id", e.id},
                           {"at", e.at},
                           {"actor", actor_json(e.actor_user_id, e.actor_name)},
                           {"action", e.action},
                           {"from_stage", or_null(e.from_stage)},
                           {"to_stage", or_null(e.to_stage)},
                           {"note", e.note}});
  j["allowed_actions"] = allowed_actions(i.stage);
  j["citations"] = {{"ict_office", citation_json(cited.ict_office_report)},
                    {"data_owner", citation_json(cited.data_owner_notice)},
                    {"csirt", citation_json(cited.csirt)}};
  j["created_at"] = i.created_at;
  j["updated_at"] = i.updated_at;
  return j;
}

}  // namespace simpul::modules::security
