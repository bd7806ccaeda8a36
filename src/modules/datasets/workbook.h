#pragma once
// The data catalog as a spreadsheet, as walidata and Bappeda keep it: one row per dataset
// with its agency, walidata, classification, frequency and whether it is overdue; headers
// and labels in Bahasa Indonesia.
#include <string>
#include <vector>

#include "export/xlsx.h"
#include "modules/datasets/model.h"

namespace simpul::modules::datasets {

std::vector<xlsx::Sheet> workbook_sheets(const std::vector<Dataset>& datasets, const std::string& today);

}  // namespace simpul::modules::datasets
