#include "modules/compliance/sources/management_facts.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "modules/compliance/agency_filter.h"
#include "modules/changes/rules.h"
#include "modules/competencies/rules.h"
#include "modules/competencies/store.h"
#include "modules/service_desk/coverage.h"

namespace simpul::modules::compliance {

namespace {

std::string only_agency(const Scope& scope, const char* column, db::Params& params) {
  return agency_filter(column, scope.agency_id, params);
}

// Rows of (agency_id, count) into one field of every agency's facts.
template <typename Set>
void per_agency(ManagementFacts& f, db::Connection& c, const std::string& sql, const db::Params& params, Set set) {
  for (const auto& r : c.query(sql, params)) {
    auto at = f.agencies.find(r.int64(0));
    if (at != f.agencies.end()) set(at->second, r);
  }
}

void load_roles(ManagementFacts& f, const Scope& s) {
  for (const auto& [agency, count] : service_desk::tier1_staff_counts(s.c, s.region_id))
    if (f.agencies.count(agency)) f.agencies[agency].tier1 = static_cast<int>(count);
  // spbe_roles is a JSON array of words: the quotes match only the whole word. Tier 2 counts
  // only for the ICT office: for one agency, only that agency's.
  db::Params params{s.region_id, std::string("%\"tier2\"%")};
  std::string filter = only_agency(s, "agency_id", params);
  per_agency(f, s.c,
             "SELECT agency_id, COUNT(*) FROM people WHERE region_id = ? AND agency_id IS NOT NULL "
             "AND spbe_roles LIKE ?" + filter + " GROUP BY agency_id",
             params,
             [](AgencyManagementFacts& a, const db::Row& r) { a.tier2 = static_cast<int>(r.int64(1)); });
  for (auto& r : competencies::profile_requirements(&s.profile)) f.requirements[r.key] = r;
  for (auto& e : competencies::employees(s.c, s.region_id, s.agency_id))
    if (f.agencies.count(e.agency_id)) f.agencies[e.agency_id].employees.push_back(std::move(e));
}

void load_risks(ManagementFacts& f, const Scope& s) {
  int year = std::stoi(s.today.substr(0, 4));
  db::Params params{s.region_id, static_cast<int64_t>(year - 1)};
  std::string filter = only_agency(s, "r.agency_id", params);
  // The latest year of each agency's register: rows come newest year first, the first wins.
  per_agency(f, s.c,
             "SELECT r.agency_id, r.year, COUNT(*), SUM(CASE WHEN r.treat = 1 THEN 1 ELSE 0 END), "
             "SUM(CASE WHEN r.treat = 1 AND EXISTS (SELECT 1 FROM risk_treatments t WHERE t.risk_id = r.risk_id) "
             "THEN 1 ELSE 0 END), SUM(CASE WHEN r.residual_magnitude IS NOT NULL THEN 1 ELSE 0 END) "
             "FROM risks r WHERE r.region_id = ? AND r.year >= ?" + filter +
                 " GROUP BY r.agency_id, r.year ORDER BY r.agency_id, r.year DESC",
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               if (a.risks) return;
               a.risks = RiskRegisterFacts{.year = static_cast<int>(r.int64(1)),
                                           .risks = static_cast<int>(r.int64(2)),
                                           .to_treat = static_cast<int>(r.int64(3)),
                                           .treated = static_cast<int>(r.int64(4)),
                                           .reassessed = static_cast<int>(r.int64(5))};
             });
  db::Params reports{s.region_id, static_cast<int64_t>(year - 1)};
  filter = only_agency(s, "agency_id", reports);
  per_agency(f, s.c,
             "SELECT agency_id, year, period FROM risk_monitoring_reports WHERE region_id = ? AND year >= ? "
             "AND status = 'submitted'" + filter,
             reports, [](AgencyManagementFacts& a, const db::Row& r) {
               if (!a.risks || a.risks->year != r.int64(1)) return;
               ++a.risks->reports_submitted;
               if (r.text(2) == "annual") a.risks->annual_submitted = true;
             });
}

void load_processes(ManagementFacts& f, const Scope& s) {
  int year = std::stoi(s.today.substr(0, 4));
  db::Params params{s.region_id};
  std::string filter = only_agency(s, "owner_agency_id", params);
  per_agency(f, s.c,
             "SELECT owner_agency_id, stage, COUNT(*) FROM ict_assets WHERE region_id = ?" + filter +
                 " GROUP BY owner_agency_id, stage",
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               a.assets_by_stage[r.text(1)] = static_cast<int>(r.int64(2));
               a.assets += static_cast<int>(r.int64(2));
             });
  params = {s.region_id};
  filter = only_agency(s, "k.agency_id", params);
  per_agency(f, s.c,
             "SELECT k.agency_id, COUNT(*), SUM(CASE WHEN k.status <> 'collected' THEN 1 ELSE 0 END), "
             "SUM(CASE WHEN k.status = 'published' THEN 1 ELSE 0 END), "
             "SUM(CASE WHEN k.use_count > 0 OR k.view_count > 0 THEN 1 ELSE 0 END) "
             "FROM knowledge_articles k WHERE k.region_id = ?" + filter + " GROUP BY k.agency_id",
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               a.knowledge = {static_cast<int>(r.int64(1)), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3)),
                              static_cast<int>(r.int64(4)), 0};
             });
  per_agency(f, s.c,
             "SELECT k.agency_id, COUNT(*) FROM knowledge_transfers t JOIN knowledge_articles k "
             "ON k.article_id = t.article_id WHERE t.region_id = ?" + filter + " GROUP BY k.agency_id",
             params, [](AgencyManagementFacts& a, const db::Row& r) { a.knowledge.transfers = static_cast<int>(r.int64(1)); });
  // The stages each agency's change requests reached: where they are now, and every step taken.
  params = {s.region_id};
  std::string now_at = only_agency(s, "agency_id", params);
  params.push_back(s.region_id);
  std::string stepped = only_agency(s, "cr.agency_id", params);
  per_agency(f, s.c,
             "SELECT agency_id, stage, COUNT(*) FROM change_requests WHERE region_id = ?" + now_at +
                 " GROUP BY agency_id, stage UNION ALL "
                 "SELECT cr.agency_id, cs.to_stage, 0 FROM change_steps cs JOIN change_requests cr "
                 "ON cr.change_id = cs.change_id WHERE cr.region_id = ?" + stepped + " GROUP BY cr.agency_id, cs.to_stage",
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               a.change_stages.insert(r.text(1));
               a.changes += static_cast<int>(r.int64(2));
             });
  // The eight processes in use: one row per agency.
  params = {static_cast<int64_t>(year), s.region_id};
  filter = only_agency(s, "a.agency_id", params);
  per_agency(f, s.c,
             "SELECT a.agency_id, "
             "(SELECT COUNT(*) FROM datasets d WHERE d.owner_agency_id = a.agency_id), "
             "(SELECT COUNT(*) FROM tickets t WHERE t.region_id = a.region_id AND t.agency_id = a.agency_id), "
             "(SELECT COUNT(*) FROM staff_competencies h JOIN people p ON p.person_id = h.person_id "
             " WHERE p.agency_id = a.agency_id), "
             "(SELECT COUNT(*) FROM training_plans tp JOIN training_plan_items ti ON ti.plan_id = tp.plan_id "
             " WHERE tp.agency_id = a.agency_id AND tp.year = ? AND ti.status <> 'cancelled'), "
             "(SELECT COUNT(*) FROM services sv WHERE sv.owner_agency_id = a.agency_id AND sv.status <> 'retired') "
             "FROM agencies a WHERE a.region_id = ?" + filter,
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               a.datasets = static_cast<int>(r.int64(1));
               a.tickets = static_cast<int>(r.int64(2));
               a.staff_competencies = static_cast<int>(r.int64(3));
               a.training_plan_this_year = r.int64(4) > 0;
               a.has_services = r.int64(5) > 0;
             });
}

