// `simpul framework list` and `simpul framework check FILE…`.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "frameworks/loader.h"

namespace simpul::cli {

namespace {

// "4 domains, 8 aspects, 47 indicators, weights 100.00, bands Memuaskan ≥ 4.20, …".
std::string summary(const frameworks::Framework& f) {
  size_t aspects = 0, indicators = 0;
  frameworks::Hundredths total = 0;
  for (const auto& d : f.domains) {
    aspects += d.aspects.size();
    total += d.weight;
    for (const auto& a : d.aspects) indicators += a.indicators.size();
  }
  std::string bands;
  for (const auto& b : f.bands) bands += (bands.empty() ? "" : ", ") + b.name + " from " + frameworks::hundredths_text(b.from);
  return f.code + " (" + f.status + "): " + f.index_name + ", " + counted(f.domains.size(), "domain", "domains") + ", " +
         counted(aspects, "aspect", "aspects") + ", " + counted(indicators, "indicator", "indicators") + ", weights " +
         frameworks::hundredths_text(total) + ", bands " + bands;
}

bool check_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "simpul: cannot read '" << path << "'\n";
    return false;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto result = frameworks::load_framework(text.str(), path);
  for (const auto& e : result.errors) std::cerr << e << "\n";
  if (!result.framework) return false;
  std::cout << path << ": " << summary(*result.framework) << "\n";
  return true;
}

}  // namespace

int framework_command(const std::string& command, const std::vector<std::string>& files) {
  if (command == "framework list") {
    try {
      for (const auto& f : frameworks::builtin_frameworks()) std::cout << summary(f) << "\n";
      return 0;
    } catch (const std::exception& e) {
      std::cerr << "simpul: " << e.what();
      return 1;
    }
  }
  if (files.empty()) {
    std::cerr << "simpul: name the framework files to check, e.g. simpul framework check frameworks/permenpanrb-59-2020.yaml\n";
    return 2;
  }
  bool ok = true;
  for (const auto& path : files) ok = check_file(path) && ok;
  return ok ? 0 : 1;
}

}  // namespace simpul::cli
