#pragma once
// The pure decisions of the infrastructure and ICT audit source (docs/compliance-contract.md,
// "Source: infrastructure and ICT audits"): which obligations its records decide, and the
// check of one subject from the loaded facts. The LAN diagrams, data center, hosts, networks,
// IP ranges, domains and backups are judged in infrastructure_rules.cpp, the ICT audits in
// infrastructure_audits.cpp. No I/O.
#include <set>
#include <string>
#include <vector>

#include "modules/compliance/model.h"
#include "modules/compliance/sources/infrastructure_facts.h"
#include "profiles/model.h"

namespace simpul::modules::compliance::infrastructure_source {

// True when the rule's kind, words, fields and binds are among those this source decides.
bool answers(const profiles::Obligation& o);
bool answers_audit(const profiles::Obligation& o);  // the ICT audit part of answers()

// The check of one subject; only for obligations answers() claims.
Check evaluate(const profiles::Obligation& o, const Subject& s, const Facts& f);
Check evaluate_audit(const profiles::Obligation& o, const Subject& s, const Facts& f);

// The worst of several checks (by status, then the soonest due date), its reason and the
// evidence of all of them, worst first, at most kMaxEvidence.
inline constexpr size_t kMaxEvidence = 20;
Check worst_of(std::vector<Check> checks);

// The rule lists fields, and only fields from `known`.
bool fields_within(const std::vector<std::string>& fields, const std::set<std::string>& known);
// A subject the duty does not concern, with why.
Check not_applicable(const Text& why);

}  // namespace simpul::modules::compliance::infrastructure_source
