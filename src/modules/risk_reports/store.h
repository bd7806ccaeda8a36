#pragma once
// SQL of risk contexts (risk_contexts) and monitoring reports (risk_monitoring_reports), and
// the small reads of the register a report snapshots (risks and risk_treatments of one unit
// and year, in one query each).
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/risk_reports/model.h"
#include "modules/risk_reports/rules.h"
#include "modules/risks/model.h"

namespace simpul::modules::risk_reports {

std::vector<RiskContext> list_contexts(db::Connection& c, const std::string& region_id, std::optional<int64_t> year,
                                       std::optional<int64_t> agency_id);
std::optional<RiskContext> find_context(db::Connection& c, const std::string& region_id, int64_t id);
bool context_exists(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year);
int64_t insert_context(db::Connection& c, RiskContext& context);  // sets context.id
bool update_context(db::Connection& c, const RiskContext& context, int64_t expected_version);

// The people a context names, by id (only those in the region).
std::vector<PersonRef> people(db::Connection& c, const std::string& region_id, const std::vector<int64_t>& ids);
// Whether the person belongs to the agency.
bool person_of_agency(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t agency_id);

std::vector<RiskReport> list_reports(db::Connection& c, const std::string& region_id, int64_t year,
                                     std::optional<int64_t> agency_id);
std::optional<RiskReport> find_report(db::Connection& c, const std::string& region_id, int64_t id);
bool report_exists(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year, const std::string& period);
int64_t insert_report(db::Connection& c, RiskReport& report);  // sets report.id
bool update_report(db::Connection& c, const RiskReport& report, int64_t expected_version);

// The register of one unit and year, as a report reads it.
std::vector<RegisterRisk> register_risks(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year);
std::vector<RegisterTreatment> register_treatments(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                                   int64_t year);
// Every treatment of the risks of a year (one unit, when given) with the agency of its risk,
// in schedule order: one query for the whole register workbook.
std::vector<std::pair<int64_t, risks::Treatment>> year_treatments(db::Connection& c, const std::string& region_id, int64_t year,
                                                                  std::optional<int64_t> agency_id);
// The risk-owner units of a year: agencies with a context or a risk that year (one, when given).
std::vector<Unit> risk_owner_units(db::Connection& c, const std::string& region_id, int64_t year,
                                   std::optional<int64_t> agency_id);

}  // namespace simpul::modules::risk_reports