void load_security(ManagementFacts& f, const Scope& s) {
  auto programme = s.c.query(
      "SELECT person_in_charge_id, stages, csirt_member_ids FROM security_programmes WHERE region_id = ?", {s.region_id});
  if (!programme.empty()) {
    f.programme_saved = true;
    f.person_in_charge = !programme[0].is_null(0);
    // A stage counts once it has a date or a note (either may be null or empty).
    auto filled = [](const nlohmann::json& st, const char* key) {
      return st.contains(key) && st[key].is_string() && !st[key].get<std::string>().empty();
    };
    for (const auto& st : nlohmann::json::parse(programme[0].text(1)))
      if (st.contains("stage") && st["stage"].is_string() && (filled(st, "date") || filled(st, "note")))
        f.programme_stages.insert(st["stage"].get<std::string>());
    f.csirt_members = static_cast<int>(nlohmann::json::parse(programme[0].text(2)).size());
  }
  for (const auto& r : s.c.query("SELECT kind, policy_id, title, updated_at FROM security_policies "
                                 "WHERE region_id = ? AND status = 'published' ORDER BY policy_id",
                                 {s.region_id}))
    f.published_policies.try_emplace(r.text(0), RecordRef{r.int64(1), r.text(2), r.text(3).substr(0, 10)});
  db::Params params{s.region_id};
  std::string filter = only_agency(s, "k.agency_id", params);
  per_agency(f, s.c,
             "SELECT k.agency_id, p.kind FROM security_policy_acknowledgements k JOIN security_policies p "
             "ON p.policy_id = k.policy_id AND p.revision = k.revision WHERE p.status = 'published' AND k.region_id = ?" +
                 filter + " GROUP BY k.agency_id, p.kind",
             params, [](AgencyManagementFacts& a, const db::Row& r) { a.acknowledged_policy_kinds.insert(r.text(1)); });
  params = {s.region_id};
  filter = only_agency(s, "agency_id", params);
  per_agency(f, s.c,
             "SELECT agency_id, incident_id, number, title, detected_at, ict_office_due_at, ict_office_sent_at, "
             "data_owner_required, data_owner_due_at, data_owner_sent_at FROM security_incidents "
             "WHERE region_id = ? AND serious = 1" + filter + " ORDER BY detected_at",
             params, [](AgencyManagementFacts& a, const db::Row& r) {
               RecordRef ref{r.int64(1), r.text(2) + " " + r.text(3), r.text(4).substr(0, 10)};
               a.incident_reports.push_back({ref, r.text(5), !r.is_null(6), true});
               if (r.int64(7) != 0) a.data_owner_notices.push_back({ref, r.text(8), !r.is_null(9), true});
             });
}

