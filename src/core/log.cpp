#include "core/log.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "core/clock.h"

namespace simpul::log {

namespace {

std::atomic<int> g_level{static_cast<int>(Level::info)};

// Lines are appended to a buffer under a short lock; one thread drains it.
class Sink {
 public:
  Sink() : writer_([this] { run(); }) {}
  ~Sink() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    cv_.notify_one();
    writer_.join();
  }

  void append(std::string line) {
    bool wake;
    {
      std::lock_guard lock(mu_);
      pending_ += line;
      pending_ += '\n';
      wake = pending_.size() > kWakeBytes;
    }
    if (wake) cv_.notify_one();
  }

  void flush() {
    std::string out;
    {
      std::lock_guard lock(mu_);
      out.swap(pending_);
    }
    emit(out);
  }

 private:
  static constexpr size_t kWakeBytes = 64 * 1024;

  void run() {
    std::unique_lock lock(mu_);
    while (true) {
      cv_.wait_for(lock, std::chrono::milliseconds(50), [this] { return stopping_ || pending_.size() > kWakeBytes; });
      std::string out;
      out.swap(pending_);
      bool stop = stopping_;
      lock.unlock();
      emit(out);
      lock.lock();
      if (stop && pending_.empty()) return;
    }
  }

  static void emit(const std::string& out) {
    if (out.empty()) return;
    std::lock_guard lock(emit_mu());
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
  }
  static std::mutex& emit_mu() {
    static std::mutex m;
    return m;
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::string pending_;
  bool stopping_ = false;
  std::thread writer_;
};

Sink& sink() {
  static Sink s;
  return s;
}

}  // namespace

std::optional<Level> parse_level(std::string_view name) {
  if (name == "debug") return Level::debug;
  if (name == "info") return Level::info;
  if (name == "warn") return Level::warn;
  if (name == "error") return Level::error;
  return std::nullopt;
}

const char* level_name(Level level) {
  switch (level) {
    case Level::debug: return "debug";
    case Level::info: return "info";
    case Level::warn: return "warn";
    case Level::error: return "error";
  }
  return "info";
}

void set_level(Level level) { g_level = static_cast<int>(level); }
bool enabled(Level level) { return static_cast<int>(level) >= g_level.load(std::memory_order_relaxed); }

void write(Level level, std::string_view msg, nlohmann::json fields) {
  if (!enabled(level)) return;
  nlohmann::json line = {{"ts", now_rfc3339()}, {"level", level_name(level)}, {"msg", msg}};
  if (fields.is_object()) line.update(fields);
  sink().append(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void write_line(std::string line) { sink().append(std::move(line)); }

void flush() { sink().flush(); }

}  // namespace simpul::log
