#pragma once
// Reads a CSV file (libcsv) into a Table. Spreadsheet programs set to Indonesian save
// with ";" between fields, others with ","; the first line decides. A UTF-8 byte order
// mark is dropped; text that is not UTF-8 is refused with a hint to save as UTF-8.
#include <string_view>

#include "import/table.h"

namespace simpul::import {

Table read_csv(std::string_view bytes, const ReadLimits& limits = {});

}  // namespace simpul::import
