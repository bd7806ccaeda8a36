#pragma once
// The regulation profile a region runs (regions.profile names a built-in one).
#include <functional>
#include <optional>
#include <string>

#include "db/database.h"
#include "profiles/model.h"

namespace simpul {

// Null when the region is unknown or names a profile this binary does not carry.
const profiles::Profile* region_profile(db::Connection& c, const std::string& region_id);

// An obligation of the region's regulation as a refusal or a report cites it.
struct CitedObligation {
  std::string article, text, citation;  // citation: "Perwali Madiun 39/2021 Pasal 39 ayat (8)"
};

// Pure: the first obligation of the profile that `matches`; nullopt without a profile or match.
std::optional<CitedObligation> cited_obligation(const profiles::Profile* profile,
                                                const std::function<bool(const profiles::Obligation&)>& matches);

}  // namespace simpul
