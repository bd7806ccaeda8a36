#include "db/database.h"

#include "db/postgres/postgres_database.h"
#include "db/sqlite/sqlite_database.h"

namespace simpul::db {

void Database::run_write(const std::function<void(Connection&)>& work) {
  auto lease = acquire(true);
  begin(*lease);
  try {
    work(*lease);
    commit(*lease);
  } catch (...) {
    rollback(*lease);
    throw;
  }
}

const char* dialect_name(Dialect d) { return d == Dialect::sqlite ? "sqlite" : "postgresql"; }

std::unique_ptr<Database> open_database(const std::string& url, const PoolOptions& options) {
  if (url.rfind("sqlite:", 0) == 0) return open_sqlite(url.substr(7), options);
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return open_postgres(url, options);
  throw Error(Error::Kind::unavailable, "unsupported database URL '" + url + "'");
}

}  // namespace simpul::db
