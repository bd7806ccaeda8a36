// `simpul migrate`, `simpul demo` and `simpul init`.
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "app/demo.h"
#include "files/blob_store.h"
#include "app/region_setup.h"
#include "auth/password.h"
#include "cli/commands.h"
#include "core/digest.h"
#include "db/migration.h"
#include "modules/users/create.h"
#include "modules/users/rules.h"
#include "profiles/loader.h"

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

namespace {

// A whole number option within bounds; prints why not and answers nothing otherwise.
std::optional<long long> number_option(const std::map<std::string, std::string>& options, const std::string& name,
                                       long long fallback, long long low, long long high) {
  auto it = options.find(name);
  if (it == options.end()) return fallback;
  try {
    size_t used = 0;
    long long v = std::stoll(it->second, &used);
    if (used == it->second.size() && v >= low && v <= high) return v;
  } catch (...) {
  }
  std::string flag = name;
  std::replace(flag.begin(), flag.end(), '_', '-');  // the option as the user typed it
  std::cerr << "simpul: --" << flag << " must be a whole number from " << low << " to " << high << "\n";
  return std::nullopt;
}

// On a terminal the count rewrites one line; in a log each stage ends with one line.
DemoProgress terminal_progress() {
  bool tty = isatty(STDOUT_FILENO);
  return [tty](const std::string& stage, int done, int total) {
    if (tty) {
      std::cout << "\r  " << stage << ": " << done << "/" << total << std::flush;
      if (done == total) std::cout << "\n";
    } else if (done == total) {
      std::cout << "  " << stage << ": " << done << "/" << total << "\n";
    }
  };
}

}  // namespace

int demo(const config::Config& config, const std::map<std::string, std::string>& options) {
  DemoOptions demo_options;
  auto seed = number_option(options, "seed", 2021, 0, 1'000'000'000'000LL);
  auto agencies = number_option(options, "agencies", demo_options.agencies, 10, 69);
  auto people = number_option(options, "people_per_agency", demo_options.people_per_agency, 0, 200);
  auto tickets = number_option(options, "tickets", demo_options.tickets, 0, 2'000'000);
  auto risks = number_option(options, "risks", demo_options.risks, 0, 100'000);
  auto incidents = number_option(options, "incidents", demo_options.incidents, 0, 50'000);
  auto audit_objects = number_option(options, "audit_objects", demo_options.audit_objects, 0, 20'000);
  auto assets = number_option(options, "assets", demo_options.assets, 0, 200'000);
  auto changes = number_option(options, "changes", demo_options.changes, 0, 50'000);
  auto articles = number_option(options, "articles", demo_options.articles, 0, 50'000);
  if (!seed || !agencies || !people || !tickets || !risks || !incidents || !audit_objects || !assets || !changes || !articles)
    return 2;
  demo_options.tickets = *tickets;
  demo_options.risks = *risks;
  demo_options.incidents = *incidents;
  demo_options.audit_objects = *audit_objects;
  demo_options.assets = *assets;
  demo_options.changes = *changes;
  demo_options.articles = *articles;
  demo_options.seed = static_cast<uint64_t>(*seed);
  demo_options.agencies = static_cast<int>(*agencies);
  demo_options.people_per_agency = static_cast<int>(*people);
  demo_options.files_dir = files::files_dir(config).string();
  auto db = open_migrated(config);
  if (!db) return 1;
  try {
    if (add_demo(*db, demo_options, terminal_progress()))
      std::cout << "Demo region added: Kota Madiun (kota-madiun, Perwali Madiun 39/2021), " << demo_options.agencies
                << " agencies, " << demo_options.tickets << " service desk tickets, seed " << demo_options.seed
                << ".\nUsers admin, operator.dinkes, operator.bappeda, operator.kominfo, walikota, sekda, auditor, warga; password "
                << kDemoPassword << "\n";
    else
      std::cout << "The database already has a region; no demo data added.\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "simpul: could not add the demo region: " << e.what() << "\n";
    return 1;
  }
}

int init(const config::Config& config, const std::map<std::string, std::string>& options) {
  auto need = [&](const char* name) -> std::string {
    auto it = options.find(name);
    return it == options.end() ? "" : it->second;
  };
  std::string profile_name = need("profile"), region_name = need("region"), admin = need("admin");
  if (profile_name.empty() || region_name.empty() || admin.empty()) {
    std::cerr << "simpul: init needs --profile NAME --region \"Kota …\" --admin EMAIL\n";
    return 2;
  }
  const profiles::Profile* profile = nullptr;
  try {
    profile = profiles::find_builtin(profile_name);
  } catch (const std::exception& e) {
    std::cerr << "simpul: " << e.what();
    return 1;
  }
  if (!profile) {
    std::cerr << "simpul: unknown profile '" << profile_name << "'; the built-in profiles are:";
    for (const auto& p : profiles::builtin_profiles()) std::cerr << " " << p.name;
    std::cerr << " (see simpul profile list)\n";
    return 2;
  }
  for (auto& ch : admin) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (admin.find('@') == std::string::npos || !modules::users::valid_username(admin)) {
    std::cerr << "simpul: --admin must be the administrator's e-mail address, e.g. kominfo@madiunkota.go.id\n";
    return 2;
  }
  auto db = open_migrated(config);
  if (!db) return 1;
  std::string password = auth::temporary_password();
  std::string hash = auth::hash_password(password);
  try {
    auto region_id = db->write([&](db::Connection& c) {
      auto setup = create_region_from_profile(c, *profile, region_name, "cli:init");
      audit::Context ctx{setup.region_id, {std::nullopt, "cli:init", "system"}, "init-" + request_id(), "local"};
      auto u = modules::users::new_user(setup.region_id, {admin, "Administrator " + region_name, auth::Role::superadmin,
                                                          std::nullopt, std::nullopt},
                                        hash, true);
      modules::users::create(c, ctx, u);
      return setup.region_id;
    });
    std::cout << "Region created: " << region_name << " (" << region_id << "), regulation " << profile->citation.short_name
              << ",\n  " << counted(profile->agencies.size(), "agency", "agencies") << ", "
              << counted(profile->positions.size(), "position", "positions") << " and "
              << counted(profile->bodies.size(), "body", "bodies") << " from the profile.\n"
              << "First administrator (must choose a new password at first sign-in):\n"
              << "  username: " << admin << "\n  password: " << password << "\n";
    return 0;
  } catch (const std::invalid_argument& e) {
    std::cerr << "simpul: cannot create the region: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "simpul: could not create the region: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace simpul::cli
