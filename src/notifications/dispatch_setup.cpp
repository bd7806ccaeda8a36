#include "notifications/dispatch_setup.h"

#include "core/log.h"
#include "notifications/spool_sender.h"

namespace simpul::notifications {

DispatchReport dispatch_configured(db::Database& db, const config::Config& config) {
  SpoolSender sender(spool_dir(config), config.notification_from);
  DispatchOptions options;
  options.backoff_base = config.notification_backoff;
  auto report = dispatch_once(db, sender, options);
  if (report.sent || report.retrying || report.failed || report.lost_claim)
    log::info("notifications dispatched", {{"sent", report.sent},
                                           {"retrying", report.retrying},
                                           {"failed", report.failed},
                                           {"lost_claim", report.lost_claim}});
  return report;
}

}  // namespace simpul::notifications
