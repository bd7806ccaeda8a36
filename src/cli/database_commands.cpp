// `simpul migrate` and `simpul demo`.
#include <iostream>

#include "cli/commands.h"
#include "db/migration.h"
#include "modules/regions/demo.h"

namespace simpul::cli {

namespace {
// Opens and migrates the database, printing what happened; nullptr after printing why not.
std::unique_ptr<db::Database> open_migrated(const config::Config& config) {
  try {
    auto db = db::open_database(config.database_url, {1});
    auto report = db::migrate(*db, db::load_migrations(db::embedded_migrations()));
    if (report.applied.empty())
      std::cout << "Database schema is up to date (version " << report.to_version << ").\n";
    else
      std::cout << "Database schema migrated from version " << report.from_version << " to " << report.to_version
                << " (" << report.applied.size() << " migration" << (report.applied.size() == 1 ? "" : "s") << ").\n";
    return db;
  } catch (const db::SchemaError& e) {
    std::cerr << "simpul: cannot use this database: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "simpul: database failure: " << e.what() << "\n";
  }
  return nullptr;
}
}  // namespace

int migrate(const config::Config& config) { return open_migrated(config) ? 0 : 1; }

int demo(const config::Config& config) {
  auto db = open_migrated(config);
  if (!db) return 1;
  try {
    if (modules::regions::add_demo_region(*db))
      std::cout << "Demo region added: Kota Madiun (kota-madiun).\n";
    else
      std::cout << "The database already has a region; no demo data added.\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "simpul: could not add the demo region: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace simpul::cli
