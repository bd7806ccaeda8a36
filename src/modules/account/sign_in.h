#pragma once
// The sign-in rules, pure: when failures lock an account, and for how long.
#include <chrono>

namespace simpul::modules::account {

inline constexpr int kFailuresBeforeLock = 5;
inline constexpr std::chrono::minutes kLockDuration{15};

// After a failure has been counted: does this count lock the account now?
inline bool locks_after(int failed_logins) { return failed_logins >= kFailuresBeforeLock; }

}  // namespace simpul::modules::account
