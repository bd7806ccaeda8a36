#pragma once
// What route handlers may use: the database, the configuration, the metrics
// and the moment the server started. Built once in `simpul serve`.
#include <chrono>
#include <memory>

#include "audit/signing.h"
#include "auth/throttle.h"
#include "config/config.h"
#include "db/database.h"
#include "http/metrics.h"

namespace simpul {

struct AppContext {
  db::Database* db = nullptr;  // null only in tests that list routes without serving them
  config::Config config;
  http::Metrics* metrics = nullptr;
  const audit::InstanceKey* instance_key = nullptr;  // signs audit chain heads; null in route-listing tests
  // Sign-in throttles: per client address, and per username (sized from the config in serve).
  std::shared_ptr<auth::Throttle> logins_by_client;
  std::shared_ptr<auth::Throttle> logins_by_username;
  std::chrono::system_clock::time_point started_at = std::chrono::system_clock::now();
};

}  // namespace simpul
