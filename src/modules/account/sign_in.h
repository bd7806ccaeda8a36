#pragma once
// The sign-in rules, pure: how failures count towards a temporary lock.
#include <chrono>
#include <string>

namespace simpul::modules::account {

inline constexpr int kFailuresBeforeLock = 5;
inline constexpr std::chrono::minutes kLockDuration{15};

struct FailureOutcome {
  int failed_logins;         // the counter to store
  bool locks_now;            // this failure locks the account
};

FailureOutcome after_failure(int failed_logins_before);

}  // namespace simpul::modules::account
