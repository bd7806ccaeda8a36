#include "notifications/dispatch_setup.h"

#include "core/log.h"
#include "notifications/spool_sender.h"

namespace simpul::notifications {

namespace {

DispatchReport one_pass(db::Database& db, const config::Config& config, const DispatchOptions& options) {
  SpoolSender sender(spool_dir(config), config.notification_from);
  auto report = dispatch_once(db, sender, options);
  if (report.sent || report.retrying || report.failed || report.lost_claim)
    log::info("notifications dispatched", {{"sent", report.sent},
                                           {"retrying", report.retrying},
                                           {"failed", report.failed},
                                           {"lost_claim", report.lost_claim}});
  return report;
}

DispatchOptions configured_options(const config::Config& config) {
  DispatchOptions options;
  options.backoff_base = config.notification_backoff;
  return options;
}

}  // namespace

DispatchReport dispatch_all_due(db::Database& db, const config::Config& config) {
  auto options = configured_options(config);
  DispatchReport total;
  while (true) {
    auto pass = one_pass(db, config, options);
    total.sent += pass.sent;
    total.retrying += pass.retrying;
    total.failed += pass.failed;
    total.lost_claim += pass.lost_claim;
    if (pass.sent < static_cast<int>(options.batch)) return total;
  }
}

}  // namespace simpul::notifications
