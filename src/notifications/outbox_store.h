#pragma once
// Reading the notification outbox and setting a given-up message pending again, for the
// ICT office's view of what the service desk sent (GET /api/v1/notifications).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace simpul::notifications {

struct OutboxEntry {
  int64_t id = 0;
  std::string region_id, recipient, subject, body, status;
  std::optional<int64_t> ticket_id;
  std::string ticket_number;
  int64_t attempts = 0;
  std::string next_attempt_at, created_at;
  std::optional<std::string> sent_at, last_error;
};

// Newest first; `before_id` pages; answers up to limit + 1.
std::vector<OutboxEntry> list_outbox(db::Connection& c, const std::string& region_id, const std::string& status,
                                     std::optional<int64_t> before_id, int limit);
std::optional<OutboxEntry> find_outbox(db::Connection& c, const std::string& region_id, int64_t id);
// Pending again, due now, with a fresh count of attempts; false when it was not failed any more.
bool set_pending_again(db::Connection& c, const std::string& region_id, int64_t id, const std::string& now);

}  // namespace simpul::notifications
