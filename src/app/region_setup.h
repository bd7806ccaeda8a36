#pragma once
// A new region as its regulation profile describes it: the region, the agencies and
// positions the regulation names, its bodies with members by position, the
// architecture domain coordinators and the GCIO, each with its audit entry. Used by
// `simpul init` and `simpul demo`; runs inside the caller's write transaction.
#include <map>
#include <string>

#include "audit/log.h"
#include "db/database.h"
#include "profiles/model.h"

namespace simpul {

struct RegionSetup {
  std::string region_id;
  std::map<std::string, int64_t> agency_ids;    // profile agency key → id
  std::map<std::string, int64_t> position_ids;  // profile position key → id
};

// "Kota Madiun" → "kota-madiun": lowercase ASCII letters and digits joined by hyphens.
std::string region_slug(const std::string& name);

// Throws std::invalid_argument when a region with that id already exists.
RegionSetup create_region_from_profile(db::Connection& c, const profiles::Profile& profile,
                                       const std::string& region_name, const std::string& actor);

}  // namespace simpul
