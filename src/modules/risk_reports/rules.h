#pragma once
// Pure rules of risk contexts and monitoring reports (PermenPANRB 5/2020, Formulir 2.0 and 5.0;
// the region's risk-management article, e.g. Perwali Madiun 39/2021 Pasal 32 ayat (2): monitoring
// and evaluation of SPBE risks). No I/O: "today" is the calendar date in the region's zone.
//
// Periods are calendar quarters I-III (triwulan) and the year (tahunan). A report may be drafted
// once its period has begun and submitted once it has ended. The national guideline sets no
// deadline; Simpul's default is the 10th day after the period end (kDueDays), after which a
// missing report is overdue on the committee's lists.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/risk_reports/model.h"
#include "profiles/model.h"

namespace simpul::modules::risk_reports {

inline const std::set<std::string> kPeriods{"q1", "q2", "q3", "annual"};
inline const std::vector<std::string> kPeriodOrder{"q1", "q2", "q3", "annual"};
inline constexpr int kDueDays = 10;

struct PeriodDates {
  std::string starts_on, ends_on, due_on;  // YYYY-MM-DD
};
PeriodDates period_dates(int64_t year, const std::string& period);
Text period_label(const std::string& period);  // "Triwulan I" / "Quarter I", "Tahunan" / "Annual"
bool is_overdue(const PeriodDates& dates, const std::string& today);  // today after due_on

std::optional<Text> cannot_draft(int64_t year, const std::string& period, const std::string& today, const std::string& citation);
std::optional<Text> cannot_change(const RiskReport& report);  // refresh, edit: draft only
std::optional<Text> cannot_submit(const RiskReport& report, const std::string& today, const std::string& citation);
std::vector<FieldError> submission_errors(const RiskReport& report);  // the annual one needs recommendations
std::vector<std::string> allowed_actions(const RiskReport& report, const std::string& today);

// The register as a report reads it.
struct RegisterRisk {
  int64_t id = 0, number = 0;
  std::string polarity, event, spbe_goal;
  int64_t magnitude = 0, level = 0;
  std::optional<int64_t> residual_magnitude, residual_level;
};
struct RegisterTreatment {
  int64_t id = 0, risk_id = 0;
  std::string actions, output, starts_on, due_on, status, done_on, owner_agency_name;
};
// One entry per risk in number order; projected = the latest residual, else current.
std::vector<Entry> snapshot(const std::vector<RegisterRisk>& risks, const std::vector<RegisterTreatment>& treatments,
                            const std::string& unit_name);

// Which ended periods of `year` still have no submitted report, for every risk-owner unit.
struct Unit {
  int64_t agency_id = 0;
  std::string name, short_name;
};
struct ReportState {
  int64_t id = 0, agency_id = 0;
  std::string period, status;
};
struct MissingReport {
  Unit unit;
  int64_t year = 0;
  std::string period;
  PeriodDates dates;
  bool overdue = false;
  std::optional<int64_t> draft_report_id;
};
// Sorted overdue first, then by due date, then by unit name.
std::vector<MissingReport> missing_reports(const std::vector<Unit>& units, int64_t year,
                                           const std::vector<ReportState>& reports, const std::string& today);

// Request bodies. Each optional is "given"; 422 naming every bad field otherwise.
struct ContextInput {
  std::optional<int64_t> agency_id, year;
  std::optional<std::string> duties, functions;
  std::optional<std::vector<Goal>> goals;
  std::optional<Structure> structure;
  std::optional<std::vector<Stakeholder>> stakeholders;
  std::optional<std::vector<RegulationRef>> regulations;
  std::optional<std::optional<std::string>> integrity_pact_sha256;
};
ContextInput parse_context(const nlohmann::json& body, bool creating);
void apply(const ContextInput& in, RiskContext& c);

struct DraftInput {
  int64_t agency_id = 0, year = 0;
  std::string period;
};
DraftInput parse_draft(const nlohmann::json& body);

struct ReportEdit {
  std::optional<std::string> summary, recommendations;
};
// `period` of the report edited: recommendations belong to the annual report only.
ReportEdit parse_report_edit(const nlohmann::json& body, const std::string& period);

}  // namespace simpul::modules::risk_reports
