#pragma once
// Writing and reading the audit log. append() must run inside the caller's
// write transaction, so a mutation and its entry commit or fail together.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/chain.h"
#include "db/database.h"

namespace simpul::audit {

struct Actor {
  std::optional<int64_t> id;
  std::string username;
  std::string role;
};

// Who did it, from where, in which request.
struct Context {
  std::string region_id;
  Actor actor;
  std::string request_id;
  std::string client;
};

Entry append(db::Connection& c, const Context& ctx, const std::string& action, const std::string& entity_type,
             const std::string& entity_id, const nlohmann::json& changes);

// Many appends in one transaction (a spreadsheet import of thousands of records): while a
// Batch is open on this thread and connection, append() keeps each chain's head in memory
// and finish() writes it once. Without it every append rewrites the head row, and on
// PostgreSQL thousands of rewrites of one row in one transaction slow every next one.
// The head row is locked when first used, as append() locks it, so chains stay in order.
class Batch {
 public:
  explicit Batch(db::Connection& c);
  ~Batch();  // without finish() (the transaction failed): the heads are simply forgotten
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  void finish();  // writes the heads; call before the transaction commits
};

struct Filter {
  std::string region_id;
  std::optional<std::string> actor, action, entity_type, entity_id, from, to;
  std::optional<int64_t> before_seq;  // paging: entries older than this
  int limit = 50;
};

// Newest first.
std::vector<Entry> list(db::Connection& c, const Filter& filter);

// Up to `limit` entries of a region with after_seq < seq <= up_to_seq, oldest first (for verification).
std::vector<Entry> page(db::Connection& c, const std::string& region_id, int64_t after_seq, int limit,
                        int64_t up_to_seq = INT64_MAX);

nlohmann::json to_json(const Entry& e);

}  // namespace simpul::audit
