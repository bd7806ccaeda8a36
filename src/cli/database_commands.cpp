// `simpul migrate` and `simpul demo`.
#include <iostream>

#include "cli/commands.h"
#include "db/migration.h"
#include "app/demo.h"

namespace simpul::cli {

std::unique_ptr<db::Database> open_migrated(const config::Config& config, bool quiet) {
  try {
    auto db = db::open_database(config.database_url, {1});
    auto report = db::migrate(*db, db::load_migrations(db::embedded_migrations()));
    if (quiet && report.applied.empty()) return db;
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

int migrate(const config::Config& config) { return open_migrated(config) ? 0 : 1; }

int demo(const config::Config& config) {
  auto db = open_migrated(config);
  if (!db) return 1;
  try {
    if (add_demo(*db))
      std::cout << "Demo region added: Kota Madiun (kota-madiun), with agencies and one user per role\n"
                   "(admin, operator.dinkes, operator.bappeda, walikota, auditor, warga), password "
                << kDemoPassword << "\n";
    else
      std::cout << "The database already has a region; no demo data added.\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "simpul: could not add the demo region: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace simpul::cli
