#include "db/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <filesystem>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <unordered_map>

#include "db/pool.h"

namespace simpul::db {

namespace {

Error::Kind classify(int extended_code) {
  switch (extended_code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return Error::Kind::unique_violation;
    case SQLITE_CONSTRAINT_FOREIGNKEY: return Error::Kind::foreign_key_violation;
    case SQLITE_CONSTRAINT_CHECK: return Error::Kind::check_violation;
  }
  int primary = extended_code & 0xFF;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN) return Error::Kind::unavailable;
  return Error::Kind::other;
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, bool read_only) {
    int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw Error(Error::Kind::unavailable, "cannot open SQLite database '" + path + "': " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    if (!read_only) {
      // The one writer keeps 32 MiB of pages (SQLite's default is 2 MiB): with a large database
      // a batch of changes otherwise spills changed pages into the WAL before its commit.
      execute_script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;");
    } else {
      // Each reader keeps 16 MiB of pages: the committee's views read the same index pages of
      // a large region again and again, and a 2 MiB cache sends them back to the file each time.
      execute_script("PRAGMA cache_size=-16384;");
    }
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  std::vector<Row> query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql, params);
    std::vector<Row> rows;
    int rc;
    int columns = sqlite3_column_count(stmt);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      std::vector<Value> values;
      values.reserve(columns);
      for (int i = 0; i < columns; ++i) values.push_back(column(stmt, i));
      rows.emplace_back(std::move(values));
    }
    finish(stmt, rc);
    return rows;
  }

  int64_t execute(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    finish(stmt, rc);
    return sqlite3_changes64(db_);
  }

  void execute_script(std::string_view sql) override {
    char* err = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      throw Error(classify(sqlite3_extended_errcode(db_)), msg);
    }
  }

  Dialect dialect() const override { return Dialect::sqlite; }

 private:
  sqlite3_stmt* prepare(std::string_view sql, const Params& params) {
    auto it = statements_.find(std::string(sql));
    sqlite3_stmt* stmt;
    if (it != statements_.end()) {
      stmt = it->second;
    } else {
      if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                             nullptr) != SQLITE_OK)
        throw Error(Error::Kind::other, std::string("SQL error: ") + sqlite3_errmsg(db_));
      statements_.emplace(std::string(sql), stmt);
    }
    if (static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) != params.size())
      throw Error(Error::Kind::other, "statement expects " + std::to_string(sqlite3_bind_parameter_count(stmt)) +
                                          " parameters, got " + std::to_string(params.size()));
    for (size_t i = 0; i < params.size(); ++i) bind(stmt, static_cast<int>(i + 1), params[i]);
    return stmt;
  }

  static void bind(sqlite3_stmt* stmt, int index, const Value& v) {
    if (auto p = std::get_if<int64_t>(&v)) sqlite3_bind_int64(stmt, index, *p);
    else if (auto d = std::get_if<double>(&v)) sqlite3_bind_double(stmt, index, *d);
    else if (auto s = std::get_if<std::string>(&v))
      sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
    else sqlite3_bind_null(stmt, index);
  }

  static Value column(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_INTEGER: return static_cast<int64_t>(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
      case SQLITE_NULL: return Null{};
      default: {
        auto p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt, i));
        return std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
      }
    }
  }

  void finish(sqlite3_stmt* stmt, int rc) {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_DONE) throw Error(classify(sqlite3_extended_errcode(db_)), sqlite3_errmsg(db_));
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// Group commit: a write waits in a queue; whoever finds no batch running
// becomes the leader, runs every queued write in one transaction (each in its
// own savepoint, so one failing write does not undo the others) and commits
// once: one fsync for the whole batch. Every writer is answered only after the
// commit that holds its write is durable.
class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(const std::string& path, const PoolOptions& options)
      : writer_(std::make_unique<SqliteConnection>(path, false)),
        readers_(options.readers, [path] { return std::make_unique<SqliteConnection>(path, true); }) {}

  Dialect dialect() const override { return Dialect::sqlite; }

 protected:
  Lease acquire(bool for_write) override {
    if (!for_write) return readers_.borrow(std::chrono::seconds(10));
    writer_mu_.lock();  // SQLite has one writer: writes queue here rather than on SQLITE_BUSY
    return {writer_.get(), [this](Connection*) { writer_mu_.unlock(); }};
  }

  void run_write(const std::function<void(Connection&)>& work) override {
    Job job{&work, nullptr};
    std::unique_lock lock(queue_mu_);
    queue_.push_back(&job);
    while (!job.done) {
      if (leading_) {
        queue_cv_.wait(lock);
        continue;
      }
      leading_ = true;
      std::vector<Job*> batch;
      batch.swap(queue_);
      lock.unlock();
      run_batch(batch);
      lock.lock();
      for (Job* j : batch) j->done = true;
      leading_ = false;
      queue_cv_.notify_all();
    }
    if (job.error) std::rethrow_exception(job.error);
  }
  void begin(Connection& c) override { c.execute("BEGIN IMMEDIATE"); }
  void commit(Connection& c) override { c.execute("COMMIT"); }
  void rollback(Connection& c) noexcept override {
    try {
      c.execute("ROLLBACK");
    } catch (...) {  // nothing to roll back (e.g. BEGIN failed)
    }
  }

 private:
  struct Job {
    const std::function<void(Connection&)>* work;
    std::exception_ptr error;
    bool done = false;
  };

  void run_batch(const std::vector<Job*>& batch) {
    auto lease = acquire(true);
    Connection& c = *lease;
    std::exception_ptr batch_error;
    try {
      begin(c);
      for (Job* job : batch) {
        c.execute("SAVEPOINT write_job");
        try {
          (*job->work)(c);
          c.execute("RELEASE write_job");
        } catch (...) {
          job->error = std::current_exception();
          c.execute("ROLLBACK TO write_job");
          c.execute("RELEASE write_job");
        }
      }
      commit(c);
    } catch (...) {  // BEGIN or COMMIT failed: no write of this batch happened
      batch_error = std::current_exception();
      rollback(c);
    }
    for (Job* job : batch)
      if (batch_error && !job->error) job->error = batch_error;
  }

  std::mutex queue_mu_;
  std::condition_variable queue_cv_;
  std::vector<Job*> queue_;
  bool leading_ = false;

  std::unique_ptr<SqliteConnection> writer_;
  std::mutex writer_mu_;
  Pool<SqliteConnection> readers_;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, const PoolOptions& options) {
  // SQLite's memory statistics take a process-wide mutex on every allocation,
  // which parallel readers then queue on. Simpul never reads them.
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  auto parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace simpul::db
