#pragma once
// The compliance engine: every obligation of the region's profile, for every subject it
// binds, judged by the source that knows its records or, where Simpul keeps none, by
// people's statements. Computed on every read from the live data: a record mended is a
// status changed at once.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/compliance/model.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

struct Evaluation {
  std::string today;
  std::vector<Finding> findings;  // in profile order, subjects in name order within each
  // Per obligation of the profile (same order): "data" when a source decides it, "statement"
  // otherwise — known even for an obligation that binds no subject yet.
  std::vector<std::string> basis;
};

// The whole region (agency_id unset) or one agency's duties: its own, and those of what it owns.
// With `only`, just that obligation of the profile is judged (one obligation's page need not
// judge the hundred others, nor load the sources they need).
Evaluation evaluate(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                    std::optional<int64_t> agency_id = std::nullopt, const profiles::Obligation* only = nullptr);

// Pure: the errors that stop Simpul from judging this profile — a rule kind the engine
// cannot evaluate, named with its obligation. Empty when every obligation can be judged.
std::vector<std::string> unevaluable(const profiles::Profile& profile);

// Pure: which source answers each obligation ("statement" when none): for the profile page
// and the tests that keep two sources from claiming one obligation.
std::vector<std::pair<const profiles::Obligation*, std::string>> answering_sources(const profiles::Profile& profile);

}  // namespace simpul::modules::compliance
