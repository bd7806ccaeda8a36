#pragma once
// The facts of the management processes the compliance engine judges (service desk roles and
// tickets, risks, information security, ICT assets, changes, knowledge, competencies), loaded
// for the whole region (or one agency) in a few grouped queries. Plain data; the decisions are
// in management_rules.h.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/compliance/sources/source.h"
#include "modules/competencies/model.h"

namespace simpul::modules::compliance {

// A record a finding points at: its id, a label and the day it counts from.
struct RecordRef {
  int64_t id = 0;
  std::string label, date;
};

// The register of SPBE risks of one agency, in the latest year it holds risks.
struct RiskRegisterFacts {
  int year = 0;
  int risks = 0, to_treat = 0, treated = 0, reassessed = 0;
  int reports_submitted = 0;  // monitoring reports of that year
  bool annual_submitted = false;
};

struct KnowledgeFacts {
  int articles = 0, processed = 0, published = 0, used = 0, transfers = 0;
};

// A ticket or an incident whose duty has a date.
struct DatedDuty {
  RecordRef record;
  std::string due_at;   // RFC 3339 instant, or empty
  bool done = false;    // sent, resolved, handled
  bool has_handler = false;
};

// A change request that went ahead past its approval, and the approval gate of the region's
// regulation that governs it (changes/rules.h approval_rule).
struct GatedChange {
  RecordRef record;
  std::string gate_obligation_id;  // the obligation the rule chose
  std::string approver, decision;  // as recorded
  std::vector<int64_t> host_ids;   // hosts it changes
};

struct AgencyManagementFacts {
  std::string name;
  int tier1 = 0, tier2 = 0;
  bool has_services = false;
  std::vector<competencies::Employee> employees;
  std::optional<RiskRegisterFacts> risks;  // none: no risk in the register
  int assets = 0;
  std::map<std::string, int> assets_by_stage;
  KnowledgeFacts knowledge;
  std::set<std::string> change_stages;  // every stage a change request of the agency reached
  int changes = 0;
  int datasets = 0, tickets = 0, staff_competencies = 0;
  bool training_plan_this_year = false;  // a plan of this year with an item not cancelled
  std::set<std::string> acknowledged_policy_kinds;  // published policies acknowledged at their revision
  std::vector<DatedDuty> incident_reports, data_owner_notices;  // serious incidents
  std::vector<GatedChange> gated_changes;
};

struct ManagementFacts {
  std::string today, now;  // YYYY-MM-DD and the RFC 3339 instant the tickets' due times are read against
  std::map<int64_t, AgencyManagementFacts> agencies;
  // The region's information security programme: saved, its person in charge, the stages it
  // has recorded (BSSN 4/2021 Pasal 3), its CSIRT members.
  bool programme_saved = false;
  bool person_in_charge = false;
  std::set<std::string> programme_stages;
  int csirt_members = 0;
  std::map<std::string, RecordRef> published_policies;  // kind → a published policy
  // Tickets of each service waiting at Tier 1, and the tickets at Tier 2 (for the ICT office).
  std::map<int64_t, std::vector<DatedDuty>> tier1_tickets_by_service;
  std::vector<DatedDuty> tier2_tickets;
  std::optional<RecordRef> inventory_report_sent;  // the latest asset inventory report sent with its recipient
  std::optional<RecordRef> inventory_report_draft;
  std::map<int64_t, RecordRef> host_compatibility;  // host id → a linked asset whose compatibility is recorded
  std::set<int64_t> hosts_with_assets;
  // The competency requirements the profile states, by key "profile:<obligation id>".
  std::map<std::string, competencies::Requirement> requirements;
};

ManagementFacts load_management_facts(const Scope& scope);

}  // namespace simpul::modules::compliance
