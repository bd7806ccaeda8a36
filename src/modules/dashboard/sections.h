#pragma once
// The parts of the leadership dashboard, each read from the module that owns its records
// through that module's own queries and rules: compliance, risks by level, ICT audits,
// security incidents, the service desk's SLA attainment and the SPBE budget by area. Every
// number carries the `href` of the web page listing the records it counts
// (docs/compliance-contract.md, "Leadership dashboard").
#include <string>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "db/database.h"

namespace simpul::modules::dashboard {

// The region's compliance under its profile: tally, open and overdue duties, the agencies that
// comply least and the trend; {"available": false, "reason"} when the region runs no profile.
nlohmann::json compliance_section(db::Connection& c, const std::string& region_id);
// The risks of `year` per level of the region's criteria, with the level's name and colour.
nlohmann::json risk_section(db::Connection& c, const std::string& region_id, int year);
// Audit objects overdue and due soon by the region's audit schedule, and audit findings overdue.
nlohmann::json ict_audit_section(db::Connection& c, const std::string& region_id);
// Security incidents open, with a notice overdue, and open past the limit of their severity.
nlohmann::json incident_section(db::Connection& c, const std::string& region_id);
// The service desk's SLA attainment per month over the last twelve months, this month last.
nlohmann::json service_desk_section(db::Connection& c, const std::string& region_id, Lang lang);
// The consolidated SPBE budget of `year` per roadmap area.
nlohmann::json budget_section(db::Connection& c, const std::string& region_id, int year);

}  // namespace simpul::modules::dashboard
