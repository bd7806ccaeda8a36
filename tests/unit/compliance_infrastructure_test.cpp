// The infrastructure and ICT audit source of the compliance engine: which obligations it
// decides, and its decisions on hand-made facts (no database).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "modules/compliance/sources/infrastructure_rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::compliance;
using namespace simpul::modules::compliance::infrastructure_source;

namespace {

const profiles::Profile& profile(const std::string& name) { return *profiles::find_builtin(name); }
const profiles::Obligation& obligation(const std::string& p, const std::string& id) { return *profile(p).obligation(id); }

Facts facts_of(const std::string& p, const std::string& today) {
  Facts f;
  f.profile = &profile(p);
  f.today = today;
  f.default_audit_period = *profiles::parse_period("P2Y");
  f.agencies = {{1, "Dinas Komunikasi dan Informatika", "Diskominfo", "diskominfo", true, false},
                {2, "Dinas Kesehatan", "Dinkes", "", false, false},
                {3, "Badan Perencanaan", "Bappeda", "", false, true}};
  f.facilities = {{10, "Pusat Data Balai Kota", "data_center", 1}, {11, "Ruang Server Dinkes", "recovery_center", 2}};
  return f;
}

Subject subject(const std::string& kind, const std::string& id, const std::string& name, std::optional<int64_t> owner) {
  Subject s;
  s.kind = kind;
  s.id = id;
  s.name = name;
  s.agency_id = owner;
  return s;
}
Subject agency(int64_t id, const std::string& name = "PD") { return subject("agency", std::to_string(id), name, id); }
Subject thing(const std::string& kind, int64_t id, std::optional<int64_t> owner = std::nullopt) {
  return subject(kind, std::to_string(id), kind + " " + std::to_string(id), owner);
}

AuditFact completed(int64_t id, int64_t object, const std::string& on) {
  AuditFact a;
  a.id = id;
  a.object_id = object;
  a.state = "completed";
  a.planned_on = on;
  a.completed_on = on;
  a.auditor_kind = "accredited";
  a.auditor_name = "PT Audit";
  a.auditor_credential = "AKR-1";
  a.aspects = {"governance_and_management"};
  return a;
}

}  // namespace

TEST(ComplianceInfrastructure, AnswersExactlyTheListedObligations) {
  const std::map<std::string, std::set<std::string>> expected{
      {"batam", {"data-center-managed-by-dinas", "no-agency-own-servers", "vps-for-agencies-without-servers", "backup-to-data-center",
                 "backup-supervised-by-dinas", "lan-diagram-annual", "lan-change-reported", "agency-website",
                 "agency-website-under-portal", "ict-audit-by-accredited-auditor", "infrastructure-audit-biennial",
                 "infrastructure-audit-reported", "application-audit-biennial", "application-audit-reported",
                 "security-audit-biennial", "security-audit-reported"}},
      {"kendari", {"agency-website-managed-by-agency", "data-center-managed-by-diskominfo", "backup-to-data-center",
                   "ict-audit-by-accredited-auditor", "infrastructure-audit-biennial", "special-application-audit-biennial",
                   "security-audit-biennial"}},
      {"madiun", {"infrastructure-shared", "data-center-managed-by-dinas", "vps-for-agencies-without-servers", "backup-to-data-center",
                  "backup-supervised-by-dinas", "lan-run-by-self-sufficient-agency", "lan-run-by-dinas", "lan-diagram-annual",
                  "lan-change-reported", "agency-website", "agency-website-subdomain", "ict-audit-scope",
                  "ict-audit-by-accredited-or-certified-auditor", "infrastructure-audit-biennial", "infrastructure-audit-reported",
                  "common-application-audit-biennial", "shared-special-application-audit-biennial",
                  "agency-special-application-audit-biennial", "application-audit-reported", "security-audit-biennial",
                  "security-audit-reported"}},
      {"oki", {"servers-in-data-center", "vps-for-agencies-without-servers", "backup-to-data-center",
               "agency-network-built-by-diskominfo", "inter-agency-network-managed-by-diskominfo", "local-network-managed-by-agency",
               "hosts-use-diskominfo-ip", "lan-diagram-annual", "lan-change-reported", "region-domain", "agency-subdomain",
               "agency-website", "official-email-address", "ict-audit-by-accredited-auditor", "infrastructure-audit-biennial",
               "special-application-audit-biennial", "security-audit-biennial"}},
      {"probolinggo", {"infrastructure-run-by-dinas", "ict-audits", "ict-audit-scopes", "ict-audit-subject-matter",
                       "ict-audit-by-accredited-auditor", "internal-evaluation-before-audit"}},
  };
  for (const auto& p : profiles::builtin_profiles()) {
    std::set<std::string> claimed;
    for (const auto& o : p.obligations)
      if (answers(o)) claimed.insert(o.id);
    EXPECT_EQ(claimed, expected.at(p.name)) << p.name;
  }
}

