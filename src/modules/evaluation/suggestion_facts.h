#pragma once
// The SQL behind the suggested levels: what the region's records show for a campaign's year,
// read in a few grouped queries (counts over every agency at once, never one query per
// agency), and a handful of representative records per rule to show beside the proposal.
// Registries (architecture, roadmap, applications, data centres, networks, links) are read
// as they stand; dated activity (risks, reports, tickets, complaints, audits) by the year.
#include <map>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/evaluation/suggestion_rules.h"

namespace simpul::modules::evaluation {

// A record shown beside a proposal; `kind` is one of record_kinds().
struct ShownRecord {
  std::string kind;
  std::string id;
  std::string title;
};

// The records behind one rule: at most kShownRecords of them, and how many there are by kind.
struct RuleRecords {
  std::vector<ShownRecord> shown;
  std::vector<std::pair<std::string, int64_t>> counts;
};
inline constexpr int kShownRecords = 10;

struct SuggestionFacts {
  int year = 0;
  std::string as_of;  // the year's last day, or today while the year runs
  int64_t agencies = 0;
  ArchitectureFacts architecture;
  RoadmapFacts roadmap;
  ApplicationFacts applications;
  DataCenterFacts data_centers;
  NetworkFacts network;
  LinkFacts links;
  RiskFacts risks;
  ServiceDeskFacts service_desk;
  ComplaintFacts complaints;
  std::map<std::string, AuditFacts> audits;      // by rule key: infrastructure_audits, …
  std::map<std::string, RuleRecords> records;    // by rule key
};

// The facts of every rule in `rules` (suggestion keys); the others stay empty.
SuggestionFacts load_suggestion_facts(db::Connection& c, const std::string& region_id, int year,
                                      const std::vector<std::string>& rules);

}  // namespace simpul::modules::evaluation
