#pragma once
// The storage interface every module uses. Two backends implement it: SQLite
// (embedded default) and PostgreSQL (scale). Modules write portable SQL with
// `?` placeholders; every statement is prepared and cached per connection, and
// values are always bound, never spliced into the SQL text.
//
//   db.read([&](Connection& c) { ... });   // a pooled reader, autocommit
//   db.write([&](Connection& c) { ... });  // one transaction: commit, or roll back on throw
#include <functional>
#include <optional>
#include <type_traits>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "db/value.h"

namespace simpul::db {

enum class Dialect { sqlite, postgresql };
const char* dialect_name(Dialect d);

// Failures from the database, classified so callers can map them to answers.
class Error : public std::runtime_error {
 public:
  enum class Kind { unique_violation, foreign_key_violation, check_violation, unavailable, other };
  Error(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual std::vector<Row> query(std::string_view sql, const Params& params = {}) = 0;
  // Runs a statement that returns no rows; answers the number of rows changed.
  virtual int64_t execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs trusted multi-statement SQL without parameters (migrations only).
  virtual void execute_script(std::string_view sql) = 0;
  virtual Dialect dialect() const = 0;
};

struct PoolOptions {
  unsigned readers = 4;  // SQLite: reader connections; PostgreSQL: pool size
};

class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;

  template <class F>
  auto read(F&& fn) {
    auto lease = acquire(false);
    return fn(*lease);
  }

  template <class F>
  auto write(F&& fn) {
    using Result = decltype(fn(std::declval<Connection&>()));
    if constexpr (std::is_void_v<Result>) {
      run_write([&](Connection& c) { fn(c); });
    } else {
      std::optional<Result> result;
      run_write([&](Connection& c) { result.emplace(fn(c)); });
      return std::move(*result);
    }
  }

 protected:
  // Runs one unit of work in a transaction: committed when it returns, rolled
  // back when it throws (the exception then reaches the caller). The default
  // takes a connection, BEGIN, work, COMMIT; SQLite overrides it with group commit.
  virtual void run_write(const std::function<void(Connection&)>& work);

  // A connection borrowed from the pool; the deleter gives it back.
  using Lease = std::unique_ptr<Connection, std::function<void(Connection*)>>;
  virtual Lease acquire(bool for_write) = 0;
  virtual void begin(Connection& c) = 0;
  virtual void commit(Connection& c) = 0;
  virtual void rollback(Connection& c) noexcept = 0;
};

// Opens "sqlite:PATH" or "postgresql://…"; throws Error(unavailable) with a clear message.
std::unique_ptr<Database> open_database(const std::string& url, const PoolOptions& options = {});

}  // namespace simpul::db
