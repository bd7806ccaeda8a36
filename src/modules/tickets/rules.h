#pragma once
// The rules of service desk tickets, pure (no I/O):
//   - who may read, work on and handle a ticket: a ticket lands at its agency's Service Desk
//     Tier 1 (the agency's operators) and goes up to Tier 2 at the ICT office (superadmin)
//     with a reason (Madiun Pasal 39 ayat (7)-(11), Batam Pasal 40, OKI Pasal 39, Kendari
//     Pasal 33, Probolinggo Pasal 27);
//   - the state machine of docs/service-desk-contract.md ("States and steps"): which step
//     may be taken from which status and tier, by whom, and what it changes;
//   - the SLA clocks: due times in business minutes, the pause while waiting for the
//     reporter, and each clock's state (met, breached, running, paused);
//   - what the bodies of create, edit and step requests may hold.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "core/lang.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/sla_clock.h"
#include "modules/tickets/model.h"

namespace simpul::modules::tickets {

using service_desk::BusinessCalendar;
using service_desk::Instant;

// ---- who
// Operators read only their own agency's tickets; every other staff role reads all.
bool may_read(const auth::Principal& me, int64_t agency_id);
// Comments, attachments, links and the reporter's personal data: the superadmin and the
// operators of the ticket's agency, at either tier.
bool may_work(const auth::Principal& me, const Ticket& t);
// The handler at the ticket's tier: Tier 1 = superadmin or an operator of the agency; Tier 2 = superadmin.
bool may_handle(const auth::Principal& me, const Ticket& t);
// A user (their role and agency) who may be assigned the ticket at its tier.
bool may_be_assigned(const std::string& role, std::optional<int64_t> agency_id, const Ticket& t);

// ---- steps
bool reason_required(const std::string& action);

struct StepRefusal {
  bool forbidden = false;  // true: 403, the caller may not take it at all; false: 409, not from this status
  Text why;
};
// Why `me` may not take `action` on `t` now; nothing when they may.
std::optional<StepRefusal> step_refusal(const std::string& action, const auth::Principal& me, const Ticket& t);
// The steps `me` may take now, in the contract's order.
std::vector<std::string> allowed_actions(const auth::Principal& me, const Ticket& t);

// Targets in business minutes (the region's sla_targets or the defaults).
using Targets = service_desk::SlaTarget;
// Sets response_due_at and resolution_due_at from opened_at and the minutes paused so far.
void set_due_times(Ticket& t, const BusinessCalendar& cal, const Targets& targets);

// Takes the step (already allowed) at `now`: status, tier, escalation, assignee, pause and
// the first response, resolution and closing times. `actor` is who takes it.
void take_step(Ticket& t, const std::string& action, std::optional<int64_t> actor, const BusinessCalendar& cal,
               const Targets& targets, Instant now);
// A public staff comment is a first response too.
void note_first_response(Ticket& t, Instant now);

// ---- SLA clocks
struct Clock {
  std::string due_at;
  std::string state;  // met | breached | running | paused
  int64_t minutes_left = 0;
};
Clock response_clock(const Ticket& t, const BusinessCalendar& cal, Instant now);
Clock resolution_clock(const Ticket& t, const BusinessCalendar& cal, Instant now);
nlohmann::json to_json(const Clock& clock);

// RFC 3339 UTC as stored ("2026-11-22T05:00:00.000Z") to an instant and back.
Instant instant_of(const std::string& rfc3339);
std::string rfc3339_of(Instant t);

// ---- bodies
struct ReporterInput {
  std::string name;
  std::optional<std::string> email, phone;
};

// The fields of a POST (create) or PATCH. For the nullable ones of a PATCH the outer
// optional says "given" and the inner the value (null clears).
struct TicketInput {
  std::optional<std::string> kind, title, description, priority, channel;
  std::optional<int64_t> agency_id;
  std::optional<std::optional<int64_t>> service_id, application_id, assignee_user_id;
  std::optional<ReporterInput> reporter;
};
// 422 validation-failed with every field error at once.
TicketInput parse_create(const nlohmann::json& body);
TicketInput parse_patch(const nlohmann::json& body);

struct StepInput {
  std::string action;
  std::string reason;
};
StepInput parse_step(const nlohmann::json& body);

struct CommentInput {
  std::string body;
  std::string visibility;
};
CommentInput parse_comment(const nlohmann::json& body);

std::string parse_attachment(const nlohmann::json& body);  // the file's sha256

struct LinkInput {
  int64_t other_ticket_id = 0;
  std::string kind;
};
LinkInput parse_link(const nlohmann::json& body);

// "LYN-2026-000123": the region's counter for the year of opening.
std::string ticket_number(int year, int64_t counter);

}  // namespace simpul::modules::tickets
