#pragma once
// The audit objects the registries call for (Madiun Pasal 40 ayat (1): infrastructure,
// applications, and the security of both): one infrastructure and one infrastructure-security
// object for the region, owned by the ICT office, and one application and one
// application-security object per application in production, owned by its agency. Creating
// them again finds them by their sync key and adds nothing.
#include <vector>

#include "audit/log.h"
#include "db/database.h"
#include "modules/ict_audits/model.h"
#include "modules/ict_audits/view.h"

namespace simpul::modules::ict_audits {

// Inserts the missing objects with their due dates and audit entries; answers them.
std::vector<AuditObject> sync_registry_objects(db::Connection& c, const audit::Context& ctx, const Schedule& s,
                                               const std::string& region_id);

// Inserts `o` (due date computed) with its audit entry.
void create_object(db::Connection& c, const audit::Context& ctx, const Schedule& s, AuditObject& o);

}  // namespace simpul::modules::ict_audits
