#include "modules/compliance/sources/infrastructure_facts.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "modules/compliance/agency_filter.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::compliance::infrastructure_source {

namespace {

template <typename T>
const T* by_id(const std::vector<T>& list, int64_t id) {
  auto it = std::lower_bound(list.begin(), list.end(), id, [](const T& x, int64_t v) { return x.id < v; });
  return it != list.end() && it->id == id ? &*it : nullptr;
}

std::vector<std::string> json_words(const std::string& text) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_array())
    for (const auto& x : j)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

// " AND <column> = ?" when the evaluation is one agency's and that agency is not the ICT
// office (whose duties look at the whole region).
struct Filter {
  std::optional<int64_t> agency_id;
  std::string on(const char* column, db::Params& params) const { return agency_filter(column, agency_id, params); }
};

Filter filter_of(const Scope& scope) {
  if (!scope.agency_id) return {};
  auto rows = scope.c.query("SELECT ict_office FROM agencies WHERE region_id = ? AND agency_id = ?",
                            {scope.region_id, *scope.agency_id});
  if (!rows.empty() && rows[0].int64(0) != 0) return {};
  return {scope.agency_id};
}

}  // namespace

void Facts::index() {
  latest_completed.clear();
  for (const auto& a : audits) {
    if (a.completed_on.empty() || (a.state != "completed" && a.state != "reported")) continue;
    auto& slot = latest_completed[a.object_id];
    if (!slot || slot->completed_on < a.completed_on) slot = &a;
  }
}

const AgencyFact* Facts::agency(int64_t id) const { return by_id(agencies, id); }
const FacilityFact* Facts::facility(std::optional<int64_t> id) const { return id ? by_id(facilities, *id) : nullptr; }
const AuditObjectFact* Facts::audit_object(int64_t id) const { return by_id(audit_objects, id); }
const ApplicationFact* Facts::application(int64_t id) const { return by_id(applications, id); }