TEST(ComplianceInfrastructure, LanDiagramIsDueAYearAfterTheLatest) {
  const auto& o = obligation("madiun", "lan-diagram-annual");
  auto f = facts_of("madiun", "2026-03-01");
  EXPECT_EQ(evaluate(o, agency(2), f).status, Status::not_met);  // never submitted
  EXPECT_EQ(evaluate(o, agency(2), f).due_on, "2026-03-01");
  f.diagrams = {{5, 2, "2024-01-10"}, {6, 2, "2025-03-01"}, {7, 3, "2026-02-01"}};
  auto on_due = evaluate(o, agency(2), f);
  EXPECT_EQ(on_due.status, Status::due_soon);  // exactly on the due date
  EXPECT_EQ(on_due.due_on, "2026-03-01");
  ASSERT_FALSE(on_due.evidence.empty());
  EXPECT_EQ(on_due.evidence[0].id, "6");
  f.today = "2026-03-02";
  EXPECT_EQ(evaluate(o, agency(2), f).status, Status::overdue);  // the day after
  f.today = "2026-01-30";
  EXPECT_EQ(evaluate(o, agency(2), f).status, Status::due_soon);  // within 30 days
  f.today = "2026-01-29";
  EXPECT_EQ(evaluate(o, agency(2), f).status, Status::met);
  EXPECT_EQ(evaluate(o, agency(3), f).status, Status::met);
}

TEST(ComplianceInfrastructure, InfrastructureAuditOlderThanTwoYearsIsOverdue) {
  const auto& o = obligation("madiun", "infrastructure-audit-biennial");
  auto f = facts_of("madiun", "2026-06-01");
  Subject office = agency(1, "Diskominfo");
  EXPECT_EQ(evaluate(o, office, f).status, Status::not_met);  // no audit object, no audit
  f.audit_objects = {{20, "infrastructure", "Infrastruktur SPBE", std::nullopt, "", true}};
  f.audits = {completed(30, 20, "2024-05-31")};
  f.index();
  auto late = evaluate(o, office, f);
  EXPECT_EQ(late.status, Status::overdue);
  EXPECT_EQ(late.due_on, "2026-05-31");
  ASSERT_FALSE(late.evidence.empty());
  EXPECT_EQ(late.evidence[0].href, "/audit-tik/30");
  f.audits.push_back(completed(31, 20, "2026-05-20"));
  f.index();
  EXPECT_EQ(evaluate(o, office, f).status, Status::met);
}

TEST(ComplianceInfrastructure, ApplicationAuditOnlyForApplicationsInProduction) {
  const auto& o = obligation("madiun", "common-application-audit-biennial");
  auto f = facts_of("madiun", "2026-06-01");
  f.applications = {{40, true}, {41, false}};
  EXPECT_EQ(evaluate(o, thing("application", 41, 2), f).status, Status::not_applicable);
  EXPECT_EQ(evaluate(o, thing("application", 40, 2), f).status, Status::not_met);
  f.audit_objects = {{21, "application", "Aplikasi SIMPEG", 40, "common", true}};
  f.audits = {completed(32, 21, "2025-01-01")};
  f.index();
  EXPECT_EQ(evaluate(o, thing("application", 40, 2), f).status, Status::met);
}

