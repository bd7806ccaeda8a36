#pragma once
// The risk register workbook in the layout of the national forms of PermenPANRB 5/2020
// (Formulir 2.0 Konteks, 3.0 Penilaian, 4.0 Penanganan, 5.0 Pemantauan), with the column
// headings in Bahasa Indonesia and each level cell in its level's colour. One block of rows per
// risk-owner unit, so the same workbook serves one unit and the whole region.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "export/xlsx.h"
#include "modules/risk_reports/model.h"
#include "modules/risk_reports/rules.h"
#include "modules/risks/criteria.h"
#include "modules/risks/model.h"

namespace simpul::modules::risk_reports {

struct UnitRegister {
  Unit unit;
  std::optional<RiskContext> context;
  std::map<int64_t, std::string> people;  // person id → name, for the context's structure
  std::vector<risks::Risk> risks;         // in priority order
  std::vector<risks::Treatment> treatments;
  std::optional<RiskReport> latest_report;
};

// `scope` names what the workbook covers in its heading ("Dinas Kesehatan" or the region's name).
// `agency_names`: every agency of the region by id (treatment owners and supporting units).
std::vector<xlsx::Sheet> register_sheets(const std::vector<UnitRegister>& units, const risks::RiskCriteria& criteria,
                                         int64_t year, const std::string& scope,
                                         const std::map<int64_t, std::string>& agency_names);

// The report to show on the Formulir 5.0 sheet: submitted before draft, then the latest period.
std::optional<RiskReport> latest_report(const std::vector<RiskReport>& reports_of_unit);

}  // namespace simpul::modules::risk_reports
