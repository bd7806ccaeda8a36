#pragma once
// A small blocking pool of connections, shared by both backends. Connections
// are created on demand up to `capacity`; a caller waits when all are busy.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "db/database.h"

namespace simpul::db {

template <class Conn>
class Pool {
 public:
  using Factory = std::function<std::unique_ptr<Conn>()>;
  using Healthy = std::function<bool(Conn&)>;

  Pool(size_t capacity, Factory make, Healthy healthy = [](Conn&) { return true; })
      : capacity_(capacity), make_(std::move(make)), healthy_(std::move(healthy)) {}

  // Borrows a connection; it returns to the pool when the pointer is destroyed.
  std::unique_ptr<Connection, std::function<void(Connection*)>> borrow(std::chrono::milliseconds wait) {
    std::unique_lock lock(mu_);
    if (!cv_.wait_for(lock, wait, [&] { return !idle_.empty() || created_ < capacity_; }))
      throw Error(Error::Kind::unavailable, "all database connections are busy");
    std::unique_ptr<Conn> conn;
    if (!idle_.empty()) {
      conn = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++created_;
      lock.unlock();
      try {
        conn = make_();
      } catch (...) {
        std::lock_guard relock(mu_);
        --created_;
        cv_.notify_one();
        throw;
      }
    }
    Conn* raw = conn.release();
    return {raw, [this](Connection* c) { give_back(static_cast<Conn*>(c)); }};
  }

 private:
  void give_back(Conn* c) {
    std::unique_ptr<Conn> conn(c);
    bool keep = healthy_(*conn);
    std::lock_guard lock(mu_);
    if (keep) idle_.push_back(std::move(conn));
    else --created_;  // a broken connection is dropped; a fresh one is made on demand
    cv_.notify_one();
  }

  size_t capacity_;
  Factory make_;
  Healthy healthy_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> idle_;
  size_t created_ = 0;
};

}  // namespace simpul::db