TEST(ComplianceInfrastructure, SecurityAuditCoversTheApplicationsTheScheduleBinds) {
  const auto& o = obligation("kendari", "security-audit-biennial");
  auto f = facts_of("kendari", "2026-06-01");
  f.audit_objects = {{22, "infrastructure_security", "Keamanan Infrastruktur", std::nullopt, "", true},
                     {23, "application_security", "Keamanan Aplikasi A", 40, "agency_special", true},
                     {24, "application_security", "Keamanan Aplikasi B", 41, "common", true}};
  f.audits = {completed(33, 22, "2026-01-01")};
  f.index();
  auto c = evaluate(o, agency(1), f);
  EXPECT_EQ(c.status, Status::not_met);  // the special application's security was never audited
  EXPECT_NE(c.reason.en.find("Keamanan Aplikasi A"), std::string::npos) << c.reason.en;
  f.audits.push_back(completed(34, 23, "2026-02-01"));
  f.index();
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::met);  // a common application is not Kendari's duty
}

TEST(ComplianceInfrastructure, AuditReportToTheRegionHead) {
  const auto& o = obligation("madiun", "infrastructure-audit-reported");
  auto f = facts_of("madiun", "2026-06-01");
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::not_applicable);
  f.audit_objects = {{20, "infrastructure", "Infrastruktur SPBE", std::nullopt, "", true}};
  f.audits = {completed(30, 20, "2026-05-20")};
  auto soon = evaluate(o, agency(1), f);
  EXPECT_EQ(soon.status, Status::due_soon);
  EXPECT_EQ(soon.due_on, "2026-06-19");
  f.today = "2026-06-20";
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::overdue);
  f.audits[0].state = "reported";
  f.audits[0].reported_on = "2026-06-20";
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::met);
}

TEST(ComplianceInfrastructure, AuditorsMustBeAccredited) {
  const auto& accredited = obligation("oki", "ict-audit-by-accredited-auditor");
  const auto& or_certified = obligation("madiun", "ict-audit-by-accredited-or-certified-auditor");
  auto f = facts_of("oki", "2026-06-01");
  Subject region = subject("region", "r", "Kabupaten", std::nullopt);
  EXPECT_EQ(evaluate(accredited, region, f).status, Status::not_met);
  f.audits = {completed(30, 20, "2026-01-01")};
  EXPECT_EQ(evaluate(accredited, region, f).status, Status::met);
  f.audits[0].auditor_kind = "certified";
  EXPECT_EQ(evaluate(accredited, region, f).status, Status::not_met);
  EXPECT_EQ(evaluate(or_certified, region, f).status, Status::met);
  f.audits[0].auditor_credential = "";
  EXPECT_EQ(evaluate(or_certified, region, f).status, Status::not_met);
}

TEST(ComplianceInfrastructure, ServersAndBackupsBelongInTheDataCenter) {
  const auto& servers = obligation("oki", "servers-in-data-center");
  const auto& backups = obligation("oki", "backup-to-data-center");
  auto f = facts_of("oki", "2026-06-01");
  f.hosts = {{50, 2, "srv-dinkes", "physical_server", "active", 11, {"10.1.0.5"}},
             {51, 2, "srv-lama", "physical_server", "retired", std::nullopt, {}},
             {52, 2, "vps-dinkes", "vps", "active", 10, {"10.9.0.5"}}};
  EXPECT_EQ(evaluate(servers, thing("host", 50, 2), f).status, Status::not_met);
  EXPECT_EQ(evaluate(servers, thing("host", 51, 2), f).status, Status::not_applicable);
  EXPECT_EQ(evaluate(servers, thing("host", 52, 2), f).status, Status::met);
  EXPECT_EQ(evaluate(backups, agency(2), f).status, Status::not_met);
  f.backups = {{60, 2, "2026-05-01", "ok", 11}};
  EXPECT_EQ(evaluate(backups, agency(2), f).status, Status::not_met);
  f.backups.push_back({61, 2, "2026-05-02", "ok", 10});
  EXPECT_EQ(evaluate(backups, agency(2), f).status, Status::met);
}

TEST(ComplianceInfrastructure, HostAddressesComeFromTheIctOfficeRanges) {
  const auto& o = obligation("oki", "hosts-use-diskominfo-ip");
  auto f = facts_of("oki", "2026-06-01");
  f.hosts = {{50, 2, "srv-dinkes", "vps", "active", 10, {"10.1.0.5"}}, {51, 2, "srv-x", "vps", "active", 10, {}}};
  EXPECT_EQ(evaluate(o, thing("host", 50, 2), f).status, Status::not_met);
  f.allocated_ranges = {"10.1.0.0/16"};
  EXPECT_EQ(evaluate(o, thing("host", 50, 2), f).status, Status::met);
  EXPECT_EQ(evaluate(o, thing("host", 51, 2), f).status, Status::not_met);  // no address recorded
}

