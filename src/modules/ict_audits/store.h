#pragma once
// SQL of the ICT audit programme (migrations/0015_ict_audits.sql).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/ict_audits/model.h"
#include "profiles/period.h"

namespace simpul::modules::ict_audits {

// The region's default audit period (no row: P2Y, version 0).
struct Settings {
  profiles::Period default_period;
  int64_t version = 0;
};
Settings load_settings(db::Connection& c, const std::string& region_id);
profiles::Period default_period(db::Connection& c, const std::string& region_id);
// Writes the period where the stored version is still `expected_version` (0: no row yet).
bool save_settings(db::Connection& c, const std::string& region_id, const std::string& period, int64_t expected_version,
                   const std::string& now);
// The derived due date only (no version change): after the default period changed.
void set_next_due(db::Connection& c, const std::string& region_id, int64_t object_id, const std::string& next_due_on);

struct ObjectFilter {
  std::string kind, status, query;  // empty: any
  std::optional<int64_t> agency_id;
  std::optional<bool> active;
  std::string today;  // for status
  std::optional<int64_t> after_id;
  std::optional<int> limit;
};
// By id; status filters on the stored next_due_on (indexed).
std::vector<AuditObject> list_objects(db::Connection& c, const std::string& region_id, const ObjectFilter& filter);
// The objects past their due date, most overdue first (next_due_on, then id), at most `limit`,
// and how many there are: an index range read, not the whole list.
std::vector<AuditObject> overdue_objects(db::Connection& c, const std::string& region_id, const std::string& today, int limit);
int64_t overdue_object_count(db::Connection& c, const std::string& region_id, const std::string& today);
std::optional<AuditObject> find_object(db::Connection& c, const std::string& region_id, int64_t object_id);
// Active objects due on or before `until` (YYYY-MM-DD), soonest first.
std::vector<AuditObject> objects_due_by(db::Connection& c, const std::string& region_id, const std::string& until);
std::set<std::string> sync_keys(db::Connection& c, const std::string& region_id);
int64_t insert_object(db::Connection& c, AuditObject& o);  // sets o.id
bool update_object(db::Connection& c, const AuditObject& o, int64_t expected_version);
// The category of an application of the region; nullopt when it is not one.
std::optional<std::string> application_category(db::Connection& c, const std::string& region_id, int64_t application_id);
bool facility_exists(db::Connection& c, const std::string& region_id, int64_t facility_id);

// What the registries hold for the sync: the applications in production and the ICT office.
struct RegistryApplication {
  int64_t id = 0;
  std::string name, category, registered_on;
  int64_t owner_agency_id = 0;
};
std::vector<RegistryApplication> applications_in_use(db::Connection& c, const std::string& region_id);
std::optional<int64_t> ict_office_id(db::Connection& c, const std::string& region_id);

struct AuditFilter {
  std::optional<int64_t> object_id;
  std::string state;
  std::optional<int> year;  // of planned_on
  std::optional<int64_t> after_id;
  std::optional<int> limit;
};
std::vector<Audit> list_audits(db::Connection& c, const std::string& region_id, const AuditFilter& filter);
std::optional<Audit> find_audit(db::Connection& c, const std::string& region_id, int64_t audit_id);
// Audits not yet completed, of one object or (none given) of the region.
std::vector<Audit> open_audits(db::Connection& c, const std::string& region_id, std::optional<int64_t> object_id);
// Planned audits whose required pre-evaluation is past due; completed audits not reported by their report date.
std::vector<Audit> pre_evaluations_overdue(db::Connection& c, const std::string& region_id, const std::string& today);
std::vector<Audit> reports_overdue(db::Connection& c, const std::string& region_id, const std::string& today);
int64_t insert_audit(db::Connection& c, Audit& a);
bool update_audit(db::Connection& c, const Audit& a, int64_t expected_version);

// Findings come with their follow-ups.
std::vector<Finding> findings_of_audit(db::Connection& c, const std::string& region_id, int64_t audit_id);
std::optional<Finding> find_finding(db::Connection& c, const std::string& region_id, int64_t finding_id);
std::vector<Finding> findings_overdue(db::Connection& c, const std::string& region_id, const std::string& today);
int64_t insert_finding(db::Connection& c, Finding& f);
bool update_finding(db::Connection& c, const Finding& f, int64_t expected_version);
int64_t insert_follow_up(db::Connection& c, FollowUp& f);

}  // namespace simpul::modules::ict_audits
