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

#include "db/database.h"
#include "profiles/model.h"

namespace simpul::service_desk {

struct CitedObligation {
  std::string article, text, citation;  // citation: "Perwali Madiun 39/2021 Pasal 39 ayat (8)"
};

// Pure: the first obligation of the profile that `matches`; nullopt without a profile or match.
std::optional<CitedObligation> cited_obligation(const profiles::Profile* profile,
                                                const std::function<bool(const profiles::Obligation&)>& matches);
// The obligation whose rule is `required_role tier1` (or `tier2`: the ICT office's Tier 2).
std::optional<CitedObligation> tier1_obligation(const profiles::Profile* profile);
std::optional<CitedObligation> tier2_obligation(const profiles::Profile* profile);
// The basis of the periodic report to the ICT office: the reporting rule where the regulation
// has one (Probolinggo Pasal 27 ayat (6)), else the Tier 1 obligation.
std::optional<CitedObligation> report_obligation(const profiles::Profile* profile);

// SQL: agency id → number of its people with the SPBE duty "tier1".
std::map<int64_t, int64_t> tier1_staff_counts(db::Connection& c, const std::string& region_id);

}  // namespace simpul::service_desk
