#pragma once
// What the ticket routes answer: TicketSummary and Ticket of docs/service-desk-contract.md,
// with the SLA clocks computed at the moment of the request, and the reporter's personal data
// only for those who handle the ticket (superadmin, operators of its agency).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/message.h"
#include "modules/tickets/rules.h"

namespace simpul::modules::tickets {

inline const std::string kBase = "/api/v1/tickets";
inline const Text kNotFound{"Tiket tidak ditemukan.", "Ticket not found."};

nlohmann::json summary_json(const Ticket& t, const BusinessCalendar& cal, Instant now);
nlohmann::json ticket_json(db::Connection& c, const auth::Principal& me, const Ticket& t, const BusinessCalendar& cal,
                           Instant now);

// The ticket for a caller who may read it: 404 when the region has none, 403 when it belongs
// to another agency than the operator's.
Ticket readable_ticket(db::Connection& c, const auth::Principal& me, int64_t ticket_id);
// The ticket as the caller sees it, with its ETag.
http::Response ticket_response(db::Connection& c, const auth::Principal& me, int status, int64_t ticket_id);

}  // namespace simpul::modules::tickets
