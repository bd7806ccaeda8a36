#pragma once
// The notification outbox: e-mails a change must send are written as rows of
// `notification_outbox` in the same transaction as the change, so a message is queued
// exactly when its change commits; the dispatcher sends them afterwards. Every message
// has a dedupe key unique within its region, so queueing the same step twice keeps one
// row. The service desk tells staff and reporters of ticket steps this way (Madiun
// Pasal 39 ayat (7)-(11), Probolinggo Pasal 27: status information to the reporter).
#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"

namespace simpul::notifications {

struct OutgoingMessage {
  std::string region_id;
  std::string dedupe_key;  // e.g. "ticket:12:event:40:ani@dinkes.go.id"
  std::string recipient;   // e-mail address
  std::string subject;
  std::string body;        // plain text
  std::optional<int64_t> ticket_id;
};

// Queues `m` as pending, due at `now`, inside the caller's transaction. Answers false
// (and changes nothing) when a message with the same region and dedupe key exists.
bool enqueue(db::Connection& c, const OutgoingMessage& m, const std::string& now);

// The form every address takes in dedupe keys and the outbox: trimmed, lower case.
std::string normalised_address(const std::string& email);

}  // namespace simpul::notifications
