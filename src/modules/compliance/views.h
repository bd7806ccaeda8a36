#pragma once
// Pure views over an evaluation: counts for the region, per agency and per obligation, and
// the calendar of duties falling due. The routes, the dashboard and the reports all read
// compliance through these.
#include <optional>
#include <string>
#include <vector>

#include "modules/compliance/engine.h"

namespace simpul::modules::compliance {

struct AgencySummary {
  int64_t agency_id = 0;
  std::string name;
  Tally tally;
  std::string next_due;  // the soonest due date among its open duties, or empty
};

struct ObligationSummary {
  const profiles::Obligation* obligation = nullptr;
  Tally tally;
  std::string basis;  // "data" or "statement"
};

Tally tally_of(const std::vector<Finding>& findings);
// One row per agency that answers for at least one finding, by name.
std::vector<AgencySummary> by_agency(const Evaluation& e);
// One row per obligation of the profile, in profile order.
std::vector<ObligationSummary> by_obligation(const Evaluation& e, const profiles::Profile& profile);
// Open duties (not met, overdue, due soon) and met periodic ones whose due date falls in
// [from, to], soonest first.
std::vector<const Finding*> calendar(const Evaluation& e, const std::string& from, const std::string& to);
// True for findings that still need doing: overdue, not met or due soon.
bool is_open(const Finding& f);

}  // namespace simpul::modules::compliance
