// The registries' answers to the regulation (sources/registry_rules.h): which obligations of
// the five profiles they decide, and the check each gives from facts built here by hand.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "modules/compliance/sources/registry_rules.h"
#include "modules/compliance/sources/source.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::compliance;
namespace applications = simpul::modules::applications;
namespace services = simpul::modules::services;
namespace datasets = simpul::modules::datasets;

namespace {

const profiles::Profile& profile(const std::string& name) { return *profiles::find_builtin(name); }

const profiles::Obligation& obligation(const std::string& profile_name, const std::string& id) {
  for (const auto& o : profile(profile_name).obligations)
    if (o.id == id) return o;
  throw std::runtime_error("no obligation " + id);
}

Check check(const std::string& profile_name, const std::string& id, const Subject& s, const RegistryFacts& f) {
  const auto& o = obligation(profile_name, id);
  auto q = registry_question(o);
  if (!q) throw std::runtime_error("not answered: " + id);
  return registry_check(*q, profile(profile_name), o, s, f);
}

Subject subject(const std::string& kind, int64_t id, int64_t agency_id = 1) {
  return Subject{.kind = kind, .id = std::to_string(id), .name = kind + " " + std::to_string(id), .agency_id = agency_id};
}

RegistryFacts facts_with_application(const std::string& lifecycle, const std::string& category = "agency_special") {
  RegistryFacts f;
  f.today = "2026-03-10";
  f.region_name = "Kota Madiun";
  applications::Application a;
  a.id = 7;
  a.owner_agency_id = 1;
  a.name = "SIMPUS";
  a.category = category;
  a.lifecycle = lifecycle;
  a.copyright_owner = "Pemerintah Kota Madiun";
  f.applications[7] = a;
  return f;
}

void add_document(RegistryFacts& f, const std::string& kind, int64_t id) {
  applications::Document d;
  d.id = id;
  d.application_id = 7;
  d.kind = kind;
  d.file_sha256 = std::string(64, 'a');
  d.uploaded_at = "2026-01-02T03:04:05Z";
  f.documents[7].push_back(d);
}

std::set<std::string> evidence_ids(const Check& c, const std::string& kind) {
  std::set<std::string> out;
  for (const auto& e : c.evidence)
    if (e.kind == kind) out.insert(e.id);
  return out;
}

}  // namespace

TEST(ComplianceRegistry, AnswersExactlyTheWordsOfItsContract) {
  const std::map<std::string, std::set<std::string>> expected{
      {"batam", {"agency-provides-data", "data-protection-by-owner-agency", "dataset-security-classification",
                 "data-stored-in-data-center", "app-tested-before-production", "app-documents-before-production",
                 "app-in-repository", "app-copyright-to-region", "cross-agency-integration-via-dinas"}},
      {"kendari", {"public-eservices-prefer-common-applications", "data-confidentiality-status", "no-duplicate-data",
                   "data-in-data-center", "app-procurement-documents", "app-copyright-to-region", "app-in-repository",
                   "data-stored-centrally", "digital-data-shared-between-agencies"}},
      {"madiun", {"agency-provides-data", "data-sharing-between-agencies", "data-stored-in-data-center",
                  "common-applications-by-dinas-or-self-sufficient", "shared-special-applications-by-dinas-or-self-sufficient",
                  "agency-special-applications-by-self-sufficient-or-dinas", "application-development-life-cycle",
                  "app-tested-before-production", "app-documents-before-production", "app-in-repository",
                  "app-copyright-to-region", "administrative-eservices-through-applications",
                  "cross-agency-integration-through-dinas"}},
      {"oki", {"data-stored-in-data-center", "app-technical-documents-to-diskominfo", "dataset-security-classification",
               "application-operated-by-service-owner", "app-tested-before-production", "app-documents-before-production",
               "app-in-repository", "app-copyright-to-region", "cross-agency-integration-coordinated-by-diskominfo"}},
      {"probolinggo", {"data-sharing-first", "data-managed-by-agency", "agency-accountable-for-data-accuracy-and-security",
                       "applications-prefer-open-source", "administrative-eservices-use-common-applications",
                       "public-eservices-prefer-common-applications", "service-integration-by-dinas"}},
  };
  auto source = make_registry_source();
  for (const auto& p : profiles::builtin_profiles()) {
    std::set<std::string> answered;
    for (const auto& o : p.obligations)
      if (source->answers(o)) answered.insert(o.id);
    EXPECT_EQ(answered, expected.at(p.name)) << p.name;
  }
}

