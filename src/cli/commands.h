#pragma once
// The `simpul` subcommands. Each returns the process exit code:
// 0 done, 1 failed while running, 2 bad usage or configuration.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "db/database.h"

namespace simpul::cli {

int run(int argc, char** argv);

// "1 body", "2 bodies": a count with the right English noun for command output.
inline std::string counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

int serve(const config::Config& config);
int migrate(const config::Config& config);
int demo(const config::Config& config, const std::map<std::string, std::string>& options);
int init(const config::Config& config, const std::map<std::string, std::string>& options);
int version();

// `simpul user …`, `simpul token …`, `simpul audit …`; options are the non-setting flags.
int identity_command(const std::string& command, const config::Config& config,
                     const std::map<std::string, std::string>& options);

// `simpul notifications send`: one pass of the notification dispatcher.
int notifications_command(const std::string& command, const config::Config& config,
                          const std::map<std::string, std::string>& options);

// `simpul profile list`, `simpul profile check FILE…` (prints every error with its place).
int profile_command(const std::string& command, const std::vector<std::string>& files,
                    const std::map<std::string, std::string>& options);

// `simpul framework list`, `simpul framework check FILE…` (the evaluation frameworks: prints a
// summary of each file, or every error with its place; exit 1 when one does not load).
int framework_command(const std::string& command, const std::vector<std::string>& files);

// Opens and migrates the database, printing what happened (only changes when quiet);
// nullptr after printing why not.
std::unique_ptr<db::Database> open_migrated(const config::Config& config, bool quiet = false);

}  // namespace simpul::cli
