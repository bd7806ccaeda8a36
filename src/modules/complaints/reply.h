#pragma once
// A citizen's reply to their complaint: a public comment without an author, and, when the
// complaint was waiting for the reporter, the step `resume` taken by the reporter, so the
// SLA clock runs again (docs/service-desk-contract.md, "States and steps"). Built from the
// tickets module's store and steps, in the caller's transaction, with the audit entries.
#include <chrono>
#include <cstdint>
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul::modules::complaints {

struct ReplyOutcome {
  std::string at;
  std::string status;  // the complaint's status afterwards
};

// 409 when the complaint is closed (a new complaint is the way then).
ReplyOutcome add_reporter_reply(db::Connection& c, const audit::Context& audit, int64_t ticket_id, const std::string& body,
                                std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace simpul::modules::complaints
