#include "cli/args.h"

#include <algorithm>

namespace simpul::cli {

Args parse_args(const std::vector<std::string>& argv, const std::map<std::string, std::set<std::string>>& allowed) {
  Args args;
  size_t i = 0;
  if (i < argv.size() && (argv[i] == "--help" || argv[i] == "-h" || argv[i] == "help")) {
    args.help = true;
    return args;
  }
  if (i >= argv.size()) {
    args.errors.push_back("no command given");
    return args;
  }
  args.command = argv[i++];
  // Commands with an action word: "user add", "audit verify" …
  if (i < argv.size() && argv[i].rfind("--", 0) != 0 && allowed.count(args.command + " " + argv[i]))
    args.command += " " + argv[i++];
  auto known = allowed.find(args.command);
  if (known == allowed.end()) {
    args.errors.push_back("unknown command '" + args.command + "'");
    return args;
  }
  for (; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      args.help = true;
      continue;
    }
    if (a.rfind("--", 0) != 0 && known->second.count(kFilesKey)) {
      args.files.push_back(a);
      continue;
    }
    if (a.rfind("--", 0) != 0 || a.size() == 2) {
      args.errors.push_back("unexpected argument '" + a + "'");
      continue;
    }
    std::string name = a.substr(2), value;
    auto eq = name.find('=');
    bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    std::string key = name;
    std::replace(key.begin(), key.end(), '-', '_');
    if (!known->second.count(key)) {
      args.errors.push_back("unknown flag '--" + name + "' for '" + args.command + "'");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argv.size() || argv[i + 1].rfind("--", 0) == 0) {
        args.errors.push_back("flag '--" + name + "' needs a value");
        continue;
      }
      value = argv[++i];
    }
    args.flags[key] = value;
  }
  return args;
}

}  // namespace simpul::cli
