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
  std::vector<std::string> files;            // plain arguments, for commands that take files
  bool help = false;
  std::vector<std::string> errors;           // clear messages; non-empty means "print usage, exit 2"
};

// `allowed` maps each command to the setting keys it accepts as --flags; a command
// whose set holds kFilesKey also takes plain arguments (file names).
inline constexpr const char* kFilesKey = "<files>";
Args parse_args(const std::vector<std::string>& argv, const std::map<std::string, std::set<std::string>>& allowed);

}  // namespace simpul::cli
