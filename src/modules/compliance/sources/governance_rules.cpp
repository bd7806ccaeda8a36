#include "modules/compliance/sources/governance_rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace simpul::modules::compliance::governance {

namespace {

using Words = std::set<std::string>;

const Words kSixDomains{"business_process", "data_information", "infrastructure", "application", "security", "service"};
const Words kAgencyBinds{"every_agency", "ict_office", "planning_office", "organization_bureau"};

// The fields each required record holds in Simpul; a record with no entry here is not ours.
// An empty set with `any` accepts every field word (the vision's and mission's themes are
// read by people; the record only shows that they are written).
struct RecordWords {
  Words fields;
  bool any = false;
  Words binds = {};  // empty: any subject
};
const std::map<std::string, RecordWords>& records() {
  static const std::map<std::string, RecordWords> table{
      {"spbe_architecture",
       {{"valid_from", "valid_until", "reference_architecture", "architecture_reference", "domain_architecture",
         "architecture_domains", "business_process", "data_and_information", "data_information", "infrastructure",
         "application", "service", "security"}}},
      {"spbe_architecture_domains", {kSixDomains}},
      {"architecture_domains", {kSixDomains}},
      {"architecture_domain", {kSixDomains, false, kAgencyBinds}},
      {"architecture_domain_draft", {kSixDomains, false, kAgencyBinds}},
      {"architecture_review", {{"midterm_review", "final_year_review"}}},
      {"spbe_roadmap",
       {{"valid_from", "valid_until", "programs", "activities", "governance", "management", "services", "infrastructure",
         "applications", "security", "ict_audit"}}},
      {"spbe_master_plan",
       {{"vision", "mission", "goals", "targets", "policy_direction", "strategy", "strategies", "spbe_architecture",
         "spbe_roadmap", "rpjmd", "mayor_vision_and_mission", "strategic_roadmap", "valid_from", "valid_until"}}},
      {"spbe_vision", {{}, true}},
      {"spbe_mission", {{}, true}},
      {"business_process", {{"owner_agency"}, false, {"every_agency"}}},
      {"integrated_business_process", {{"coordinator", "related_agencies"}}},
      {"spbe_coordination_team", {{"chair", "vice_chair", "secretary_1", "secretary_2", "members"}}},
      {"spbe_coordination_team_decree", {{}}},
      {"steering_team", {{"chair", "secretary", "members"}}},
      {"coordinating_team",
       {{"coordinator", "secretary", "policy_and_governance_group", "management_group", "monitoring_and_evaluation_group"}}},
      {"spbe_organisers", {{"steering_team", "coordinating_team"}}},
      // assessor, and the criteria keys of the profile's PD Mandiri TIK rule
      {"feasibility_assessment", {{}, true, {"ict_office"}}},
  };
  return table;
}

const std::map<std::string, Words>& events() {
  static const std::map<std::string, Words> table{
      {"roadmap_review", {}},
      {"architecture_review", {}},
      {"master_plan_review", {}},
      {"spbe_plan_and_budget_coordination", {"planning_office", "ict_office"}},
  };
  return table;
}

const std::set<std::pair<std::string, std::string>>& links() {
  static const std::set<std::pair<std::string, std::string>> table{
      {"spbe_roadmap", "spbe_architecture"},
      {"spbe_budget_line", "spbe_roadmap_activity"},
      {"business_process", "spbe_architecture"},
      {"spbe_master_plan", "rpjmd"},
      {"ict_self_sufficiency_designation", "feasibility_assessment"},
      {"feasibility_assessment", "self_sufficiency_proposal"},
      {"spbe_plan_and_budget", "agency_spbe_budget_proposal"},
  };
  return table;
}

const Words kGates{"adopt_spbe_architecture",
                   "adopt_spbe_roadmap",
                   "adopt_spbe_master_plan",
                   "adopt_architecture_review",
                   "change_spbe_roadmap",
                   "change_spbe_architecture",
                   "form_spbe_coordination_team",
                   "designate_ict_self_sufficient_agency",
                   "set_spbe_organisers_membership",
                   "submit_spbe_architecture_draft",
                   "integrate_business_processes"};

bool binds_one_of(const profiles::Obligation& o, const Words& binds) { return binds.empty() || binds.count(o.binds); }

bool record_answered(const profiles::Obligation& o) {
  auto it = records().find(o.rule.value("record"));
  if (it == records().end() || !binds_one_of(o, it->second.binds)) return false;
  if (it->second.any) return true;
  const auto& fields = o.rule.list("fields");
  return std::all_of(fields.begin(), fields.end(), [&](const std::string& w) { return it->second.fields.count(w) > 0; });
}

}  // namespace

