#pragma once
// Counts sign-in attempts per key (client address, username) in a sliding
// window, so guessing passwords is slow. In memory: each server counts its own.
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

  // Records an attempt; answers 0 when allowed, otherwise the seconds to wait.
  long attempt(const std::string& key, Clock::time_point now = Clock::now());

 private:
  size_t max_;
  std::chrono::seconds window_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> seen_;
  size_t calls_ = 0;
};

}  // namespace simpul::auth
