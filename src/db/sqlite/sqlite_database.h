#pragma once
// SQLite backend: one file, WAL mode, foreign keys on, synchronous=FULL so an
// acknowledged write survives power loss. Many reader connections run in
// parallel; one writer connection takes writes one transaction at a time.
#include <memory>
#include <string>

#include "db/database.h"

namespace simpul::db {

std::unique_ptr<Database> open_sqlite(const std::string& path, const PoolOptions& options);

}  // namespace simpul::db
