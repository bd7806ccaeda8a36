#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/version.h"

extern char** environ;

namespace simpul::cli {

namespace {

const std::map<std::string, std::set<std::string>>& command_flags() {
  static const std::map<std::string, std::set<std::string>> all = [] {
    std::set<std::string> every{"config"};
    for (const auto& s : config::settings()) every.insert(s.key);
    std::set<std::string> db{"config", "database", "log_level"};
    auto with = [&](std::initializer_list<const char*> extra) {
      auto s = db;
      for (auto e : extra) s.insert(e);
      return s;
    };
    return std::map<std::string, std::set<std::string>>{
        {"serve", every},
        {"migrate", db},
        {"demo", with({"seed", "agencies", "people_per_agency", "tickets", "risks", "incidents", "audit_objects", "assets", "changes", "articles"})},
        {"init", with({"profile", "region", "admin"})},
        {"version", {}},
        {"user add", with({"region", "username", "role", "agency_id", "display_name"})},
        {"user list", with({"region"})},
        {"user lock", with({"region", "username"})},
        {"user unlock", with({"region", "username"})},
        {"user reset", with({"region", "username"})},
        {"token create", with({"region", "username", "name", "scopes", "days"})},
        {"token revoke", with({"region", "id"})},
        {"audit verify", with({"region", "instance_key"})},
        {"audit sign", with({"instance_key"})},
        {"notifications send", with({"notification_spool_dir", "notification_from", "notification_backoff_seconds"})},
        {"profile list", {}},
        {"profile check", {"sources", kFilesKey}},
        {"framework list", {}},
        {"framework check", {kFilesKey}},
    };
  }();
  return all;
}

void print_usage(std::ostream& out) {
  out << "Usage: simpul <command> [flags]\n\n"
         "Commands:\n"
         "  serve     serve the API and web UI (applies pending migrations first)\n"
         "  migrate   apply pending database migrations\n"
         "  demo      migrate, then add the demo region Kota Madiun if the database has no region\n"
         "            [--seed N] [--agencies 10..69, default 45] [--people-per-agency 0..200, default 8]\n"
         "            [--tickets 0..2000000, default 40: service desk tickets with their history]\n"
         "            [--risks 0..100000, default 240] [--incidents 0..50000, default 30]\n"
         "            [--audit-objects 0..20000, default 0: ICT audit objects beyond the region's own]\n"
         "            [--assets 0..200000, default 600] [--changes 0..50000, default 80] [--articles 0..50000, default 60]\n"
         "  init --profile NAME --region \"Kota …\" --admin EMAIL\n"
         "            create a region from a regulation profile; prints the first administrator's password\n"
         "  version   print the version\n"
         "  user add --username U --role R [--agency-id N] [--display-name D]   (prints a temporary password)\n"
         "  user list | user lock|unlock|reset --username U\n"
         "  token create --username U --name N [--scopes read,write] [--days 90]   (prints the token once)\n"
         "  token revoke --id N\n"
         "  audit verify   walk the audit chain; exit 1 and name the first broken entry if it was altered\n"
         "  audit sign     sign the audit chain heads now\n"
         "  notifications send   send the queued notification e-mails that are due, once\n"
         "  profile list   the regulation profiles built into this binary\n"
         "  profile check FILE…   load a profile strictly and check its quotes against the regulation text\n"
         "  framework list   the evaluation frameworks built into this binary\n"
         "  framework check FILE…   load an evaluation framework strictly; print its summary or every error\n"
         "  (user, token and audit take --region R when the database holds more than one region)\n\n"
         "Flags (each also SIMPUL_<NAME> in the environment and <name> in the --config YAML file):\n"
         "  --config FILE             YAML configuration file\n";
  for (const auto& s : config::settings()) {
    std::string flag = config::flag_name(s.key) + " VALUE";
    out << "  " << flag << std::string(flag.size() < 26 ? 26 - flag.size() : 1, ' ') << s.help << "\n";
  }
  out << "\nServe, migrate and demo accept --config, --database and --log-level; serve accepts all.\n";
}

std::map<std::string, std::string> environment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos && kv.rfind("SIMPUL_", 0) == 0) env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return env;
}

int fail_usage(const std::vector<std::string>& errors) {
  for (const auto& e : errors) std::cerr << "simpul: " << e << "\n";
  std::cerr << "\n";
  print_usage(std::cerr);
  return 2;
}

}  // namespace

int run(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  Args args = parse_args(words, command_flags());
  if (args.help) {
    print_usage(std::cout);
    return 0;
  }
  if (!args.errors.empty()) return fail_usage(args.errors);
  if (args.command == "version") return version();
  if (args.command.rfind("profile ", 0) == 0) return profile_command(args.command, args.files, args.flags);
  if (args.command.rfind("framework ", 0) == 0) return framework_command(args.command, args.files);

  config::Sources sources;
  sources.env = environment();
  std::string config_file = args.flags.count("config") ? args.flags["config"] : sources.env["SIMPUL_CONFIG"];
  // Settings go to the configuration; the rest are options of the command itself.
  std::map<std::string, std::string> options;
  for (const auto& [key, value] : args.flags) {
    if (key == "config") continue;
    bool setting = false;
    for (const auto& s : config::settings()) setting |= s.key == key;
    (setting ? sources.flags : options)[key] = value;
  }
  if (!config_file.empty()) {
    std::ifstream in(config_file);
    if (!in) {
      std::cerr << "simpul: cannot read the configuration file '" << config_file << "'\n";
      return 2;
    }
    std::stringstream text;
    text << in.rdbuf();
    sources.file_text = text.str();
    sources.file_name = config_file;
  }
  auto resolved = config::resolve(sources);
  if (auto* errors = std::get_if<std::vector<std::string>>(&resolved)) {
    std::cerr << "simpul: the configuration is not valid:\n";
    for (const auto& e : *errors) std::cerr << "  - " << e << "\n";
    std::cerr << "Run 'simpul --help' for the settings and their formats.\n";
    return 2;
  }
  const auto& config = std::get<config::Config>(resolved);
  if (args.command == "serve") return serve(config);
  if (args.command == "migrate") return migrate(config);
  if (args.command == "demo") return demo(config, options);
  if (args.command == "init") return init(config, options);
  if (args.command.rfind("notifications ", 0) == 0) return notifications_command(args.command, config, options);
  if (args.command.find(' ') != std::string::npos) return identity_command(args.command, config, options);
  return fail_usage({"unknown command '" + args.command + "'"});
}

int version() {
  std::cout << "simpul " << kVersion << "\n";
  return 0;
}

}  // namespace simpul::cli
