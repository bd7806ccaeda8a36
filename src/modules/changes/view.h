#pragma once
// A request for change as the API shows it: with the approval (who approves, on which article of
// the region's regulation, the decision), the steps taken, the steps the caller may take now, and
// its window in the region's local time.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "db/database.h"
#include "modules/changes/model.h"
#include "modules/changes/rules.h"
#include "profiles/model.h"

namespace simpul::modules::changes {

// The region's zone (Indonesia keeps no daylight saving: a fixed offset).
struct Zone {
  std::string name;
  int offset_minutes = 420;
};
Zone region_zone(db::Connection& c, const std::string& region_id);

// Whether the caller may approve or refuse the change now (stage, permission, approver).
bool may_decide(db::Connection& c, const auth::Principal& me, const Change& change, const ApprovalRule& rule);
// Whether the caller may edit the change and take its other steps (operators: their own agency).
bool may_request(const auth::Principal& me, const Change& change);

// Planned end passed and the change not yet implemented.
bool is_overdue(const Change& change, const std::string& now);

nlohmann::json summary_json(const Change& change, const Zone& zone, const std::string& now);
nlohmann::json change_json(db::Connection& c, const auth::Principal& me, const profiles::Profile* profile,
                           const Change& change, const std::vector<Step>& steps, const Zone& zone);

}  // namespace simpul::modules::changes