TEST(ComplianceInfrastructure, NamesFollowTheProfilePattern) {
  const auto& site = obligation("oki", "agency-subdomain");
  const auto& region_domain = obligation("oki", "region-domain");
  const auto& email = obligation("oki", "official-email-address");
  auto f = facts_of("oki", "2026-06-01");
  Subject region = subject("region", "r", "Kabupaten", std::nullopt);
  EXPECT_EQ(evaluate(region_domain, region, f).status, Status::not_met);
  EXPECT_EQ(evaluate(email, agency(2), f).status, Status::not_met);
  f.domains = {{70, 2, "dinkes.kaboki.go.id", "agency_subdomain"},
               {71, 2, "dinkes-oki.com", "website"},
               {72, std::nullopt, "kaboki.go.id", "region_domain"},
               {73, 2, "dinkes@kaboki.go.id", "email"}};
  EXPECT_EQ(evaluate(site, thing("website", 70, 2), f).status, Status::met);
  EXPECT_EQ(evaluate(site, thing("website", 71, 2), f).status, Status::not_met);
  EXPECT_EQ(evaluate(region_domain, region, f).status, Status::met);
  EXPECT_EQ(evaluate(email, agency(2), f).status, Status::met);
}

TEST(ComplianceInfrastructure, OnlyTheIctOfficeRunsServersAndLans) {
  const auto& servers = obligation("batam", "no-agency-own-servers");
  const auto& lans = obligation("oki", "agency-network-built-by-diskominfo");
  auto f = facts_of("batam", "2026-06-01");
  f.hosts = {{50, 2, "srv-dinkes", "physical_server", "active", 10, {}}, {53, 1, "srv-kominfo", "physical_server", "active", 10, {}}};
  EXPECT_EQ(evaluate(servers, agency(2), f).status, Status::not_met);
  EXPECT_EQ(evaluate(servers, agency(1), f).status, Status::met);
  f.hosts[0].kind = "vps";
  EXPECT_EQ(evaluate(servers, agency(2), f).status, Status::met);
  f.networks = {{80, 2, "LAN Dinkes", "lan", 1, "2026-01-01", ""}};
  EXPECT_EQ(evaluate(lans, agency(2), f).status, Status::met);
  f.networks[0].registered_by_agency_operator = "2026-01-01";
  EXPECT_EQ(evaluate(lans, agency(2), f).status, Status::not_met);
}

TEST(ComplianceInfrastructure, ALanChangeIsReportedWithANewDiagram) {
  const auto& o = obligation("batam", "lan-change-reported");
  auto f = facts_of("batam", "2026-06-01");
  f.networks = {{80, 2, "LAN Dinkes", "lan", 1, "2026-01-01", ""}, {81, std::nullopt, "WAN", "wan", 1, "2026-01-01", ""}};
  EXPECT_EQ(evaluate(o, thing("network", 80, 2), f).status, Status::met);
  EXPECT_EQ(evaluate(o, thing("network", 81), f).status, Status::not_applicable);
  f.networks[0].version = 2;
  f.networks[0].changed_on = "2026-03-01";
  f.diagrams = {{5, 2, "2026-02-01"}};
  EXPECT_EQ(evaluate(o, thing("network", 80, 2), f).status, Status::not_met);
  f.diagrams.push_back({6, 2, "2026-03-01"});
  EXPECT_EQ(evaluate(o, thing("network", 80, 2), f).status, Status::met);
}

TEST(ComplianceInfrastructure, InternalEvaluationOneMonthBeforeTheAudit) {
  const auto& o = obligation("probolinggo", "internal-evaluation-before-audit");
  auto f = facts_of("probolinggo", "2026-06-01");
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::not_applicable);
  AuditFact a = completed(30, 20, "");
  a.state = "planned";
  a.completed_on = "";
  a.planned_on = "2026-07-15";
  f.audits = {a};
  auto c = evaluate(o, agency(1), f);
  EXPECT_EQ(c.status, Status::due_soon);
  EXPECT_EQ(c.due_on, "2026-06-15");
  f.today = "2026-06-16";
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::overdue);
  f.audits[0].pre_evaluated_on = "2026-06-16";
  EXPECT_EQ(evaluate(o, agency(1), f).status, Status::met);
}
