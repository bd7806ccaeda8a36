#include "auth/throttle.h"

namespace simpul::auth {

long Throttle::attempt(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  if (++calls_ % 1024 == 0) {  // forget keys that went quiet, so memory stays bounded
    for (auto it = seen_.begin(); it != seen_.end();)
      it = (it->second.empty() || now - it->second.back() > window_) ? seen_.erase(it) : std::next(it);
  }
  auto& times = seen_[key];
  while (!times.empty() && now - times.front() >= window_) times.pop_front();
  if (times.size() >= max_) {
    auto wait = std::chrono::duration_cast<std::chrono::seconds>(times.front() + window_ - now).count();
    return wait < 1 ? 1 : wait;
  }
  times.push_back(now);
  return 0;
}

}  // namespace simpul::auth
