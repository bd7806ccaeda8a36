#pragma once
// Command-line parsing, kept pure so it is tested without running anything.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace simpul::cli {

struct Args {
  std::string command;                       // "serve", "migrate", … ; empty when none given
  std::map<std::string, std::string> flags;  // setting key -> value ("max_body_bytes" -> "1024")
  bool help = false;
  std::vector<std::string> errors;           // clear messages; non-empty means "print usage, exit 2"
};

// `allowed` maps each command to the setting keys it accepts as --flags.
Args parse_args(const std::vector<std::string>& argv, const std::map<std::string, std::set<std::string>>& allowed);

}  // namespace simpul::cli