Facts load_facts(const Scope& scope) {
  auto& c = scope.c;
  const auto& region = scope.region_id;
  Filter only = filter_of(scope);
  Facts f;
  f.today = scope.today;
  f.profile = &scope.profile;
  f.default_audit_period = ict_audits::default_period(c, region);

  db::Params p{region};
  std::string sql = "SELECT agency_id, name, short_name, profile_key, ict_office, ict_self_sufficient FROM agencies "
                    "WHERE region_id = ?" + only.on("agency_id", p) + " ORDER BY agency_id";
  for (auto& r : c.query(sql, p))
    f.agencies.push_back({r.int64(0), r.take_text(1), r.take_text(2), db::text_or_empty(r, 3), r.int64(4) != 0, r.int64(5) != 0});

  p = {region};
  sql = "SELECT diagram_id, agency_id, submitted_on FROM lan_diagrams WHERE region_id = ?" + only.on("agency_id", p) +
        " ORDER BY diagram_id";
  for (auto& r : c.query(sql, p)) f.diagrams.push_back({r.int64(0), r.int64(1), r.take_text(2)});

  for (auto& r : c.query("SELECT facility_id, name, kind, operator_agency_id FROM facilities WHERE region_id = ? "
                         "ORDER BY facility_id", {region}))
    f.facilities.push_back({r.int64(0), r.take_text(1), r.take_text(2), db::optional_int64(r, 3)});

  p = {region};
  sql = "SELECT host_id, owner_agency_id, name, kind, status, facility_id, addresses FROM hosts WHERE region_id = ?" +
        only.on("owner_agency_id", p) + " ORDER BY host_id";
  for (auto& r : c.query(sql, p))
    f.hosts.push_back({r.int64(0), r.int64(1), r.take_text(2), r.take_text(3), r.take_text(4), db::optional_int64(r, 5),
                       json_words(r.text(6))});

  // A LAN an agency operator registered themselves: the audit log's creation entry says who.
  p = {region};
  sql = "SELECT n.network_id, n.owner_agency_id, n.name, n.kind, n.version, n.updated_at, "
        "(SELECT MIN(l.at) FROM audit_log l WHERE l.region_id = n.region_id AND l.entity_type = 'network' "
        " AND l.entity_id = CAST(n.network_id AS TEXT) AND l.action = 'network.create' AND l.actor_role = 'agency_operator') "
        "FROM networks n WHERE n.region_id = ?" + only.on("n.owner_agency_id", p) + " ORDER BY n.network_id";
  for (auto& r : c.query(sql, p))
    f.networks.push_back({r.int64(0), db::optional_int64(r, 1), r.take_text(2), r.take_text(3), r.int64(4),
                          r.text(5).substr(0, 10), db::text_or_empty(r, 6).substr(0, 10)});

  for (auto& r : c.query("SELECT cidr FROM ip_ranges WHERE region_id = ? ORDER BY range_id", {region}))
    f.allocated_ranges.push_back(r.take_text(0));

  p = {region};
  sql = "SELECT domain_id, agency_id, name, kind FROM domains WHERE region_id = ?" + only.on("agency_id", p) +
        " ORDER BY domain_id";
  for (auto& r : c.query(sql, p)) f.domains.push_back({r.int64(0), db::optional_int64(r, 1), r.take_text(2), r.take_text(3)});

  p = {region};
  sql = "SELECT backup_id, agency_id, done_on, result, facility_id FROM backups WHERE region_id = ?" +
        only.on("agency_id", p) + " ORDER BY backup_id";
  for (auto& r : c.query(sql, p))
    f.backups.push_back({r.int64(0), r.int64(1), r.take_text(2), r.take_text(3), db::optional_int64(r, 4)});

  p = {region};
  sql = "SELECT o.object_id, o.kind, o.name, o.application_id, COALESCE(a.category, ''), o.active "
        "FROM ict_audit_objects o LEFT JOIN applications a ON a.application_id = o.application_id "
        "WHERE o.region_id = ?" + only.on("o.owner_agency_id", p) + " ORDER BY o.object_id";
  for (auto& r : c.query(sql, p))
    f.audit_objects.push_back({r.int64(0), r.take_text(1), r.take_text(2), db::optional_int64(r, 3), r.take_text(4), r.int64(5) != 0});

  p = {region};
  sql = "SELECT a.audit_id, a.object_id, a.state, a.planned_on, a.auditor_kind, a.auditor_name, a.auditor_credential, "
        "a.aspects, a.pre_evaluation_due_on, a.pre_evaluated_on, a.started_on, a.completed_on, a.report_due_on, a.reported_on "
        "FROM ict_audits a JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ?" +
        only.on("o.owner_agency_id", p) + " ORDER BY a.audit_id";
  for (auto& r : c.query(sql, p)) {
    AuditFact a;
    a.id = r.int64(0);
    a.object_id = r.int64(1);
    a.state = r.take_text(2);
    a.planned_on = r.take_text(3);
    a.auditor_kind = r.take_text(4);
    a.auditor_name = r.take_text(5);
    a.auditor_credential = r.take_text(6);
    a.aspects = json_words(r.text(7));
    a.pre_evaluation_due_on = db::text_or_empty(r, 8);
    a.pre_evaluated_on = db::text_or_empty(r, 9);
    a.started_on = db::text_or_empty(r, 10);
    a.completed_on = db::text_or_empty(r, 11);
    a.report_due_on = db::text_or_empty(r, 12);
    a.reported_on = db::text_or_empty(r, 13);
    f.audits.push_back(std::move(a));
  }

  p = {region};
  sql = "SELECT application_id, lifecycle FROM applications WHERE region_id = ?" + only.on("owner_agency_id", p) +
        " ORDER BY application_id";
  for (auto& r : c.query(sql, p)) f.applications.push_back({r.int64(0), r.text(1) == "in_production"});

  f.index();
  return f;
}

}  // namespace simpul::modules::compliance::infrastructure_source
