// The notification outbox and its dispatcher: queued once per step (the dedupe key), sent
// outside the transaction, marked only by the claimer whose lease is current, retried with
// back-off 1, 2, 4 … minutes and given up after the eighth attempt (the service desk tells
// reporters and staff of each step: Madiun Pasal 39 ayat (7)-(11), Probolinggo Pasal 27).
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <unistd.h>

#include "core/clock.h"
#include "db/database.h"
#include "db/migration.h"
#include "notifications/dispatch_rules.h"
#include "notifications/dispatcher.h"
#include "notifications/outbox.h"
#include "notifications/spool_sender.h"

using namespace simpul;
using namespace simpul::notifications;
using namespace std::chrono_literals;

namespace {

Instant at(const std::string& rfc3339) {
  std::tm tm{};
  strptime(rfc3339.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

}  // namespace

TEST(NotificationDispatchRules, BackOffDoublesFromTheBase) {
  EXPECT_EQ(backoff_after(1, 60s), 1min);
  EXPECT_EQ(backoff_after(2, 60s), 2min);
  EXPECT_EQ(backoff_after(3, 60s), 4min);
  EXPECT_EQ(backoff_after(7, 60s), 64min);
  EXPECT_EQ(backoff_after(1, 0s), 0s);
}

TEST(NotificationDispatchRules, GivesUpAfterTheEighthAttempt) {
  auto now = at("2026-11-30T02:00:00Z");
  auto first = after_failure(0, now, 60s);
  EXPECT_EQ(first.attempts, 1);
  EXPECT_FALSE(first.gives_up);
  EXPECT_EQ(first.next_attempt_at, now + 1min);
  auto seventh = after_failure(6, now, 60s);
  EXPECT_EQ(seventh.attempts, 7);
  EXPECT_FALSE(seventh.gives_up);
  EXPECT_EQ(seventh.next_attempt_at, now + 64min);
  auto eighth = after_failure(7, now, 60s);
  EXPECT_EQ(eighth.attempts, kMaxAttempts);
  EXPECT_TRUE(eighth.gives_up);
}

TEST(NotificationDispatchRules, OnlyDueUnleasedPendingMessagesAreClaimed) {
  const std::string now = "2026-11-30T02:00:00.000Z";
  EXPECT_TRUE(claimable("pending", "2026-11-30T01:59:00.000Z", std::nullopt, now));
  EXPECT_TRUE(claimable("pending", now, std::nullopt, now));
  EXPECT_FALSE(claimable("pending", "2026-11-30T02:00:00.001Z", std::nullopt, now));  // not yet due
  EXPECT_FALSE(claimable("pending", now, std::string("2026-11-30T02:04:00.000Z"), now));  // someone's lease runs
  EXPECT_TRUE(claimable("pending", now, std::string("2026-11-30T01:59:59.999Z"), now));   // lease ran out
  EXPECT_FALSE(claimable("sent", now, std::nullopt, now));
  EXPECT_FALSE(claimable("failed", now, std::nullopt, now));
  EXPECT_EQ(lease_end(at("2026-11-30T02:00:00Z"), 300s), at("2026-11-30T02:05:00Z"));
}

TEST(NotificationDispatchRules, OnlyFailedMessagesCanBeRetriedByHand) {
  EXPECT_TRUE(may_retry("failed"));
  EXPECT_FALSE(may_retry("pending"));
  EXPECT_FALSE(may_retry("sent"));
}

TEST(NotificationSpool, EmlHasEncodedSubjectAndCrlfLines) {
  Message m;
  m.id = 7;
  m.region_id = "kota-madiun";
  m.recipient = "siti@contoh.id";
  m.subject = "[LYN-2026-000001] Laporan\r\nBcc: korban@contoh.id";
  m.body = "Baris satu\nBaris dua";
  auto eml = render_eml(m, "Simpul <no-reply@simpul.invalid>", at("2026-11-30T02:00:00Z"));
  EXPECT_NE(eml.find("To: siti@contoh.id\r\n"), std::string::npos);
  EXPECT_NE(eml.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(eml.find("Bcc:"), std::string::npos);  // the subject cannot add a header
  EXPECT_NE(eml.find("Date: Mon, 30 Nov 2026 02:00:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(eml.find("\r\n\r\nBaris satu\r\nBaris dua\r\n"), std::string::npos);
  m.recipient = "siti@contoh.id\r\nBcc: x@y.z";
  EXPECT_EQ(render_eml(m, "Simpul <no-reply@simpul.invalid>", at("2026-11-30T02:00:00Z")), "");
}

namespace {

// Records what it was asked to send; fails while `failing`; may run something mid-send.
class FakeSender : public Sender {
 public:
  SendResult send(const Message& m) override {
    sent.push_back(m.id);
    if (during_send) {
      auto hook = std::move(during_send);
      during_send = nullptr;
      hook();
    }
    if (failing) return {false, "relay refused"};
    return {true, {}};
  }
  std::vector<int64_t> sent;
  bool failing = false;
  std::function<void()> during_send;
};

class NotificationDispatcher : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("simpul-notify-" + std::to_string(::getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "n.db").string());
    db::migrate(*db_, db::load_migrations(db::embedded_migrations()));
    db_->write([](db::Connection& c) {
      c.execute("INSERT INTO regions (region_id, name, kind, time_zone, domain, profile, created_at, updated_at)"
                " VALUES ('kota-madiun', 'Kota Madiun', 'kota', 'Asia/Jakarta', 'madiunkota.go.id', 'madiun', 'x', 'x')");
    });
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  bool queue(const std::string& key, const std::string& when = "2026-11-30T01:00:00.000Z") {
    return db_->write([&](db::Connection& c) {
      return enqueue(c, {"kota-madiun", key, "siti@contoh.id", "Subjek", "Isi", std::nullopt}, when);
    });
  }
  db::Row row(const std::string& key) {
    return db_->read([&](db::Connection& c) {
      return c.query("SELECT status, attempts, next_attempt_at, claimed_until, sent_at, last_error FROM notification_outbox "
                     "WHERE dedupe_key = ?", {key}).at(0);
    });
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
};

}  // namespace

TEST_F(NotificationDispatcher, TheSameStepIsQueuedOnce) {
  EXPECT_TRUE(queue("ticket:1:event:1:siti@contoh.id"));
  EXPECT_FALSE(queue("ticket:1:event:1:siti@contoh.id"));
  EXPECT_TRUE(queue("ticket:1:event:2:siti@contoh.id"));
  auto n = db_->read([](db::Connection& c) { return c.query("SELECT COUNT(*) FROM notification_outbox").at(0).int64(0); });
  EXPECT_EQ(n, 2);
}

TEST_F(NotificationDispatcher, SendsDueMessagesOnceAndMarksThemSent) {
  queue("a");
  queue("later", "2026-11-30T03:00:00.000Z");
  FakeSender sender;
  auto report = dispatch_once(*db_, sender, {}, at("2026-11-30T02:00:00Z"));
  EXPECT_EQ(report.sent, 1);
  EXPECT_EQ(sender.sent.size(), 1u);
  EXPECT_EQ(row("a").text(0), "sent");
  EXPECT_FALSE(row("a").is_null(4));
  EXPECT_TRUE(row("a").is_null(3));
  EXPECT_EQ(row("later").text(0), "pending");
  report = dispatch_once(*db_, sender, {}, at("2026-11-30T02:01:00Z"));
  EXPECT_EQ(report.sent, 0);
  EXPECT_EQ(sender.sent.size(), 1u);
}

TEST_F(NotificationDispatcher, FailuresBackOffThenGiveUpAfterEightAttempts) {
  queue("a");
  FakeSender sender;
  sender.failing = true;
  auto now = at("2026-11-30T02:00:00Z");
  auto report = dispatch_once(*db_, sender, {}, now);
  EXPECT_EQ(report.retrying, 1);
  EXPECT_EQ(row("a").text(0), "pending");
  EXPECT_EQ(row("a").int64(1), 1);
  EXPECT_EQ(row("a").text(5), "relay refused");
  // Not again before the back-off has passed.
  EXPECT_EQ(dispatch_once(*db_, sender, {}, now + 30s).retrying, 0);
  EXPECT_EQ(sender.sent.size(), 1u);
  for (int attempt = 2; attempt <= kMaxAttempts; ++attempt) {
    now += 3h;  // past any back-off
    dispatch_once(*db_, sender, {}, now);
    EXPECT_EQ(row("a").int64(1), attempt);
  }
  EXPECT_EQ(row("a").text(0), "failed");
  EXPECT_EQ(sender.sent.size(), static_cast<size_t>(kMaxAttempts));
  EXPECT_EQ(dispatch_once(*db_, sender, {}, now + 24h).sent, 0);
  EXPECT_EQ(sender.sent.size(), static_cast<size_t>(kMaxAttempts));
}

TEST_F(NotificationDispatcher, AClaimHoldsOffOtherDispatchersAndOnlyTheCurrentClaimerMarks) {
  queue("a");
  FakeSender slow, other;
  auto now = at("2026-11-30T02:00:00Z");
  DispatchReport during_lease, after_lease;
  slow.during_send = [&] {
    // While the first dispatcher is still sending: a second one within the lease finds nothing…
    during_lease = dispatch_once(*db_, other, {}, now + 1min);
    // …one after the lease ran out takes the message over and sends it.
    after_lease = dispatch_once(*db_, other, {}, now + 10min);
  };
  auto first = dispatch_once(*db_, slow, {}, now);
  EXPECT_EQ(during_lease.sent, 0);
  EXPECT_EQ(after_lease.sent, 1);
  EXPECT_EQ(first.sent, 0);
  EXPECT_EQ(first.lost_claim, 1);  // its lease was no longer the current one
  EXPECT_EQ(row("a").text(0), "sent");
  EXPECT_EQ(row("a").int64(1), 1);  // one outcome recorded, not two
}
