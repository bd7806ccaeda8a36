#include "notifications/dispatcher.h"

#include "core/clock.h"
#include "notifications/dispatch_rules.h"

namespace simpul::notifications {

namespace {

struct Claimed {
  Message message;
  int attempts = 0;
};

// Takes up to options.batch due messages with a lease ending at `token`.
std::vector<Claimed> claim(db::Database& db, const DispatchOptions& options, const std::string& now,
                           const std::string& token) {
  return db.write([&](db::Connection& c) {
    std::string sql =
        "SELECT notification_id, region_id, dedupe_key, recipient, subject, body, created_at, attempts, status, "
        "next_attempt_at, claimed_until FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= ? "
        "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_attempt_at, notification_id LIMIT ?";
    if (c.dialect() == db::Dialect::postgresql) sql += " FOR UPDATE SKIP LOCKED";
    std::vector<Claimed> out;
    for (auto& row : c.query(sql, {now, now, static_cast<int64_t>(options.batch)})) {
      std::optional<std::string> claimed_until;
      if (!row.is_null(10)) claimed_until = row.text(10);
      if (!claimable(row.text(8), row.text(9), claimed_until, now)) continue;
      Claimed m;
      m.message.id = row.int64(0);
      m.message.region_id = row.take_text(1);
      m.message.dedupe_key = row.take_text(2);
      m.message.recipient = row.take_text(3);
      m.message.subject = row.take_text(4);
      m.message.body = row.take_text(5);
      m.message.created_at = row.take_text(6);
      m.attempts = static_cast<int>(row.int64(7));
      // The condition again, so two claimers on SQLite can never both win one row.
      if (c.execute("UPDATE notification_outbox SET claimed_until = ? WHERE notification_id = ? AND status = 'pending' "
                    "AND (claimed_until IS NULL OR claimed_until <= ?)",
                    {token, m.message.id, now}) == 1)
        out.push_back(std::move(m));
    }
    return out;
  });
}

}  // namespace

DispatchReport dispatch_once(db::Database& db, Sender& sender, const DispatchOptions& options,
                             std::chrono::system_clock::time_point now) {
  DispatchReport report;
  std::string now_text = format_rfc3339(now);
  std::string token = format_rfc3339(lease_end(now, options.lease));
  for (auto& item : claim(db, options, now_text, token)) {
    SendResult result;
    try {
      result = sender.send(item.message);
    } catch (const std::exception& e) {
      result = {false, e.what()};
    }
    auto done_at = std::chrono::system_clock::now();
    int64_t changed = 0;
    if (result.ok) {
      changed = db.write([&](db::Connection& c) {
        return c.execute("UPDATE notification_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                         "claimed_until = NULL, last_error = NULL WHERE notification_id = ? AND claimed_until = ?",
                         {format_rfc3339(done_at), item.message.id, token});
      });
      if (changed == 1) ++report.sent;
    } else {
      auto next = after_failure(item.attempts, std::max(done_at, now), options.backoff_base);
      changed = db.write([&](db::Connection& c) {
        return c.execute("UPDATE notification_outbox SET status = ?, attempts = ?, next_attempt_at = ?, "
                         "claimed_until = NULL, last_error = ? WHERE notification_id = ? AND claimed_until = ?",
                         {std::string(next.gives_up ? "failed" : "pending"), static_cast<int64_t>(next.attempts),
                          format_rfc3339(next.next_attempt_at), result.error.substr(0, 1000), item.message.id, token});
      });
      if (changed == 1) ++(next.gives_up ? report.failed : report.retrying);
    }
    if (changed != 1) ++report.lost_claim;
  }
  return report;
}

}  // namespace simpul::notifications
