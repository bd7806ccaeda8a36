#pragma once
// The governance source's decisions, pure: which obligations the governance records decide
// (the words of docs/compliance-contract.md "Source: governance and organisation"), and the
// check of one obligation for one subject from the loaded facts. No I/O.
#include <string>
#include <vector>

#include "modules/compliance/model.h"
#include "modules/compliance/sources/governance_facts.h"
#include "profiles/model.h"

namespace simpul::modules::compliance::governance {

// True when the governance records decide the obligation: its rule kind and words are in
// the table, and, for a required record, every field it names is one the records hold.
bool answers(const profiles::Obligation& o);

// The check of an obligation `answers` accepted, for one subject it binds.
Check check(const Facts& f, const profiles::Obligation& o, const Subject& s);

// --- the parts, one per area (governance_plans.cpp, governance_organisation.cpp)
Check plans_check(const Facts& f, const profiles::Obligation& o, const Subject& s);
Check organisation_check(const Facts& f, const profiles::Obligation& o, const Subject& s);

// The plan in force this year: enacted, its period holding this year; nullptr when none.
const master_plans::MasterPlan* master_plan_in_force(const Facts& f);
const architectures::Architecture* architecture_in_force(const Facts& f);
const RoadmapFacts* roadmap_in_force(const Facts& f);

// Evidence linking a record to its page.
Evidence plan_evidence(const std::string& kind, int64_t id, const std::string& title, const std::string& page,
                       const std::string& date);
// A not met check naming what is missing, each missing thing as evidence.
Check missing(const Text& reason, std::vector<Evidence> evidence = {});
// Met, with the records it rests on.
Check met(const Text& reason, std::vector<Evidence> evidence);
// "a, b, c" with underscores read as spaces: the field words of the profile in a reason.
std::string words(const std::vector<std::string>& fields);

}  // namespace simpul::modules::compliance::governance
