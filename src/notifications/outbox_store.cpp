#include "notifications/outbox_store.h"

namespace simpul::notifications {

namespace {

const char* kColumns =
    "SELECT o.notification_id, o.region_id, o.recipient, o.subject, o.body, o.status, o.ticket_id, t.number, o.attempts, "
    "o.next_attempt_at, o.created_at, o.sent_at, o.last_error FROM notification_outbox o "
    "LEFT JOIN tickets t ON t.ticket_id = o.ticket_id ";

std::optional<std::string> maybe_text(const db::Row& row, size_t i) {
  if (row.is_null(i)) return std::nullopt;
  return row.text(i);
}

OutboxEntry entry_of(db::Row& row) {
  OutboxEntry e;
  e.id = row.int64(0);
  e.region_id = row.take_text(1);
  e.recipient = row.take_text(2);
  e.subject = row.take_text(3);
  e.body = row.take_text(4);
  e.status = row.take_text(5);
  if (!row.is_null(6)) e.ticket_id = row.int64(6), e.ticket_number = row.text(7);
  e.attempts = row.int64(8);
  e.next_attempt_at = row.take_text(9);
  e.created_at = row.take_text(10);
  e.sent_at = maybe_text(row, 11);
  e.last_error = maybe_text(row, 12);
  return e;
}

}  // namespace

std::vector<OutboxEntry> list_outbox(db::Connection& c, const std::string& region_id, const std::string& status,
                                     std::optional<int64_t> before_id, int limit) {
  std::string sql = std::string(kColumns) + "WHERE o.region_id = ?";
  db::Params params{region_id};
  if (!status.empty()) sql += " AND o.status = ?", params.push_back(status);
  if (before_id) sql += " AND o.notification_id < ?", params.push_back(*before_id);
  sql += " ORDER BY o.notification_id DESC LIMIT ?";
  params.push_back(static_cast<int64_t>(limit + 1));
  std::vector<OutboxEntry> out;
  for (auto& row : c.query(sql, params)) out.push_back(entry_of(row));
  return out;
}

std::optional<OutboxEntry> find_outbox(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kColumns) + "WHERE o.region_id = ? AND o.notification_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return entry_of(rows[0]);
}

bool set_pending_again(db::Connection& c, const std::string& region_id, int64_t id, const std::string& now) {
  return c.execute("UPDATE notification_outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, "
                   "claimed_until = NULL WHERE region_id = ? AND notification_id = ? AND status = 'failed'",
                   {now, region_id, id}) == 1;
}

}  // namespace simpul::notifications
