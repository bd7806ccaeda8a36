#pragma once
// Writing a ticket's change: the row, its audit entry and its event (the ticket's history of
// every step, Madiun Pasal 39 ayat (10): the service desk records what happens to each report),
// all in the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>

#include "audit/log.h"
#include "db/database.h"
#include "modules/tickets/model.h"
#include "modules/tickets/notify.h"

namespace simpul::modules::tickets {

// What the notifications need to know of the ticket.
NotifiedTicket notified(const Ticket& t);

// An event of `t` (its status and tier as they are now) taken by `actor` at `at`; from_* are
// the status and tier before a step, nothing for events that do not move the ticket.
Event event_of(const Ticket& t, std::optional<int64_t> actor, const std::string& action, const std::string& reason,
               const std::string& at, bool moves);
int64_t record_event(db::Connection& c, const Ticket& t, const Event& e);

// Saves `after` where `before`'s version is still stored (412 otherwise), with its audit entry
// (`audit_action`) and the event `e`. Answers the event's id; `after` gets its new version.
int64_t save_change(db::Connection& c, const audit::Context& audit, const std::string& audit_action, const Ticket& before,
                    Ticket& after, Event e);

// A comment, attachment or link was added to `t` (or a link removed: child_name says which):
// the ticket's version moves on (a form opened before gets 412) and the audit entry and the
// event sit on the ticket. `t` gets its new version.
int64_t save_child_change(db::Connection& c, const audit::Context& audit, const std::string& audit_action, Ticket& t,
                          const std::string& child_name, const nlohmann::json& child, const Event& e);

}  // namespace simpul::modules::tickets
