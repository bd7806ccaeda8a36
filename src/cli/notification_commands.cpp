// `simpul notifications send`: the notification dispatcher from the shell, until the due messages are out,
// e.g. from cron on a server that runs without the background dispatcher.
#include <iostream>

#include "cli/commands.h"
#include "notifications/dispatch_setup.h"

namespace simpul::cli {

int notifications_command(const std::string& command, const config::Config& config,
                          const std::map<std::string, std::string>& options) {
  if (command != "notifications send") {
    std::cerr << "simpul: unknown command '" << command << "'\n";
    return 2;
  }
  auto db = open_migrated(config, true);
  if (!db) return 1;
  try {
    auto report = notifications::dispatch_all_due(*db, config);
    std::cout << counted(report.sent, "notification", "notifications") << " sent, " << report.retrying
              << " to retry, " << report.failed << " failed";
    if (report.lost_claim) std::cout << ", " << report.lost_claim << " taken over by another dispatcher";
    std::cout << ".\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "simpul: sending notifications failed: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace simpul::cli
