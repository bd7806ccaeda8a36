#pragma once
// Opening a ticket: the one way a ticket comes into being, for staff (POST /api/v1/tickets)
// and for the public complaint channel alike. It lands at its agency's Service Desk Tier 1
// (Madiun Pasal 39 ayat (7)-(8)) with a readable number, its SLA due times and its first step.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul::modules::tickets {

struct NewTicket {
  std::string kind, channel, title, description, priority;
  int64_t agency_id = 0;
  std::optional<int64_t> service_id, application_id, reporter_user_id;
  std::optional<std::string> reporter_name, reporter_email, reporter_phone, tracking_code_hash;
};
struct Opened {
  int64_t id = 0;
  std::string number, status, opened_at;
  int64_t version = 1;
};

// Opens a ticket at its agency's Tier 1 inside the caller's transaction: the number, the SLA due times, the first
// event, the search document, the notifications and the audit entry. The input is already checked.
// The region is the audit context's.
Opened open_ticket(db::Connection& c, const audit::Context& audit, const NewTicket& t,
                   std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace simpul::modules::tickets
