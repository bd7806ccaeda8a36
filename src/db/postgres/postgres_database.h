#pragma once
// PostgreSQL backend (libpq): a pool of connections, statements prepared once
// per connection, `?` placeholders numbered for the server.
#include <memory>
#include <string>

#include "db/database.h"

namespace simpul::db {

std::unique_ptr<Database> open_postgres(const std::string& url, const PoolOptions& options);

}  // namespace simpul::db
