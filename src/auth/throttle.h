#pragma once
// Counts events per key (client address, username) in a sliding window, so
// guessing passwords is slow. In memory: each server counts its own.
#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace simpul::auth {

class Throttle {
 public:
  using Clock = std::chrono::steady_clock;
  Throttle(size_t max_attempts, std::chrono::seconds window) : max_(max_attempts), window_(window) {}

  // Only asks: 0 when another attempt would be allowed, otherwise the seconds to wait.
  long wait(const std::string& key, Clock::time_point now = Clock::now());
  // Only counts (e.g. a failed password), without asking.
  void record(const std::string& key, Clock::time_point now = Clock::now());

 private:
  long wait_locked(std::deque<Clock::time_point>& times, Clock::time_point now);
  void forget_quiet_keys(Clock::time_point now);

  size_t max_;
  std::chrono::seconds window_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> seen_;
  size_t calls_ = 0;
};

}  // namespace simpul::auth
