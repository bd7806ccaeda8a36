#pragma once
// " AND <column> = ?" with its parameter when an evaluation is for one agency, nothing for the
// whole region: how every compliance query narrows itself to one agency.
#include <cstdint>
#include <optional>
#include <string>

#include "db/value.h"

namespace simpul::modules::compliance {

inline std::string agency_filter(const char* column, std::optional<int64_t> agency_id, db::Params& params) {
  if (!agency_id) return "";
  params.push_back(*agency_id);
  return std::string(" AND ") + column + " = ?";
}

}  // namespace simpul::modules::compliance
