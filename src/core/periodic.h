#pragma once
// Runs a task every `interval` on its own thread until destroyed (then once more).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace simpul {

class Periodic {
 public:
  Periodic(std::chrono::milliseconds interval, std::function<void()> task)
      : interval_(interval), task_(std::move(task)), thread_([this] { loop(); }) {}
  ~Periodic() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }
  Periodic(const Periodic&) = delete;
  Periodic& operator=(const Periodic&) = delete;

 private:
  void loop() {
    std::unique_lock lock(mu_);
    while (true) {
      bool stop = cv_.wait_for(lock, interval_, [this] { return stopping_; });
      lock.unlock();
      task_();
      lock.lock();
      if (stop) return;
    }
  }

  std::chrono::milliseconds interval_;
  std::function<void()> task_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace simpul
