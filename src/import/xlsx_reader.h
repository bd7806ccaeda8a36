#pragma once
// Reads the first worksheet of an XLSX workbook (libzip to unpack, pugixml to read the
// parts) into a Table: shared strings, inline strings, numbers and booleans as text.
// Numbers keep the digits the cell stores ("3577010101900001" stays whole); a date cell
// stores a day count, which the column's reader turns into a date (see columns.h).
#include <string_view>

#include "import/table.h"

namespace simpul::import {

Table read_xlsx(std::string_view bytes, const ReadLimits& limits = {});

}  // namespace simpul::import
