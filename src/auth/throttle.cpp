#include "auth/throttle.h"

namespace simpul::auth {

void Throttle::forget_quiet_keys(Clock::time_point now) {
  if (++calls_ % 1024 != 0) return;  // now and then, so memory stays bounded
  for (auto it = seen_.begin(); it != seen_.end();)
    it = (it->second.empty() || now - it->second.back() > window_) ? seen_.erase(it) : std::next(it);
}

long Throttle::wait_locked(std::deque<Clock::time_point>& times, Clock::time_point now) {
  while (!times.empty() && now - times.front() >= window_) times.pop_front();
  if (times.size() < max_) return 0;
  auto wait = std::chrono::duration_cast<std::chrono::seconds>(times.front() + window_ - now).count();
  return wait < 1 ? 1 : wait;
}

long Throttle::wait(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  auto it = seen_.find(key);
  return it == seen_.end() ? 0 : wait_locked(it->second, now);
}

void Throttle::record(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  forget_quiet_keys(now);
  seen_[key].push_back(now);
}

}  // namespace simpul::auth