TEST(ComplianceRegistry, FieldsTheRecordsDoNotHoldAreLeftToStatements) {
  // Kendari's licence duty also asks for information security compliance: no record holds it.
  EXPECT_FALSE(registry_question(obligation("kendari", "application-legal-or-open-source")));
  EXPECT_FALSE(registry_question(obligation("madiun", "data-protection-by-owner-agency")));
  // Probolinggo's service connector prerequisites bind the ICT office, not an application.
  EXPECT_FALSE(registry_question(obligation("probolinggo", "service-connector-prerequisites")));
}

TEST(ComplianceRegistry, AnApplicationInProductionWithoutItsDocumentsIsNotMetNamingThem) {
  auto f = facts_with_application("in_production");
  add_document(f, "user_manual", 1);
  auto c = check("madiun", "app-documents-before-production", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(evidence_ids(c, "missing_document"),
            (std::set<std::string>{"software_requirements", "application_design", "source_code"}));
  EXPECT_NE(c.reason.en.find("Source code"), std::string::npos) << c.reason.en;
  // The missing documents are named with the profile's article (applications/rules.h words them).
  EXPECT_NE(c.reason.en.find(obligation("madiun", "app-documents-before-production").article), std::string::npos) << c.reason.en;

  for (auto [kind, id] : {std::pair{"software_requirements", 2}, {"application_design", 3}, {"source_code", 4}})
    add_document(f, kind, id);
  c = check("madiun", "app-documents-before-production", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(evidence_ids(c, "application_document").size(), 4u);
  EXPECT_EQ(c.evidence[0].date, "2026-01-02");
}

TEST(ComplianceRegistry, TheTestDutyNeedsItsReportAndAPassingTest) {
  auto f = facts_with_application("in_production");
  add_document(f, "application_test_report", 1);
  auto c = check("madiun", "app-tested-before-production", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::not_met);  // the report is there, no test recorded
  EXPECT_EQ(evidence_ids(c, "missing_test").size(), 1u);
  applications::TestRecord t;
  t.id = 1;
  t.application_id = 7;
  t.tested_on = "2026-01-05";
  t.result = "passed";
  f.tests[7].push_back(t);
  EXPECT_EQ(check("madiun", "app-tested-before-production", subject("application", 7), f).status, Status::met);
}

TEST(ComplianceRegistry, BeforeProductionTheDocumentDutyDoesNotApplyYet) {
  auto f = facts_with_application("in_testing");
  auto c = check("madiun", "app-documents-before-production", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::not_applicable);
  EXPECT_EQ(evidence_ids(c, "missing_document").size(), 4u);
  EXPECT_EQ(check("madiun", "app-documents-before-production", subject("application", 7),
                  facts_with_application("retired")).status,
            Status::not_applicable);
}

TEST(ComplianceRegistry, TheRepositoryHoldsTheApplicationAndItsDocuments) {
  auto f = facts_with_application("in_production");
  auto c = check("madiun", "app-in-repository", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(evidence_ids(c, "missing_repository_location").size(), 1u);
  EXPECT_EQ(evidence_ids(c, "missing_document").size(), 5u);  // the four documents and the test report
  f.applications[7].repository_location = "https://git.madiunkota.go.id/simpus";
  for (auto [kind, id] : {std::pair{"software_requirements", 2}, {"application_design", 3}, {"source_code", 4},
                          {"user_manual", 5}, {"application_test_report", 6}})
    add_document(f, kind, id);
  EXPECT_EQ(check("madiun", "app-in-repository", subject("application", 7), f).status, Status::met);
  // Kendari asks for the application only.
  auto k = facts_with_application("in_production");
  k.applications[7].repository_location = "https://git.kendarikota.go.id/simpus";
  EXPECT_EQ(check("kendari", "app-in-repository", subject("application", 7), k).status, Status::met);
}

TEST(ComplianceRegistry, TheCopyrightBelongsToTheRegion) {
  auto f = facts_with_application("planned");
  EXPECT_EQ(check("madiun", "app-copyright-to-region", subject("application", 7), f).status, Status::met);
  f.applications[7].copyright_owner = "PT Vendor";
  auto c = check("madiun", "app-copyright-to-region", subject("application", 7), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_NE(c.reason.en.find("PT Vendor"), std::string::npos);
}

TEST(ComplianceRegistry, IntegrationAcrossAgenciesNeedsTheIctOfficesCoordination) {
  RegistryFacts f;
  services::Service s;
  s.id = 3;
  s.owner_agency_id = 1;
  f.services[3] = s;
  EXPECT_EQ(check("madiun", "cross-agency-integration-through-dinas", subject("service", 3), f).status, Status::not_applicable);
  f.services[3].participating_agency_ids = {2};
  EXPECT_EQ(check("madiun", "cross-agency-integration-through-dinas", subject("service", 3), f).status, Status::not_met);
  f.services[3].integration_coordinated_by = "kominfo";
  f.services[3].integration_coordinated_at = "2026-02-01T08:00:00Z";
  auto c = check("madiun", "cross-agency-integration-through-dinas", subject("service", 3), f);
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(c.evidence.at(0).date, "2026-02-01");
}

TEST(ComplianceRegistry, EServicesAreBuiltOnTheApplicationsTheRegulationNames) {
  RegistryFacts f;
  services::Service s;
  s.id = 3;
  s.kind = "administrative";
  f.services[3] = s;
  EXPECT_EQ(check("probolinggo", "administrative-eservices-use-common-applications", subject("service", 3), f).status,
            Status::not_met);
  f.service_applications[3] = {{9, "E-Kinerja", "agency_special"}};
  EXPECT_EQ(check("probolinggo", "administrative-eservices-use-common-applications", subject("service", 3), f).status,
            Status::not_met);
  EXPECT_EQ(check("madiun", "administrative-eservices-through-applications", subject("service", 3), f).status, Status::met);
  f.service_applications[3].push_back({10, "SRIKANDI", "common"});
  auto c = check("probolinggo", "administrative-eservices-use-common-applications", subject("service", 3), f);
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(evidence_ids(c, "application"), std::set<std::string>{"10"});
  f.services[3].kind = "public";
  EXPECT_EQ(check("probolinggo", "administrative-eservices-use-common-applications", subject("service", 3), f).status,
            Status::not_applicable);
}

TEST(ComplianceRegistry, DataIsStoredInTheDataCenter) {
  RegistryFacts f;
  datasets::Dataset d;
  d.id = 4;
  d.title = "Data Penduduk";
  f.datasets[4] = d;
  EXPECT_EQ(check("madiun", "data-stored-in-data-center", subject("dataset", 4), f).status, Status::not_met);
  f.dataset_hosts[4] = {{11, "srv-dc-01", "Pusat Data Kota", "data_center"}};
  EXPECT_EQ(check("madiun", "data-stored-in-data-center", subject("dataset", 4), f).status, Status::met);
  f.dataset_hosts[4].push_back({12, "pc-dinas", "", ""});
  auto c = check("madiun", "data-stored-in-data-center", subject("dataset", 4), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_NE(c.reason.en.find("pc-dinas"), std::string::npos);
  f.datasets[4].status = "retired";
  EXPECT_EQ(check("madiun", "data-stored-in-data-center", subject("dataset", 4), f).status, Status::not_applicable);
}

TEST(ComplianceRegistry, SharingCountsAgreementsInForceUpToTheirLastDay) {
  RegistryFacts f;
  f.today = "2026-03-10";
  datasets::Dataset d;
  d.id = 4;
  f.datasets[4] = d;
  datasets::Agreement a;
  a.id = 1;
  a.title = "Bagi pakai data penduduk";
  a.provider_agency_id = 1;
  a.consumer_agency_id = 2;
  a.purpose = "Verifikasi";
  a.scope = "NIK";
  a.status = "active";
  a.valid_from = "2026-01-01";
  a.expires_on = "2026-03-10";  // the last day it grants access is today
  a.dataset_ids = {4};
  f.agreements = {a};
  auto c = check("madiun", "data-sharing-between-agencies", subject("dataset", 4), f);
  EXPECT_EQ(c.status, Status::not_met);  // no interoperability standard
  EXPECT_NE(c.reason.en.find("interoperability standard"), std::string::npos);
  f.agreements[0].interoperability_standard = "SDI JSON";
  EXPECT_EQ(check("madiun", "data-sharing-between-agencies", subject("dataset", 4), f).status, Status::met);
  EXPECT_EQ(check("kendari", "digital-data-shared-between-agencies", subject("agency", 2, 2), f).status, Status::met);
  f.today = "2026-03-11";  // the day after: expired
  EXPECT_EQ(check("madiun", "data-sharing-between-agencies", subject("dataset", 4), f).status, Status::not_applicable);
  EXPECT_EQ(check("kendari", "digital-data-shared-between-agencies", subject("agency", 2, 2), f).status, Status::not_met);
}

TEST(ComplianceRegistry, AnAgencyProvidesData) {
  RegistryFacts f;
  EXPECT_EQ(check("madiun", "agency-provides-data", subject("agency", 1, 1), f).status, Status::not_met);
  datasets::Dataset d;
  d.id = 4;
  d.owner_agency_id = 1;
  f.datasets[4] = d;
  EXPECT_EQ(check("madiun", "agency-provides-data", subject("agency", 1, 1), f).status, Status::met);
  EXPECT_EQ(check("madiun", "agency-provides-data", subject("agency", 2, 2), f).status, Status::not_met);
}

TEST(ComplianceRegistry, DataOfTheSameKindAsAnotherIsADuplicate) {
  RegistryFacts f;
  datasets::Dataset d;
  d.id = 4;
  d.title = "Data Penduduk";
  f.datasets[4] = d;
  f.region_datasets = {d};
  EXPECT_EQ(check("kendari", "no-duplicate-data", subject("dataset", 4), f).status, Status::met);
  datasets::Dataset copy;
  copy.id = 5;
  copy.title = "  data   PENDUDUK ";
  copy.owner_agency_name = "Dinas Dukcapil";
  f.region_datasets.push_back(copy);
  auto c = check("kendari", "no-duplicate-data", subject("dataset", 4), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(evidence_ids(c, "dataset"), std::set<std::string>{"5"});
  EXPECT_NE(c.reason.en.find("Dinas Dukcapil"), std::string::npos);
}

TEST(ComplianceRegistry, OnlyTheIctOfficeOrAPdMandiriBuildsCommonApplications) {
  auto f = facts_with_application("in_development", "common");
  f.ict_office = {{1, false}, {2, true}};
  const std::string id = "common-applications-by-dinas-or-self-sufficient";
  auto c = check("madiun", id, subject("agency", 1, 1), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(evidence_ids(c, "application"), std::set<std::string>{"7"});
  EXPECT_EQ(check("madiun", "agency-special-applications-by-self-sufficient-or-dinas", subject("agency", 1, 1), f).status,
            Status::met);  // the category differs
  f.applications[7].owner_agency_id = 2;
  EXPECT_EQ(check("madiun", id, subject("agency", 2, 2), f).status, Status::met);  // the ICT office
  f.applications[7].owner_agency_id = 1;
  f.applications[7].lifecycle = "in_production";
  EXPECT_EQ(check("madiun", id, subject("agency", 1, 1), f).status, Status::met);  // not being built now
}
