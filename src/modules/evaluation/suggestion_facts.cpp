#include "modules/evaluation/suggestion_facts.h"

#include <algorithm>

#include "modules/ict_audits/schedule.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/regions/store.h"

namespace simpul::modules::evaluation {

namespace {

// The audit object kinds each audit rule reads (ict_audit_objects.kind).
const std::map<std::string, std::vector<std::string>>& audit_scopes() {
  static const std::map<std::string, std::vector<std::string>> scopes{
      {"infrastructure_audits", {"infrastructure"}},
      {"application_audits", {"application"}},
      {"security_audits", {"infrastructure_security", "application_security"}},
  };
  return scopes;
}

// The rule of an audit object kind, or "" when no rule reads it.
std::string audit_rule_of(const std::string& object_kind) {
  for (const auto& [rule, kinds] : audit_scopes())
    if (std::find(kinds.begin(), kinds.end(), object_kind) != kinds.end()) return rule;
  return "";
}

int64_t int_at(const db::Row& r, size_t i) { return r.is_null(i) ? 0 : r.int64(i); }

// The first row of a query of counts (scalar subqueries): every column, NULL as 0.
std::vector<int64_t> counts(db::Connection& c, std::string_view sql, const db::Params& params) {
  auto rows = c.query(sql, params);
  std::vector<int64_t> out;
  if (rows.empty()) return out;
  for (size_t i = 0; i < rows[0].size(); ++i) out.push_back(int_at(rows[0], i));
  return out;
}

// Rows of (id, title) as records of `kind`, at most kShownRecords of them (the SQL limits too).
std::vector<ShownRecord> shown(db::Connection& c, const std::string& kind, std::string_view sql, const db::Params& params) {
  std::vector<ShownRecord> out;
  for (auto& r : c.query(sql, params)) {
    if (out.size() >= static_cast<size_t>(kShownRecords)) break;
    out.push_back({kind, r.text(0), r.is_null(1) ? std::string() : r.take_text(1)});
  }
  return out;
}

// Sets the records behind `rule`: those of `sql` (id, title) and how many of `kind` there are.
void show(db::Connection& c, SuggestionFacts& f, const std::string& rule, const std::string& kind, std::string_view sql,
          const db::Params& params, int64_t count) {
  auto& records = f.records[rule];
  records.shown = shown(c, kind, sql, params);
  records.counts.push_back({kind, count});
}

struct Year {
  int64_t year;
  std::string first, last, next;  // YYYY-01-01, YYYY-12-31, (YYYY+1)-01-01
};

void load_architecture(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  auto rows = c.query(
      "SELECT architecture_id, title FROM architectures WHERE region_id = ? AND status = 'enacted' "
      "AND start_year <= ? AND end_year >= ? ORDER BY start_year DESC, architecture_id DESC LIMIT 1",
      {region, y.year, y.year});
  auto& records = f.records["architecture"];
  if (rows.empty()) return;
  int64_t id = rows[0].int64(0);
  records.shown.push_back({"architecture", std::to_string(id), rows[0].text(1)});
  records.counts.push_back({"architecture", 1});
  auto n = counts(c,
                  "SELECT (SELECT COUNT(DISTINCT domain) FROM architecture_domains WHERE region_id = ? AND architecture_id = ? "
                  "AND description <> ''), "
                  "(SELECT COUNT(DISTINCT d.domain) FROM architecture_domains d WHERE d.region_id = ? AND d.architecture_id = ? "
                  "AND (d.agency_id IS NOT NULL OR EXISTS (SELECT 1 FROM architecture_coordinators k "
                  "WHERE k.region_id = d.region_id AND k.domain = d.domain))), "
                  "(SELECT COUNT(*) FROM architecture_reviews WHERE region_id = ? AND architecture_id = ? AND review_date <= ?), "
                  "(SELECT COUNT(*) FROM architecture_reviews WHERE region_id = ? AND architecture_id = ? AND review_date <= ? "
                  "AND decree_number IS NOT NULL AND decree_number <> '')",
                  {region, id, region, id, region, id, y.last, region, id, y.last});
  f.architecture = {true, n[0], n[1], n[2], n[3]};
}

void load_roadmap(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  auto rows = c.query(
      "SELECT roadmap_id, title FROM roadmaps WHERE region_id = ? AND status = 'enacted' "
      "AND start_year <= ? AND end_year >= ? ORDER BY start_year DESC, roadmap_id DESC LIMIT 1",
      {region, y.year, y.year});
  if (rows.empty()) return;
  int64_t id = rows[0].int64(0);
  auto& records = f.records["roadmap"];
  records.shown.push_back({"roadmap", std::to_string(id), rows[0].text(1)});
  records.counts.push_back({"roadmap", 1});
  // An activity's years are a JSON array of numbers ("[2026, 2027]"): the year as a word in it.
  const std::string year_word = "%" + std::to_string(y.year) + "%";
  auto n = counts(c,
                  "SELECT (SELECT COUNT(DISTINCT area) FROM roadmap_activities WHERE region_id = ? AND roadmap_id = ? "
                  "AND years LIKE ?), "
                  "(SELECT COUNT(*) FROM roadmap_monitoring WHERE region_id = ? AND roadmap_id = ? AND year IN (?, ?)), "
                  "(SELECT COUNT(*) FROM roadmap_changes g WHERE g.region_id = ? AND g.roadmap_id = ? AND g.changed_at < ? "
                  "AND EXISTS (SELECT 1 FROM roadmap_monitoring m WHERE m.region_id = g.region_id "
                  "AND m.roadmap_id = g.roadmap_id AND m.date <= g.changed_at))",
                  {region, id, year_word, region, id, y.year - 1, y.year, region, id, y.next});
  f.roadmap = {true, n[0], n[1], n[2]};
}

// An audit counts as done when completed or reported, dated by its completion (the planned date
// where a record carries none, as the demo's older audits do). Every active audit object (its due state read by ict_audits::due_status) and the audits and
// findings of each scope, in three grouped queries.
void load_audits(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  for (const auto& [rule, kinds] : audit_scopes()) f.audits[rule];
  for (auto& r : c.query("SELECT kind, next_due_on FROM ict_audit_objects WHERE region_id = ? AND active = 1", {region})) {
    auto rule = audit_rule_of(r.text(0));
    if (rule.empty()) continue;
    auto& a = f.audits[rule];
    ++a.objects;
    if (ict_audits::due_status(f.as_of, r.is_null(1) ? "" : r.text(1)) == "overdue") ++a.overdue;
  }
  for (auto& r : c.query(
           "SELECT o.kind, COUNT(*), SUM(CASE WHEN COALESCE(a.completed_on, a.planned_on) >= ? THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN a.state = 'reported' OR a.reported_on IS NOT NULL THEN 1 ELSE 0 END) FROM ict_audits a "
           "JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? "
           "AND a.state IN ('completed', 'reported') AND COALESCE(a.completed_on, a.planned_on) <= ? GROUP BY o.kind",
           {y.first, region, y.last})) {
    auto rule = audit_rule_of(r.text(0));
    if (rule.empty()) continue;
    auto& a = f.audits[rule];
    a.done += int_at(r, 1);
    a.done_in_year += int_at(r, 2);
    a.reported += int_at(r, 3);
  }
  for (auto& r : c.query(
           "SELECT o.kind, COUNT(*), SUM(CASE WHEN x.status = 'closed' THEN 1 ELSE 0 END) FROM ict_audit_findings x "
           "JOIN ict_audits a ON a.audit_id = x.audit_id JOIN ict_audit_objects o ON o.object_id = a.object_id "
           "WHERE x.region_id = ? AND a.state IN ('completed', 'reported') AND COALESCE(a.completed_on, a.planned_on) <= ? GROUP BY o.kind",
           {region, y.last})) {
    auto rule = audit_rule_of(r.text(0));
    if (rule.empty()) continue;
    auto& a = f.audits[rule];
    a.findings += int_at(r, 1);
    a.findings_closed += int_at(r, 2);
  }
  for (const auto& [rule, kinds] : audit_scopes()) {
    std::string in = "(";
    db::Params params{region, y.last};
    for (size_t i = 0; i < kinds.size(); ++i) {
      in += i ? ", ?" : "?";
      params.push_back(kinds[i]);
    }
    in += ")";
    show(c, f, rule, "ict_audit",
         "SELECT a.audit_id, o.name || ' (' || COALESCE(a.completed_on, a.planned_on) || ')' FROM ict_audits a "
         "JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? "
         "AND a.state IN ('completed', 'reported') AND COALESCE(a.completed_on, a.planned_on) <= ? AND o.kind IN " + in +
             " ORDER BY COALESCE(a.completed_on, a.planned_on) DESC, a.audit_id DESC LIMIT 10",
         params, f.audits[rule].done);
  }
}

void load_applications(db::Connection& c, const std::string& region, SuggestionFacts& f) {
  auto n = counts(c,
                  "SELECT COUNT(*), COUNT(DISTINCT owner_agency_id), "
                  "SUM(CASE WHEN lifecycle = 'in_production' THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN lifecycle = 'in_production' AND EXISTS (SELECT 1 FROM application_documents d "
                  "WHERE d.region_id = a.region_id AND d.application_id = a.application_id) THEN 1 ELSE 0 END) "
                  "FROM applications a WHERE a.region_id = ? AND a.lifecycle <> 'retired'",
                  {region});
  f.applications.registered = n[0];
  f.applications.owner_agencies = n[1];
  f.applications.in_production = n[2];
  f.applications.production_with_documents = n[3];
  show(c, f, "application_registry", "application",
       "SELECT application_id, name FROM applications WHERE region_id = ? AND lifecycle = 'in_production' "
       "ORDER BY application_id LIMIT 10",
       {region}, n[0]);
}

void load_data_centers(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  auto n = counts(c,
                  "SELECT (SELECT COUNT(*) FROM facilities WHERE region_id = ? AND kind = 'data_center'), "
                  "(SELECT COUNT(*) FROM facilities WHERE region_id = ? AND kind = 'recovery_center'), "
                  "(SELECT COUNT(*) FROM hosts WHERE region_id = ? AND status = 'active'), "
                  "(SELECT COUNT(*) FROM hosts WHERE region_id = ? AND status = 'active' AND facility_id IS NOT NULL), "
                  "(SELECT COUNT(*) FROM backups WHERE region_id = ? AND result = 'ok' AND done_on >= ? AND done_on <= ?)",
                  {region, region, region, region, region, y.first, y.last});
  f.data_centers = {n[0], n[1], n[2], n[3], n[4]};
  show(c, f, "data_centers", "data_center",
       "SELECT facility_id, name FROM facilities WHERE region_id = ? ORDER BY kind, facility_id LIMIT 10", {region},
       n[0] + n[1]);
  f.records["data_centers"].counts.push_back({"host", n[2]});
}

void load_network(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  auto n = counts(c,
                  "SELECT (SELECT COUNT(*) FROM networks WHERE region_id = ? AND kind = 'wan'), "
                  "(SELECT COUNT(*) FROM agencies g WHERE g.region_id = ? AND (EXISTS (SELECT 1 FROM networks w "
                  "WHERE w.region_id = g.region_id AND w.owner_agency_id = g.agency_id AND w.kind = 'lan') "
                  "OR EXISTS (SELECT 1 FROM lan_diagrams d WHERE d.region_id = g.region_id AND d.agency_id = g.agency_id))), "
                  "(SELECT COUNT(DISTINCT agency_id) FROM lan_diagrams WHERE region_id = ?), "
                  "(SELECT COUNT(DISTINCT agency_id) FROM lan_diagrams WHERE region_id = ? AND submitted_on >= ? AND submitted_on <= ?), "
                  "(SELECT COUNT(*) FROM networks WHERE region_id = ?)",
                  {region, region, region, region, y.first, y.last, region});
  f.network.wan = n[0];
  f.network.lan = {n[1], f.agencies};
  f.network.diagrams = {n[2], f.agencies};
  f.network.diagrams_in_year = {n[3], f.agencies};
  show(c, f, "intra_network", "network",
       "SELECT network_id, name FROM networks WHERE region_id = ? ORDER BY kind DESC, network_id LIMIT 10", {region}, n[4]);
}

// An application is linked when an element link has it at either end.
constexpr const char* kAppLinked =
    "EXISTS (SELECT 1 FROM element_links l WHERE l.region_id = a.region_id AND "
    "((l.from_kind = 'application' AND l.from_id = a.application_id) OR "
    "(l.to_kind = 'application' AND l.to_id = a.application_id)))";

void load_links(db::Connection& c, const std::string& region, SuggestionFacts& f) {
  auto n = counts(c,
                  std::string("SELECT (SELECT COUNT(*) FROM element_links WHERE region_id = ? "
                              "AND (from_kind = 'application' OR to_kind = 'application')), "
                              "(SELECT COUNT(DISTINCT a.owner_agency_id) FROM applications a WHERE a.region_id = ? "
                              "AND a.lifecycle = 'in_production'), "
                              "(SELECT COUNT(DISTINCT a.owner_agency_id) FROM applications a WHERE a.region_id = ? "
                              "AND a.lifecycle = 'in_production' AND ") + kAppLinked + "), "
                              "(SELECT COUNT(*) FROM applications a WHERE a.region_id = ? AND " + kAppLinked + ")",
                  {region, region, region, region});
  f.links.links = n[0];
  f.links.linked = {n[2], n[1]};
  show(c, f, "service_links", "application",
       std::string("SELECT a.application_id, a.name FROM applications a WHERE a.region_id = ? AND ") + kAppLinked +
           " ORDER BY a.application_id LIMIT 10",
       {region}, n[3]);
}

// An agency keeps a register for the year when it has risks or a risk context of that year.
constexpr const char* kKeepsRegister =
    "(EXISTS (SELECT 1 FROM risks r WHERE r.region_id = g.region_id AND r.agency_id = g.agency_id AND r.year = ?) "
    "OR EXISTS (SELECT 1 FROM risk_contexts k WHERE k.region_id = g.region_id AND k.agency_id = g.agency_id "
    "AND k.year = ?))";

void load_risks(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f) {
  auto n = counts(c,
                  std::string("SELECT (SELECT COUNT(*) FROM agencies g WHERE g.region_id = ? AND ") + kKeepsRegister + "), "
                  "(SELECT COUNT(DISTINCT agency_id) FROM risk_monitoring_reports WHERE region_id = ? AND year = ? "
                  "AND status = 'submitted'), "
                  "(SELECT COUNT(DISTINCT agency_id) FROM risks WHERE region_id = ? AND year = ? "
                  "AND residual_level IS NOT NULL AND residual_level < level), "
                  "(SELECT COUNT(*) FROM risk_monitoring_reports WHERE region_id = ? AND year = ? AND status = 'submitted')",
                  {region, y.year, y.year, region, y.year, region, y.year, region, y.year});
  f.risks.registers = {n[0], f.agencies};
  f.risks.reviewed = {n[1], f.agencies};
  f.risks.improved = {n[2], f.agencies};
  show(c, f, "risk_registers", "risk_register",
       std::string("SELECT g.agency_id, g.name FROM agencies g WHERE g.region_id = ? AND ") + kKeepsRegister +
           " ORDER BY g.agency_id LIMIT 10",
       {region, y.year, y.year}, n[0]);
  f.records["risk_registers"].counts.push_back({"risk_report", n[3]});
}

void load_tickets(db::Connection& c, const std::string& region, const Year& y, SuggestionFacts& f, bool desk,
                  bool complaints) {
  // Tickets and complaints opened in the year, grouped by whether they are complaints.
  for (auto& r : c.query(
           "SELECT CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END, COUNT(*), COUNT(DISTINCT agency_id), "
           "SUM(CASE WHEN channel = 'public_portal' AND tracking_code_hash IS NOT NULL THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN first_response_at IS NOT NULL AND first_response_at <= response_due_at THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN resolved_at IS NOT NULL AND resolved_at <= resolution_due_at THEN 1 ELSE 0 END) "
           "FROM tickets WHERE region_id = ? AND opened_at >= ? AND opened_at < ? "
           "GROUP BY CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END",
           {region, y.first, y.next})) {
    if (int_at(r, 0) == 1) {
      f.complaints = {int_at(r, 1), int_at(r, 3), int_at(r, 2), int_at(r, 4), int_at(r, 5), int_at(r, 6), int_at(r, 7)};
    } else {
      f.service_desk.tickets = int_at(r, 1);
      f.service_desk.agencies.with = int_at(r, 2);
      f.service_desk.resolved = int_at(r, 6);
      f.service_desk.resolved_on_time = int_at(r, 7);
    }
  }
  f.service_desk.agencies.of = f.agencies;
  const char* recent =
      "SELECT ticket_id, number || ' ' || title FROM tickets WHERE region_id = ? AND opened_at >= ? AND opened_at < ? "
      "AND %s ORDER BY opened_at DESC, ticket_id DESC LIMIT 10";
  auto recent_of = [&](const char* condition) {
    std::string sql(recent);
    sql.replace(sql.find("%s"), 2, condition);
    return sql;
  };
  if (desk) {
    // The targets the service desk applies (the region's own, else its defaults), for tickets other than complaints.
    for (const auto& t : service_desk::load_sla_targets(c, region).rows)
      if (t.kind != "complaint") ++f.service_desk.sla_targets;
    show(c, f, "service_desk", "ticket", recent_of("kind <> 'complaint'"), {region, y.first, y.next}, f.service_desk.tickets);
  }
  if (complaints)
    show(c, f, "complaint_channel", "complaint", recent_of("kind = 'complaint'"), {region, y.first, y.next},
         f.complaints.complaints);
}

bool wants(const std::vector<std::string>& rules, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (std::find(rules.begin(), rules.end(), k) != rules.end()) return true;
  return false;
}

}  // namespace

SuggestionFacts load_suggestion_facts(db::Connection& c, const std::string& region_id, int year,
                                      const std::vector<std::string>& rules) {
  SuggestionFacts f;
  f.year = year;
  const std::string y4 = std::to_string(year);
  Year y{year, y4 + "-01-01", y4 + "-12-31", std::to_string(year + 1) + "-01-01"};
  f.as_of = std::min(regions::region_today(c, region_id), y.last);
  f.agencies = counts(c, "SELECT COUNT(*) FROM agencies WHERE region_id = ?", {region_id})[0];

  if (wants(rules, {"architecture"})) load_architecture(c, region_id, y, f);
  if (wants(rules, {"roadmap"})) load_roadmap(c, region_id, y, f);
  if (wants(rules, {"application_registry", "infrastructure_audits", "application_audits", "security_audits"}))
    load_audits(c, region_id, y, f);
  if (wants(rules, {"application_registry"})) {
    load_applications(c, region_id, f);
    f.applications.audits = f.audits["application_audits"];
  }
  if (wants(rules, {"data_centers"})) load_data_centers(c, region_id, y, f);
  if (wants(rules, {"intra_network"})) load_network(c, region_id, y, f);
  if (wants(rules, {"service_links"})) load_links(c, region_id, f);
  if (wants(rules, {"risk_registers"})) load_risks(c, region_id, y, f);
  bool desk = wants(rules, {"service_desk"}), complaints = wants(rules, {"complaint_channel"});
  if (desk || complaints) load_tickets(c, region_id, y, f, desk, complaints);
  return f;
}

}  // namespace simpul::modules::evaluation
