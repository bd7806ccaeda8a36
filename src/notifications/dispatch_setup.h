#pragma once
// The dispatcher as the configuration sets it up: the spool sender, the back-off base,
// and passes that log what they did. Shared by `simpul serve` (every few seconds) and
// `simpul notifications send` (once, e.g. from cron).
#include "config/config.h"
#include "db/database.h"
#include "notifications/dispatcher.h"

namespace simpul::notifications {

// Passes until the due messages are out: another pass only after one that sent a whole
// batch, so a backlog (after a pause of the server's dispatcher) is sent at once while a
// failing sender is tried once per message, as in a single pass.
DispatchReport dispatch_all_due(db::Database& db, const config::Config& config);

}  // namespace simpul::notifications
