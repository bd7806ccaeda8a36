// `simpul profile list` and `simpul profile check FILE…`.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "modules/compliance/engine.h"
#include "profiles/loader.h"
#include "profiles/source_check.h"

namespace simpul::cli {

namespace {

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

size_t count_rules(const profiles::Profile& p, std::map<std::string, int>& by_kind) {
  for (const auto& o : p.obligations) ++by_kind[o.rule.kind];
  return p.obligations.size();
}

// Loads one file and checks its quotes against the source text beside it.
bool check_file(const std::string& path) {
  auto text = read_file(path);
  if (!text) {
    std::cerr << "simpul: cannot read '" << path << "'\n";
    return false;
  }
  auto result = profiles::load_profile(*text, path);
  for (const auto& e : result.errors) std::cerr << e << "\n";
  if (!result.profile) return false;
  const auto& p = *result.profile;
  auto unevaluable = modules::compliance::unevaluable(p);  // a rule the engine cannot judge is a load error too
  for (const auto& e : unevaluable) std::cerr << std::filesystem::path(path).filename().string() << ": " << e << "\n";
  if (!unevaluable.empty()) return false;
  auto source_path = std::filesystem::path(path).parent_path() / p.citation.source;
  auto source = read_file(source_path.string());
  std::vector<std::string> mismatches;
  if (!source)
    mismatches.push_back("citation.source: cannot read " + source_path.string());
  else
    mismatches = profiles::check_against_source(p, *source);
  for (const auto& m : mismatches) std::cerr << std::filesystem::path(path).filename().string() << ": " << m << "\n";
  std::map<std::string, int> by_kind;
  std::cout << path << ": " << p.citation.short_name << ", " << count_rules(p, by_kind) << " obligations (";
  bool first = true;
  for (const auto& [kind, n] : by_kind) std::cout << (first ? "" : ", ") << n << " " << kind, first = false;
  std::cout << "), " << counted(p.agencies.size(), "agency", "agencies") << ", "
            << counted(p.positions.size(), "position", "positions") << ", " << counted(p.bodies.size(), "body", "bodies")
            << (mismatches.empty() ? "; every quote matches its article" : "") << "\n";
  return mismatches.empty();
}

}  // namespace

int profile_command(const std::string& command, const std::vector<std::string>& files,
                    const std::map<std::string, std::string>& options) {
  if (command == "profile list") {
    try {
      for (const auto& p : profiles::builtin_profiles())
        std::cout << p.name << "\t" << p.citation.short_name << "\t" << p.region.name << "\t" << p.obligations.size()
                  << " obligations\n";
      return 0;
    } catch (const std::exception& e) {
      std::cerr << "simpul: " << e.what();
      return 1;
    }
  }
  std::vector<std::string> paths = files;
  if (auto it = options.find("sources"); it != options.end()) paths.push_back(it->second);
  if (paths.empty()) {
    std::cerr << "simpul: name the profile files to check, e.g. simpul profile check profiles/madiun.yaml\n";
    return 2;
  }
  bool ok = true;
  for (const auto& path : paths) ok = check_file(path) && ok;
  return ok ? 0 : 1;
}

}  // namespace simpul::cli
