#pragma once
// SQL for requests for change, their steps and the change calendar; portable between SQLite and
// PostgreSQL. Also the few facts of other registries the rules need (the requesting agency, the
// linked applications) and the labels of linked records.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/changes/model.h"
#include "modules/changes/rules.h"

namespace simpul::modules::changes {

// The next number of the region's year ("RFC-2026-0001"), counted in the caller's transaction.
std::string next_number(db::Connection& c, const std::string& region_id, int year);

std::optional<Change> find(db::Connection& c, const std::string& region_id, int64_t id);
int64_t insert(db::Connection& c, Change& change);  // sets change.id
// Writes `change` where the stored version is still `before_version`; false when it is not.
bool update(db::Connection& c, const Change& change, int64_t before_version);

std::vector<Step> steps(db::Connection& c, const std::string& region_id, int64_t change_id);
void insert_step(db::Connection& c, Step& step);
// Several steps in one statement (the demo writes thousands of changes with their histories).
void insert_steps(db::Connection& c, const std::vector<Step>& steps);

struct ListFilter {
  std::string stage, target_kind, risk_level, change_type, link, query;
  std::optional<int64_t> agency_id;
  std::optional<int64_t> before_id;  // cursor: ids below this one
  int limit = 51;
};
std::vector<Change> list(db::Connection& c, const std::string& region_id, const ListFilter& filter);

// One row of the calendar.
struct CalendarRow {
  int64_t id = 0;
  std::string number, title, stage, risk_level, change_type, target_kind, target_label, link_keys, decision;
  int64_t agency_id = 0;
  std::string agency_short_name;
  std::string start, end;
};
struct CalendarFilter {
  std::string scan_from, period_start, period_end;
  std::optional<int64_t> agency_id;
  std::string target_kind;
};
// One query over the (region_id, window_start) index; sorted by start. Cancelled and refused left out.
std::vector<CalendarRow> calendar(db::Connection& c, const std::string& region_id, const CalendarFilter& filter);

// What the approval rule needs about the change's target and agency.
GateFacts gate_facts(db::Connection& c, const std::string& region_id, const Change& change);

// The label of a linked record of the region: name of an application or host, number and title of
// a ticket or risk, "" for an asset (kept by id); nullopt when there is no such record.
std::optional<std::string> link_label(db::Connection& c, const std::string& region_id, const std::string& kind, int64_t id);

// " application:12 host:4 " for the links.
std::string link_keys_of(const std::vector<Link>& links);

}  // namespace simpul::modules::changes
