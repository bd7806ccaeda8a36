#include "modules/tickets/view.h"

#include "http/conditional.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/tickets/store.h"

namespace simpul::modules::tickets {

namespace {

const Text kOtherAgency{"Tiket ini milik perangkat daerah lain; operator hanya dapat membuka tiket perangkat daerahnya sendiri.",
                        "This ticket belongs to another agency; operators can only open their own agency's tickets."};

nlohmann::json or_null(const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nlohmann::json(nullptr); }

nlohmann::json named(const std::optional<int64_t>& id, const std::string& name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"name", name}};
}

nlohmann::json person(const std::optional<int64_t>& id, const std::string& display_name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"display_name", display_name}};
}

}  // namespace

nlohmann::json summary_json(const Ticket& t, const BusinessCalendar& cal, Instant now) {
  return {{"id", t.id},
          {"number", t.number},
          {"kind", t.kind},
          {"title", t.title},
          {"agency", {{"id", t.agency_id}, {"name", t.agency_name}, {"short_name", t.agency_short_name}}},
          {"service", named(t.service_id, t.service_name)},
          {"priority", t.priority},
          {"status", t.status},
          {"tier", t.tier},
          {"escalated", t.escalated},
          {"assignee", person(t.assignee_user_id, t.assignee_name)},
          {"opened_at", t.opened_at},
          {"paused", t.paused_since.has_value()},
          {"sla", {{"response", to_json(response_clock(t, cal, now))}, {"resolution", to_json(resolution_clock(t, cal, now))}}},
          {"version", t.version}};
}

nlohmann::json ticket_json(db::Connection& c, const auth::Principal& me, const Ticket& t, const BusinessCalendar& cal,
                           Instant now) {
  auto j = summary_json(t, cal, now);
  j["description"] = t.description;
  j["channel"] = t.channel;
  j["application"] = named(t.application_id, t.application_name);
  bool shown = may_work(me, t);
  j["reporter_hidden"] = !shown;
  j["reporter"] = nullptr;
  if (shown && (t.reporter_name || t.reporter_email || t.reporter_phone))
    j["reporter"] = {{"name", or_null(t.reporter_name)}, {"email", or_null(t.reporter_email)}, {"phone", or_null(t.reporter_phone)}};
  j["first_response_at"] = or_null(t.first_response_at);
  j["resolved_at"] = or_null(t.resolved_at);
  j["closed_at"] = or_null(t.closed_at);
  j["events"] = nlohmann::json::array();
  for (const auto& e : events(c, t.id))
    j["events"].push_back({{"id", e.id},
                           {"at", e.at},
                           {"actor", person(e.actor_id, e.actor_name)},
                           {"action", e.action},
                           {"from_status", or_null(e.from_status)},
                           {"to_status", or_null(e.to_status)},
                           {"from_tier", or_null(e.from_tier)},
                           {"to_tier", or_null(e.to_tier)},
                           {"reason", e.reason}});
  j["comments"] = nlohmann::json::array();
  for (const auto& m : comments(c, t.id))
    j["comments"].push_back({{"id", m.id},
                             {"at", m.at},
                             {"author", person(m.author_id, m.author_name)},
                             {"visibility", m.visibility},
                             {"body", m.body}});
  j["attachments"] = nlohmann::json::array();
  for (const auto& a : attachments(c, t.region_id, t.id))
    j["attachments"].push_back({{"id", a.id},
                                {"sha256", a.sha256},
                                {"name", a.name},
                                {"media_type", a.media_type},
                                {"size_bytes", a.size_bytes},
                                {"added_at", a.added_at}});
  j["links"] = nlohmann::json::array();
  for (const auto& l : links(c, t.id))
    j["links"].push_back({{"id", l.id},
                          {"kind", l.kind},
                          {"direction", l.direction},
                          {"ticket", {{"id", l.ticket_id}, {"number", l.number}, {"title", l.title}, {"status", l.status}}}});
  j["allowed_actions"] = allowed_actions(me, t);
  j["public"] = t.public_complaint;
  j["created_at"] = t.created_at;
  j["updated_at"] = t.updated_at;
  return j;
}

Ticket readable_ticket(db::Connection& c, const auth::Principal& me, int64_t ticket_id) {
  auto t = find(c, me.region_id, ticket_id);
  if (!t) throw ProblemError(Problem::not_found(kNotFound));
  if (!may_read(me, t->agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
  return *t;
}

http::Response ticket_response(db::Connection& c, const auth::Principal& me, int status, int64_t ticket_id) {
  auto t = readable_ticket(c, me, ticket_id);
  auto cal = service_desk::load_calendar(c, me.region_id);
  auto res = http::Response::json(status, ticket_json(c, me, t, cal, std::chrono::system_clock::now()));
  res.header("etag", http::etag(t.version));
  return res;
}

}  // namespace simpul::modules::tickets