void load_tickets(ManagementFacts& f, const Scope& s) {
  // Open tickets only: resolved and closed ones owe nothing, and a ticket waiting for its
  // reporter has its clock stopped. For one agency: its own, those of
  // the services it owns, and every ticket at Tier 2 (the ICT office answers for those).
  db::Params params{s.region_id};
  std::string filter;
  if (s.agency_id) {
    filter = " AND (tier = 'tier2' OR agency_id = ? OR service_id IN (SELECT service_id FROM services WHERE owner_agency_id = ?))";
    params.push_back(*s.agency_id);
    params.push_back(*s.agency_id);
  }
  for (const auto& r : s.c.query("SELECT ticket_id, number, title, opened_at, resolution_due_at, tier, service_id, "
                                 "assignee_user_id FROM tickets WHERE region_id = ? "
                                 "AND status IN ('new', 'in_progress', 'waiting_reporter') AND paused_since IS NULL" + filter +
                                 " ORDER BY resolution_due_at, ticket_id",
                                 params)) {
    DatedDuty d{{r.int64(0), r.text(1) + " " + r.text(2), r.text(3).substr(0, 10)}, r.text(4), false, !r.is_null(7)};
    if (r.text(5) == "tier2") f.tier2_tickets.push_back(std::move(d));
    else if (!r.is_null(6)) f.tier1_tickets_by_service[r.int64(6)].push_back(std::move(d));
  }
}

void load_assets(ManagementFacts& f, const Scope& s) {
  auto reports = s.c.query("SELECT report_id, year, state, recipient, sent_on, made_on FROM ict_asset_inventory_reports "
                           "WHERE region_id = ? ORDER BY year DESC",
                           {s.region_id});
  for (const auto& r : reports) {
    RecordRef ref{r.int64(0), "Laporan inventarisasi aset " + r.text(1), db::text_or_empty(r, 4)};
    if (r.text(2) == "sent" && !db::text_or_empty(r, 3).empty()) {
      ref.label += " → " + r.text(3);
      f.inventory_report_sent = ref;
      break;
    }
    if (!f.inventory_report_draft) f.inventory_report_draft = RecordRef{ref.id, ref.label, r.text(5)};
  }
  db::Params params{s.region_id};
  std::string filter = only_agency(s, "a.owner_agency_id", params);
  for (const auto& r : s.c.query("SELECT l.target_id, a.asset_id, a.code, a.name, a.compatible_with, a.compatibility_on "
                                 "FROM ict_asset_links l JOIN ict_assets a ON a.asset_id = l.asset_id "
                                 "WHERE l.region_id = ? AND l.kind = 'host'" + filter + " ORDER BY a.asset_id",
                                 params)) {
    f.hosts_with_assets.insert(r.int64(0));
    if (!r.is_null(4))
      f.host_compatibility.try_emplace(r.int64(0), RecordRef{r.int64(1), r.text(2) + " " + r.text(3), db::text_or_empty(r, 5)});
  }
}

