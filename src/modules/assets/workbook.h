#pragma once
// The asset register and the inventory report as spreadsheets: agencies keep their own
// inventories in Excel, and the regional asset office receives the report as a workbook
// (Kendari Pasal 19 ayat (12)).
#include <vector>

#include "export/xlsx.h"
#include "modules/assets/model.h"

namespace simpul::modules::assets {

// One sheet "Aset TIK": a row per asset, the columns of the import template and the stage.
xlsx::Sheet asset_sheet(const std::vector<Asset>& assets);

// "Ringkasan" (a row per agency and category) and "Tanpa Kode Aset Daerah".
std::vector<xlsx::Sheet> report_sheets(const InventoryReport& report);

}  // namespace simpul::modules::assets
