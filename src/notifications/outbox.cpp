#include "notifications/outbox.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace simpul::notifications {

bool enqueue(db::Connection& c, const OutgoingMessage& m, const std::string& now) {
  // ON CONFLICT … DO NOTHING reads the same on SQLite (3.24+) and PostgreSQL: a second
  // queueing of one step is not an error and does not abort the caller's transaction.
  auto changed = c.execute(
      "INSERT INTO notification_outbox (region_id, dedupe_key, channel, recipient, subject, body, ticket_id, "
      "status, attempts, next_attempt_at, created_at) VALUES (?, ?, 'email', ?, ?, ?, ?, 'pending', 0, ?, ?) "
      "ON CONFLICT (region_id, dedupe_key) DO NOTHING",
      {m.region_id, m.dedupe_key, m.recipient, m.subject, m.body,
       m.ticket_id ? db::Value(*m.ticket_id) : db::Value(db::Null{}), now, now});
  return changed > 0;
}

std::string normalised_address(const std::string& email) {
  std::string out = trimmed(email);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return out;
}

}  // namespace simpul::notifications
