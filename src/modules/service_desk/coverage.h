#pragma once
// Who covers Service Desk Tier 1: the people of each agency whose SPBE duties include "tier1"
// (every agency must have one: Madiun Pasal 39 ayat (8), Batam Pasal 40 ayat (7) huruf a,
// Kendari Pasal 33, OKI Pasal 39, Probolinggo Pasal 27), and the article of the region's
// regulation that says so or that asks for the periodic report.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "app/region_profile.h"
#include "db/database.h"
#include "profiles/model.h"

namespace simpul::service_desk {

using simpul::CitedObligation;
using simpul::cited_obligation;

// The obligation whose rule is `required_role tier1` (or `tier2`: the ICT office's Tier 2).
std::optional<CitedObligation> tier1_obligation(const profiles::Profile* profile);
std::optional<CitedObligation> tier2_obligation(const profiles::Profile* profile);
// The basis of the periodic report to the ICT office: the reporting rule where the regulation
// has one (Probolinggo Pasal 27 ayat (6)), else the Tier 1 obligation.
std::optional<CitedObligation> report_obligation(const profiles::Profile* profile);

// SQL: agency id → number of its people with the SPBE duty "tier1".
std::map<int64_t, int64_t> tier1_staff_counts(db::Connection& c, const std::string& region_id);

}  // namespace simpul::service_desk
