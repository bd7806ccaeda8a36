#pragma once
// One pass of the notification dispatcher: claim the due pending messages with a lease in
// one short transaction (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so several app servers
// share the work), send each outside any transaction, then record the outcome only if
// this pass still holds the claim. A failure is retried with back-off and given up after
// the eighth attempt (notifications/dispatch_rules.h). `simpul serve` runs a pass every
// few seconds; `simpul notifications send` runs one.
#include <chrono>
#include <cstddef>

#include "db/database.h"
#include "notifications/sender.h"

namespace simpul::notifications {

struct DispatchOptions {
  size_t batch = 50;                           // messages claimed per pass
  std::chrono::seconds lease{300};             // how long a claim keeps others away
  std::chrono::seconds backoff_base{60};       // 1, 2, 4 … minutes
};

struct DispatchReport {
  int sent = 0;
  int retrying = 0;    // failed this time, tried again later
  int failed = 0;      // given up
  int lost_claim = 0;  // sent or tried, but another dispatcher had taken the message over
};

DispatchReport dispatch_once(db::Database& db, Sender& sender, const DispatchOptions& options,
                             std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace simpul::notifications
