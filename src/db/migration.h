#pragma once
// Numbered schema migrations (migrations/NNNN_name.sql, compiled into the
// binary). The rules (naming, planning, dialect rendering) are pure functions;
// migrate() applies a plan in one transaction and records it in schema_migrations.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "db/database.h"

namespace simpul::db {

struct MigrationSource {
  std::string file_name;  // e.g. "0001_regions.sql"
  std::string sql;
};
const std::vector<MigrationSource>& embedded_migrations();

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;
  std::string checksum;  // sha256 of the file text
};

struct AppliedMigration {
  int version = 0;
  std::string name;
  std::string checksum;
};

// "0007_service_desk.sql" -> {7, "service_desk"}; nullopt when the name does not fit.
std::optional<std::pair<int, std::string>> parse_migration_file_name(const std::string& file_name);

// Sorted, numbered 1..N without gaps or duplicates; throws std::invalid_argument otherwise.
std::vector<Migration> load_migrations(const std::vector<MigrationSource>& sources);

// The migrations still to apply, or the reason the database cannot be used by this binary.
using Plan = std::variant<std::vector<Migration>, std::string>;
Plan plan_migrations(const std::vector<AppliedMigration>& applied, const std::vector<Migration>& available);

// Replaces the few dialect tokens a migration may use: {{ID}} (auto-numbered
// primary key), {{BLOB}}, {{BIGINT}}, and blocks for one dialect only:
// {{SQLITE}} … {{END}}, {{POSTGRESQL}} … {{END}}. Throws std::invalid_argument on an
// unknown token or an unclosed block.
std::string render_for_dialect(const std::string& sql, Dialect dialect);

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // names, in order
};

class SchemaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Applies every pending migration in one transaction (all or nothing). Throws
// SchemaError when the database is newer than this binary or was altered.
MigrationReport migrate(Database& db, const std::vector<Migration>& available);

// The highest applied version (0 for an empty database).
int schema_version(Database& db);

}  // namespace simpul::db
