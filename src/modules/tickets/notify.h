#pragma once
// Who hears of a ticket step, and what they read (Bahasa Indonesia, plain text): a new
// ticket goes to the agency's Service Desk Tier 1 staff, an escalation to the Tier 2
// staff, and a public reply, a question or the resolution to the reporter (Madiun
// Pasal 39 ayat (7)-(11), Probolinggo Pasal 27: a single point of contact that tells
// the reporter the status). Messages are queued in the caller's transaction through the
// notification outbox; `event_key` ("event:12", "comment:5") makes each dedupe key
// ticket:<id>:<event_key>:<recipient>, so one step never queues a message twice.
//
// The tracking code of a public complaint is never put in an e-mail: the outbox keeps
// message bodies in the database, where only the code's hash may be, and e-mail is not
// a confidential channel. Messages point to the tracking page (/lacak) instead; the
// citizen types the code they were shown when filing.
#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"

namespace simpul::modules::tickets {

struct NotifiedTicket {
  int64_t id = 0;
  std::string region_id, number, title, status;
  int64_t agency_id = 0;
  std::optional<std::string> reporter_email;
};

void notify_opened(db::Connection& c, const NotifiedTicket& t, const std::string& event_key);     // Tier 1 staff of the agency; confirmation to the reporter
void notify_escalated(db::Connection& c, const NotifiedTicket& t, const std::string& event_key, const std::string& reason);  // Tier 2 staff
void notify_reporter(db::Connection& c, const NotifiedTicket& t, const std::string& event_key, const std::string& message);  // public reply, question, resolution

}  // namespace simpul::modules::tickets
