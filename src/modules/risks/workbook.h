#pragma once
// One risk as a workbook (GET /api/v1/risks/{id}/export.xlsx): its register row (Formulir 3.0)
// and its treatment plans (Formulir 4.0), with the level colours of the region's criteria.
#include <vector>

#include "export/xlsx.h"
#include "modules/risks/criteria.h"
#include "modules/risks/model.h"

namespace simpul::modules::risks {

std::vector<xlsx::Sheet> risk_sheets(const Risk& r, const std::vector<Treatment>& treatments, const RiskCriteria& criteria);

}  // namespace simpul::modules::risks
