#include "modules/tickets/steps.h"

#include "app/record_change.h"
#include "modules/tickets/store.h"

namespace simpul::modules::tickets {

NotifiedTicket notified(const Ticket& t) {
  return {t.id, t.region_id, t.number, t.title, t.status, t.agency_id, t.reporter_email};
}

Event event_of(const Ticket& t, std::optional<int64_t> actor, const std::string& action, const std::string& reason,
               const std::string& at, bool moves) {
  Event e;
  e.at = at;
  e.actor_id = actor;
  e.action = action;
  e.reason = reason;
  if (moves) e.to_status = t.status, e.to_tier = t.tier;
  return e;
}

int64_t record_event(db::Connection& c, const Ticket& t, const Event& e) { return insert_event(c, t.region_id, t.id, e); }

int64_t save_change(db::Connection& c, const audit::Context& audit, const std::string& audit_action, const Ticket& before,
                    Ticket& after, Event e) {
  if (!commit_change(c, audit, audit_action, "ticket", before, after, record_json, update)) {
    // Nothing of the record changed (a step that only leaves a note): the version still moves on.
    after.updated_at = e.at;
    after.version = before.version + 1;
    if (!update(c, after, before.version)) check_version(after.version, before.version);
    audit::append(c, audit, audit_action, "ticket", std::to_string(after.id), {{"event", {{"before", nullptr}, {"after", e.action}}}});
  }
  if (e.to_status) e.from_status = before.status, e.from_tier = before.tier;
  return record_event(c, after, e);
}

int64_t save_child_change(db::Connection& c, const audit::Context& audit, const std::string& audit_action, Ticket& t,
                          const std::string& child_name, const nlohmann::json& child, const Event& e) {
  commit_child_added(c, audit, audit_action, "ticket", t, child_name, child, update);
  t.version += 1;
  return record_event(c, t, e);
}

}  // namespace simpul::modules::tickets
