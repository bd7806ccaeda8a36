#pragma once
// The requests for change as a spreadsheet (Daftar Permintaan Perubahan) and the steps taken,
// for the ICT office's reports on the change process (Madiun Pasal 38 ayat (2)).
#include <string>
#include <vector>

#include "modules/changes/model.h"

namespace simpul::modules::changes {

// `steps[i]` are the steps of `changes[i]`; times in the region's local time (offset minutes).
std::string workbook_of(const std::vector<Change>& changes, const std::vector<std::vector<Step>>& steps, int utc_offset_minutes);

}  // namespace simpul::modules::changes
