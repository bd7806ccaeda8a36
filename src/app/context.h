#pragma once
// What route handlers may use: the database, the configuration, the metrics
// and the moment the server started. Built once in `simpul serve`.
#include <chrono>

#include "config/config.h"
#include "db/database.h"
#include "http/metrics.h"

namespace simpul {

struct AppContext {
  db::Database* db = nullptr;  // null only in tests that list routes without serving them
  config::Config config;
  http::Metrics* metrics = nullptr;
  std::chrono::system_clock::time_point started_at = std::chrono::system_clock::now();
};

}  // namespace simpul
