#pragma once
// The dispatcher as the configuration sets it up: the spool sender, the back-off base,
// and a pass that logs what it did. Shared by `simpul serve` (every few seconds) and
// `simpul notifications send` (once).
#include "config/config.h"
#include "db/database.h"
#include "notifications/dispatcher.h"

namespace simpul::notifications {

DispatchReport dispatch_configured(db::Database& db, const config::Config& config);

}  // namespace simpul::notifications