// Every change request that went ahead past approval, with the gate the region's regulation
// sets for it: the facts approval_rule reads, loaded in three grouped queries.
void load_gated_changes(ManagementFacts& f, const Scope& s) {
  bool gated = std::any_of(s.profile.obligations.begin(), s.profile.obligations.end(),
                           [](const profiles::Obligation& o) { return o.rule.kind == "approval_gate"; });
  if (!gated) return;
  std::map<int64_t, std::string> categories;
  for (const auto& r : s.c.query("SELECT application_id, category FROM applications WHERE region_id = ?", {s.region_id}))
    categories[r.int64(0)] = r.text(1);
  // An application serves the public when it is linked to a public service of the registry.
  std::set<int64_t> public_apps;
  for (const auto& r : s.c.query(
           "SELECT CASE WHEN el.to_kind = 'application' THEN el.to_id ELSE el.from_id END FROM element_links el "
           "JOIN services sv ON sv.region_id = el.region_id AND sv.kind = 'public' AND "
           "((el.from_kind = 'service' AND el.from_id = sv.service_id AND el.to_kind = 'application') OR "
           "(el.to_kind = 'service' AND el.to_id = sv.service_id AND el.from_kind = 'application')) "
           "WHERE el.region_id = ?",
           {s.region_id}))
    public_apps.insert(r.int64(0));
  db::Params params{s.region_id};
  std::string filter = only_agency(s, "cr.agency_id", params);
  for (const auto& r : s.c.query(
           "SELECT cr.agency_id, cr.change_id, cr.number, cr.title, cr.target_kind, cr.links, cr.approver, cr.decision, "
           "cr.decided_at, a.ict_self_sufficient FROM change_requests cr JOIN agencies a ON a.agency_id = cr.agency_id "
           "WHERE cr.region_id = ? AND cr.stage IN ('approved', 'development', 'implementation', 'monitoring', "
           "'evaluated', 'rolled_back')" + filter + " ORDER BY cr.change_id",
           params)) {
    auto agency = f.agencies.find(r.int64(0));
    if (agency == f.agencies.end()) continue;
    changes::GateFacts facts;
    facts.target_kind = r.text(4);
    facts.agency_self_sufficient = r.int64(9) != 0;
    GatedChange g{{r.int64(1), r.text(2) + " " + r.text(3), db::text_or_empty(r, 8).substr(0, 10)}, "", r.text(6),
                  db::text_or_empty(r, 7), {}};
    for (const auto& link : nlohmann::json::parse(r.text(5))) {
      if (!link.contains("kind") || !link["kind"].is_string() || !link.contains("id") || !link["id"].is_number_integer())
        continue;
      auto kind = link["kind"].get<std::string>();
      auto id = link["id"].get<int64_t>();
      if (kind == "host") g.host_ids.push_back(id);
      if (kind != "application") continue;
      if (categories.count(id)) facts.application_categories.push_back(categories[id]);
      facts.public_service_application |= public_apps.count(id) > 0;
    }
    auto rule = changes::approval_rule(&s.profile, facts);
    if (!rule.obligation || rule.basis != "approval_gate") continue;
    g.gate_obligation_id = rule.obligation->id;
    agency->second.gated_changes.push_back(std::move(g));
  }
}

}  // namespace

ManagementFacts load_management_facts(const Scope& s) {
  ManagementFacts f;
  f.today = s.today;
  f.now = now_rfc3339();
  // Every agency of the region: the ICT office's supervision looks at them all.
  for (const auto& r : s.c.query("SELECT agency_id, name FROM agencies WHERE region_id = ?", {s.region_id}))
    f.agencies[r.int64(0)].name = r.text(1);
  load_roles(f, s);
  load_risks(f, s);
  load_processes(f, s);
  load_security(f, s);
  load_tickets(f, s);
  load_assets(f, s);
  load_gated_changes(f, s);
  return f;
}

}  // namespace simpul::modules::compliance