bool answers(const profiles::Obligation& o) {
  const auto& r = o.rule;
  if (r.kind == "periodic_event") {
    auto it = events().find(r.value("event"));
    return it != events().end() && binds_one_of(o, it->second);
  }
  if (r.kind == "periodic_submission") return r.value("evidence") == "spbe_plan_and_budget" && binds_one_of(o, kAgencyBinds);
  if (r.kind == "required_record") return record_answered(o);
  if (r.kind == "required_link") {
    bool budget = r.value("from") == "spbe_budget_line" || r.value("from") == "business_process";
    return links().count({r.value("from"), r.value("to")}) && (!budget || binds_one_of(o, kAgencyBinds));
  }
  if (r.kind == "approval_gate") return kGates.count(r.value("action")) > 0;
  if (r.kind == "required_role") return r.value("role") == "gcio";
  return false;
}

Check check(const Facts& f, const profiles::Obligation& o, const Subject& s) {
  const auto& r = o.rule;
  bool organisation =
      (r.kind == "required_record" &&
       std::set<std::string>{"business_process", "integrated_business_process", "spbe_coordination_team",
                             "spbe_coordination_team_decree", "steering_team", "coordinating_team", "spbe_organisers",
                             "feasibility_assessment"}
           .count(r.value("record"))) ||
      (r.kind == "required_link" &&
       std::set<std::string>{"business_process", "ict_self_sufficiency_designation", "feasibility_assessment"}.count(
           r.value("from"))) ||
      (r.kind == "approval_gate" &&
       std::set<std::string>{"form_spbe_coordination_team", "designate_ict_self_sufficient_agency",
                             "set_spbe_organisers_membership", "integrate_business_processes"}
           .count(r.value("action"))) ||
      r.kind == "required_role";
  return organisation ? organisation_check(f, o, s) : plans_check(f, o, s);
}

// --- shared helpers

namespace {
template <class Plan>
const Plan* in_force(const std::vector<Plan>& plans, int year, auto period_of) {
  for (const auto& p : plans) {
    auto [from, to] = period_of(p);
    if (p.status == "enacted" && from <= year && year <= to) return &p;
  }
  return nullptr;
}
}  // namespace

const master_plans::MasterPlan* master_plan_in_force(const Facts& f) {
  return in_force(f.master_plans, f.this_year, [](const auto& p) { return std::pair{p.start_year, p.end_year}; });
}
const architectures::Architecture* architecture_in_force(const Facts& f) {
  return in_force(f.architectures, f.this_year, [](const auto& a) { return std::pair{a.start_year, a.end_year}; });
}
const RoadmapFacts* roadmap_in_force(const Facts& f) {
  for (const auto& r : f.roadmaps)
    if (r.roadmap.status == "enacted" && r.roadmap.start_year <= f.this_year && f.this_year <= r.roadmap.end_year) return &r;
  return nullptr;
}

Evidence plan_evidence(const std::string& kind, int64_t id, const std::string& title, const std::string& page,
                       const std::string& date) {
  return {kind, std::to_string(id), {title, title}, page.empty() ? "" : page + "/" + std::to_string(id), date};
}

Check missing(const Text& reason, std::vector<Evidence> evidence) {
  Check c;
  c.status = Status::not_met;
  c.reason = reason;
  c.evidence = std::move(evidence);
  return c;
}

Check met(const Text& reason, std::vector<Evidence> evidence) {
  Check c;
  c.status = Status::met;
  c.reason = reason;
  c.evidence = std::move(evidence);
  return c;
}

std::string words(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& w : fields) {
    if (!out.empty()) out += ", ";
    std::string spaced = w;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    out += spaced;
  }
  return out;
}

}  // namespace simpul::modules::compliance::governance
