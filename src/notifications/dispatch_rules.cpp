#include "notifications/dispatch_rules.h"

#include <algorithm>

namespace simpul::notifications {

std::chrono::seconds backoff_after(int failed_attempts, std::chrono::seconds base) {
  int doublings = std::clamp(failed_attempts, 1, kMaxAttempts) - 1;
  return base * (int64_t{1} << doublings);
}

AfterFailure after_failure(int attempts_before, Instant now, std::chrono::seconds backoff_base) {
  AfterFailure out;
  out.attempts = std::max(attempts_before, 0) + 1;
  out.gives_up = out.attempts >= kMaxAttempts;
  out.next_attempt_at = now + backoff_after(out.attempts, backoff_base);
  return out;
}

Instant lease_end(Instant now, std::chrono::seconds lease) { return now + lease; }

bool claimable(const std::string& status, const std::string& next_attempt_at,
               const std::optional<std::string>& claimed_until, const std::string& now) {
  // RFC 3339 UTC with a fixed number of digits orders as text.
  return status == "pending" && next_attempt_at <= now && (!claimed_until || *claimed_until <= now);
}

bool may_retry(const std::string& status) { return status == "failed"; }

}  // namespace simpul::notifications
