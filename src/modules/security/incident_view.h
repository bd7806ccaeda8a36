#pragma once
// Incidents as the API shows them (docs/risk-security-audit-contract.md, "Security incidents"):
// the summary of the lists, the full incident with its notices, links, events and the
// obligations of the region it answers to.
#include <nlohmann/json.hpp>

#include "db/database.h"
#include "modules/security/citations.h"
#include "modules/security/model.h"

namespace simpul::modules::security {

nlohmann::json summary_json(const Incident& i, Instant now);
nlohmann::json detail_json(db::Connection& c, const Incident& i, const SecurityCitations& cited, Instant now);

}  // namespace simpul::modules::security
