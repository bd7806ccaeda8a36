#pragma once
// SQL for security incidents, their notices, links and events, and the lists and overdue reads
// over them (migrations/0014_information_security.sql).
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/security/model.h"

namespace simpul::modules::security {

struct IncidentFilter {
  std::optional<int64_t> agency_id;
  std::string stage;  // a stage, "open" (every stage but closed) or empty
  std::string severity;
  bool overdue = false;  // a notice overdue at `now`
  std::string query;
  std::string now;  // RFC 3339, for `overdue`
  int limit = 50;
  std::optional<std::pair<std::string, int64_t>> after;  // (detected_at, id) of the last item seen
};
// Newest detected first.
std::vector<Incident> list_incidents(db::Connection& c, const std::string& region_id, const IncidentFilter& filter);
// The region's incidents not closed: what the list's stage "open" shows.
int64_t open_incident_count(db::Connection& c, const std::string& region_id);
std::optional<Incident> find_incident(db::Connection& c, const std::string& region_id, int64_t incident_id);
int64_t next_incident_number(db::Connection& c, const std::string& region_id, int year);
void insert_incident(db::Connection& c, Incident& i);  // sets i.id
bool update_incident(db::Connection& c, const Incident& i, int64_t expected_version);

// The first `limit` of an overdue list and how many the list has in all.
struct IncidentPage {
  std::vector<Incident> first;
  int64_t total = 0;
};
// Incidents whose notice of `kind` (ict_office | data_owner) is unsent past due at `now`, earliest
// due first; open incidents of a severity detected before `detected_before`, oldest first. Both
// optionally of one agency, each an index range read on the partial indexes of migration 0014.
IncidentPage overdue_notices(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                             const std::string& kind, const std::string& now, size_t limit);
IncidentPage incidents_open_since(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                                  const std::string& severity, const std::string& detected_before, size_t limit);

std::vector<Notice> notices(db::Connection& c, int64_t incident_id);
void insert_notice(db::Connection& c, const std::string& region_id, int64_t incident_id, Notice& n);

std::vector<IncidentLink> links(db::Connection& c, int64_t incident_id);
std::optional<IncidentLink> find_link(db::Connection& c, int64_t incident_id, int64_t link_id);
void insert_link(db::Connection& c, const std::string& region_id, int64_t incident_id, IncidentLink& l,
                 std::optional<int64_t> by_user_id);
void delete_link(db::Connection& c, int64_t incident_id, int64_t link_id);
// The label of a record of `kind` (host, application, dataset, risk) in the region; nullopt when none.
std::optional<std::string> link_target_label(db::Connection& c, const std::string& region_id, const std::string& kind,
                                             int64_t target_id);

std::vector<IncidentEvent> events(db::Connection& c, int64_t incident_id);
void insert_event(db::Connection& c, const std::string& region_id, int64_t incident_id, const IncidentEvent& e);

}  // namespace simpul::modules::security
