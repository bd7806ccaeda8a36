#pragma once
// The governance records the compliance engine reads, loaded once per evaluation: the
// master plans, architectures and roadmaps not superseded, the budget plans' submissions
// and the lines with no roadmap link, the business processes, the bodies of the
// regulation, the GCIO and the PD Mandiri TIK assessments. A handful of grouped queries for
// the whole region; nothing here is queried per subject.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/architectures/model.h"
#include "modules/committees/store.h"
#include "modules/compliance/sources/source.h"
#include "modules/master_plans/model.h"
#include "modules/roadmaps/model.h"

namespace simpul::modules::compliance::governance {

struct RoadmapFacts {
  roadmaps::Roadmap roadmap;
  std::vector<std::string> areas;  // the areas with at least one activity
  int64_t activities = 0;
  int64_t programs = 0;
  std::string last_monitoring;  // YYYY-MM-DD of the newest monitoring record, or empty
  std::vector<roadmaps::Change> changes_without_decree;
};

// A record listed by id with a label: a budget line, a business process, a link.
struct Ref {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t parent_id = 0;  // the budget plan of a line
  std::string label;
};

struct Submission {
  int64_t budget_plan_id = 0;
  int year = 0;
  std::string date;  // YYYY-MM-DD
};

struct ProcessCounts {
  int64_t total = 0, submitted = 0;  // submitted: submitted or coordinated
  int64_t first_id = 0;
};

struct CrossLink {
  int64_t link_id = 0;
  Ref from, to;
  bool both_coordinated = false;
};

struct Gcio {
  int64_t position_id = 0;
  std::string title;
  std::optional<int64_t> agency_id;
  std::string holder_name;  // empty: the position is vacant
};

struct Assessment {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string status;
  std::set<std::string> judged;  // the criteria keys judged
  bool all_met = false;          // every criterion judged met
  std::string decree_number, decree_date;
  std::string assessed_on;
};

struct Facts {
  const profiles::Profile* profile = nullptr;
  std::string today;
  int this_year = 0;
  int utc_offset_hours = 7;  // the region's zone, to read stored UTC timestamps as its dates
  std::vector<master_plans::MasterPlan> master_plans;      // not superseded, newest period first
  std::vector<architectures::Architecture> architectures;  // not superseded, newest period first
  std::vector<RoadmapFacts> roadmaps;                      // not superseded, newest period first
  std::map<int64_t, Submission> last_submission;           // by agency: the newest budget plan handed in
  std::optional<Submission> last_coordinated, last_verified;  // the region's newest coordination / verification
  std::map<int64_t, int64_t> lines_by_agency;              // budget lines of this year's and later plans
  std::vector<Ref> unlinked_lines;                         // those of them with no roadmap activity
  std::map<int64_t, ProcessCounts> processes_by_agency;
  std::vector<Ref> processes_without_architecture;
  std::vector<CrossLink> cross_agency_links;  // between processes of different agencies
  std::vector<committees::Committee> committees;
  std::optional<Gcio> gcio;
  std::vector<Assessment> assessments;
  std::map<int64_t, std::string> self_sufficient;  // agencies that are PD Mandiri TIK now → their decree, or empty
  std::map<int64_t, std::string> agency_names;
};

Facts load_facts(const Scope& scope);

}  // namespace simpul::modules::compliance::governance
