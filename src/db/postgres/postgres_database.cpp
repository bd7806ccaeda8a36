#include "db/postgres/postgres_database.h"

#include <libpq-fe.h>

#include <cstdio>
#include <unordered_map>

#include "db/placeholders.h"
#include "db/pool.h"

namespace simpul::db {

namespace {

// Type OIDs from PostgreSQL's pg_type catalogue that we turn into numbers.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Error::Kind classify(const PGresult* res, PGconn* conn) {
  if (PQstatus(conn) != CONNECTION_OK) return Error::Kind::unavailable;
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string s = state ? state : "";
  if (s == "23505") return Error::Kind::unique_violation;
  if (s == "23503") return Error::Kind::foreign_key_violation;
  if (s == "23514") return Error::Kind::check_violation;
  if (s.rfind("08", 0) == 0 || s == "57P01") return Error::Kind::unavailable;
  return Error::Kind::other;
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = conn_ ? PQerrorMessage(conn_) : "out of memory";
      PQfinish(conn_);
      throw Error(Error::Kind::unavailable, "cannot connect to PostgreSQL: " + trim(msg));
    }
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);  // NOTICEs are not errors
    Result r(PQexec(conn_, "SET TIME ZONE 'UTC'"), &PQclear);
  }

  ~PostgresConnection() override { PQfinish(conn_); }

  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE; }

  std::vector<Row> query(std::string_view sql, const Params& params) override {
    Result res = run(sql, params);
    int rows = PQntuples(res.get()), cols = PQnfields(res.get());
    std::vector<Row> out;
    out.reserve(rows);
    for (int r = 0; r < rows; ++r) {
      std::vector<Value> values;
      values.reserve(cols);
      for (int c = 0; c < cols; ++c) values.push_back(cell(res.get(), r, c));
      out.emplace_back(std::move(values));
    }
    return out;
  }

  int64_t execute(std::string_view sql, const Params& params) override {
    Result res = run(sql, params);
    const char* n = PQcmdTuples(res.get());
    return n && *n ? std::stoll(n) : 0;
  }

  void execute_script(std::string_view sql) override {
    Result res(PQexec(conn_, std::string(sql).c_str()), &PQclear);
    check(res.get());
  }

  Dialect dialect() const override { return Dialect::postgresql; }

 private:
  static std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }

  Result run(std::string_view sql, const Params& params) {
    const std::string& name = prepared_name(sql, params.size());
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) values[i] = to_text(params[i], text[i]);
    Result res(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                              nullptr, 0),
               &PQclear);
    check(res.get());
    return res;
  }

  const std::string& prepared_name(std::string_view sql, size_t nparams) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    std::string name = "s" + std::to_string(statements_.size() + 1);
    std::string numbered = number_placeholders(sql);
    Result res(PQprepare(conn_, name.c_str(), numbered.c_str(), static_cast<int>(nparams), nullptr), &PQclear);
    check(res.get());
    return statements_.emplace(std::string(sql), name).first->second;
  }

  static const char* to_text(const Value& v, std::string& storage) {
    if (std::holds_alternative<Null>(v)) return nullptr;
    if (auto p = std::get_if<int64_t>(&v)) storage = std::to_string(*p);
    else if (auto d = std::get_if<double>(&v)) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", *d);
      storage = buf;
    } else storage = std::get<std::string>(v);
    return storage.c_str();
  }

  static Value cell(const PGresult* res, int r, int c) {
    if (PQgetisnull(res, r, c)) return Null{};
    const char* v = PQgetvalue(res, r, c);
    switch (PQftype(res, c)) {
      case kInt2:
      case kInt4:
      case kInt8: return static_cast<int64_t>(std::stoll(v));
      case kBool: return static_cast<int64_t>(v[0] == 't' ? 1 : 0);
      case kFloat4:
      case kFloat8: return std::stod(v);
      default: return std::string(v, static_cast<size_t>(PQgetlength(res, r, c)));
    }
  }

  void check(const PGresult* res) {
    auto status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    std::string msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn_);
    throw Error(classify(res, conn_), trim(msg));
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> statements_;
};

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(const std::string& url, const PoolOptions& options)
      : pool_(options.readers + 1, [url] { return std::make_unique<PostgresConnection>(url); },
              [](PostgresConnection& c) { return c.healthy(); }) {
    pool_.borrow(std::chrono::seconds(1));  // fail at start-up, not on the first request
  }

  Dialect dialect() const override { return Dialect::postgresql; }

 protected:
  Lease acquire(bool) override { return pool_.borrow(std::chrono::seconds(10)); }
  void begin(Connection& c) override { c.execute_script("BEGIN"); }
  void commit(Connection& c) override { c.execute_script("COMMIT"); }
  void rollback(Connection& c) noexcept override {
    try {
      c.execute_script("ROLLBACK");
    } catch (...) {  // the connection is gone; the pool drops it
    }
  }

 private:
  Pool<PostgresConnection> pool_;
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& url, const PoolOptions& options) {
  return std::make_unique<PostgresDatabase>(url, options);
}

}  // namespace simpul::db
