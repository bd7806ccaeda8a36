#pragma once
// When an outbox message is tried again, and when the dispatcher gives up on it. Pure
// rules, no I/O: the dispatcher applies them, unit tests pin them down.
//  - A claim is a lease: the claimer owns the message until `claimed_until`; the lease
//    end it wrote is its token, and only the holder of the current token may record the
//    outcome, so a message is never marked by two senders.
//  - A failed send is tried again after 1, 2, 4, 8 … times the back-off base (one minute
//    by default); after the eighth failed attempt the message is `failed` and waits for
//    the ICT office to retry it by hand.
#include <chrono>
#include <optional>
#include <string>

namespace simpul::notifications {

using Instant = std::chrono::system_clock::time_point;

constexpr int kMaxAttempts = 8;

// The wait before the next attempt after `failed_attempts` (>= 1) failures: base * 2^(failed_attempts-1).
std::chrono::seconds backoff_after(int failed_attempts, std::chrono::seconds base);

struct AfterFailure {
  int attempts = 0;        // attempts so far, this one included
  bool gives_up = false;   // status becomes `failed`
  Instant next_attempt_at;  // when not giving up
};
AfterFailure after_failure(int attempts_before, Instant now, std::chrono::seconds backoff_base);

// The end of a lease taken at `now`; also the claimer's token.
Instant lease_end(Instant now, std::chrono::seconds lease);

// Whether a message in this state may be claimed at `now` (times as stored, RFC 3339 UTC).
bool claimable(const std::string& status, const std::string& next_attempt_at,
               const std::optional<std::string>& claimed_until, const std::string& now);

// Whether the ICT office may set a message pending again: only a message the dispatcher gave up on.
bool may_retry(const std::string& status);

}  // namespace simpul::notifications
