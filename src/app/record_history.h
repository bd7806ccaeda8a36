#pragma once
// The change history of one record, read from the audit log: every version that
// was ever saved, who saved it and what changed, newest first. The audit entry is
// written in the same transaction as the change, so the history cannot miss one.
// Callers check first that the reader may see the record itself.
#include <string>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul {

// {"items": [{"at", "actor": {"username", "role"}, "action", "changes", "request_id"}]},
// up to 500 entries (a plan changed more often than that is shown in the audit log).
nlohmann::json record_history(db::Connection& c, const std::string& region_id, const std::string& entity_type,
                              const std::string& entity_id);

}  // namespace simpul
