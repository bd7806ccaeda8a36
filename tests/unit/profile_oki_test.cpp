// The `oki` profile against the text of Peraturan Bupati Ogan Komering Ilir Nomor 32
// Tahun 2022 (profiles/sources/oki-32-2022.txt): a wrong article, rule kind, period,
// document list or committee chair in profiles/oki.yaml fails here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "profile_expectations.h"

using namespace simpul::profiles;
using namespace simpul::profiles::expectations;

namespace {

const Profile& profile() { return builtin_profile("oki"); }
const Obligation& ob(const std::string& id) { return obligation(profile(), id); }

}  // namespace

// Pasal 46 ayat (2): "… Bupati membentuk Tim Koordinasi SPBE Pemerintah Kabupaten yang
// diketuai oleh Sekretaris Daerah."
TEST(ProfileOki, CoordinationTeamIsChairedBySekda) {
  const Body* team = profile().body("tim_koordinasi");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "committee");
  EXPECT_EQ(team->name, "Tim Koordinasi SPBE Pemerintah Kabupaten");
  EXPECT_EQ(team->article, "Pasal 46 ayat (2)");
  ASSERT_FALSE(team->members.empty());
  EXPECT_EQ(team->members[0].role, "chair");
  EXPECT_EQ(team->members[0].position, "sekda");
  const PositionTemplate* sekda = profile().position("sekda");
  ASSERT_NE(sekda, nullptr);
  EXPECT_EQ(sekda->title, "Sekretaris Daerah");
  EXPECT_EQ(profile().term("region_head").id, "Bupati");
  EXPECT_EQ(profile().term("committee").id, "Tim Koordinasi SPBE Pemerintah Kabupaten");
}

// Pasal 39 ayat (7): "a. Setiap PD menunjuk minimal 1 (satu) orang staf atau membentuk unit
// untuk melaksanakan uraian tugas dan fungsi sebagai Administrator; dan
// b. Diskominfo membentuk unit sebagai Superadmin."
TEST(ProfileOki, TiersAreAdministratorInEachAgencyAndSuperadminAtDiskominfo) {
  EXPECT_EQ(profile().term("tier1").id, "Administrator");
  EXPECT_EQ(profile().term("tier2").id, "Superadmin");
  const auto& admin = ob("administrator-per-agency");
  EXPECT_EQ(admin.article, "Pasal 39 ayat (7) huruf a");
  expect_required_role(admin, "every_agency", "tier1", 1);
  const auto& superadmin = ob("superadmin-unit");
  EXPECT_EQ(superadmin.article, "Pasal 39 ayat (7) huruf b");
  expect_required_role(superadmin, "ict_office", "tier2", 1);
}

// Pasal 21 ayat (1): "Setiap PD wajib menyerahkan diagram infrastruktur LAN terkini kepada
// Diskominfo paling sedikit 1 (satu) kali dalam setahun."
TEST(ProfileOki, LanDiagramIsSubmittedEveryYear) {
  const auto& o = ob("lan-diagram-annual");
  EXPECT_EQ(o.article, "Pasal 21 ayat (1)");
  expect_annual_lan_diagram(o);
}

// Pasal 42 ayat (1), 43 ayat (3), 44 ayat (3): audits of infrastructure, of Aplikasi Khusus
// and of security "paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Diskominfo".
TEST(ProfileOki, AuditsAreEveryTwoYears) {
  expect_biennial_audit(ob("infrastructure-audit-biennial"), "Pasal 42 ayat (1)", "infrastructure");
  expect_biennial_audit(ob("special-application-audit-biennial"), "Pasal 43 ayat (3)", "application");
  expect_biennial_audit(ob("security-audit-biennial"), "Pasal 44 ayat (3)", "security");
  EXPECT_EQ(ob("special-application-audit-biennial").when, "application_agency_special");
}

// Pasal 6 ayat (7) and Pasal 7 ayat (5): "Diskominfo melakukan pemantauan dan evaluasi
// terhadap Arsitektur SPBE setiap Tahun." / "… terhadap Peta Rencana SPBE setiap tahun."
TEST(ProfileOki, ArchitectureAndRoadmapAreReviewedEveryYear) {
  for (const char* id : {"architecture-review-annual", "roadmap-review-annual"}) {
    EXPECT_EQ(ob(id).binds, "ict_office") << id;
    expect_periodic(ob(id), "periodic_event", "P1Y");
  }
  EXPECT_EQ(ob("architecture-review-annual").article, "Pasal 6 ayat (7)");
  EXPECT_EQ(ob("roadmap-review-annual").article, "Pasal 7 ayat (5)");
}

// Pasal 14 ayat (3): "Dokumentasi teknis aplikasi yang meliputi Kode Sumber, API, Kebutuhan
// Pengguna, Rancangan Aplikasi dan Basis data, Pengujian Aplikasi, Manual Instalasi, Manual
// Pengguna, Manual Admin, Metadata, dan Troubleshooting, wajib diserahkan oleh PD kepada
// Diskominfo." (the application and the database design are two documents: eleven in all)
TEST(ProfileOki, ElevenTechnicalDocumentsGoToDiskominfo) {
  const auto& o = ob("app-technical-documents-to-diskominfo");
  EXPECT_EQ(o.article, "Pasal 14 ayat (3)");
  EXPECT_EQ(o.binds, "each_application");
  expect_documents_before_production(
      o, {"source_code", "api_documentation", "user_requirements", "application_design", "database_design",
          "application_test_report", "installation_manual", "user_manual", "admin_manual", "metadata",
          "troubleshooting_guide"});
}

// Pasal 25 ayat (2): the tested application "harus dilengkapi: a. dokumen kebutuhan perangkat
// lunak; b. dokumen perancangan aplikasi; c. dokumen manual penggunaan aplikasi; dan
// d. Source Code dengan penjelasan fungsi masing-masing procedure."
// Pasal 25 ayat (1): testing "sebelum diimplementasikan ke infrastruktur layanan yang sebenarnya".
TEST(ProfileOki, TestedApplicationsCarryFourDocumentsBeforeProduction) {
  const auto& o = ob("app-documents-before-production");
  EXPECT_EQ(o.article, "Pasal 25 ayat (2)");
  expect_documents_before_production(o, {"software_requirements", "application_design", "user_manual", "source_code"});
  const auto& tested = ob("app-tested-before-production");
  EXPECT_EQ(tested.article, "Pasal 25 ayat (1)");
  expect_documents_before_production(tested, {"application_test_report"});
  const auto& repo = ob("app-in-repository");
  EXPECT_EQ(repo.article, "Pasal 25 ayat (3)");
  EXPECT_EQ(repo.rule.kind, "placement");
  EXPECT_EQ(repo.rule.value("where"), "repository");
}

// Pasal 24 ayat (3): "Aplikasi umum … disediakan oleh Diskominfo, antara lain:" eleven
// applications, from "a. aplikasi Perencanaan" to "k. aplikasi Pengaduan Pelayanan Publik".
TEST(ProfileOki, DiskominfoProvidesElevenCommonApplications) {
  const auto& o = ob("common-applications");
  EXPECT_EQ(o.article, "Pasal 24 ayat (3)");
  EXPECT_EQ(o.binds, "ict_office");
  EXPECT_EQ(o.rule.kind, "required_record");
  const auto& apps = o.rule.list("fields");
  ASSERT_EQ(apps.size(), 11u);
  EXPECT_EQ(apps.front(), "planning");
  EXPECT_EQ(apps.back(), "public_service_complaints");
  for (const char* app : {"budgeting", "procurement", "performance_accountability", "monitoring_and_evaluation",
                          "archives", "personnel", "legal_information_network", "msme_marketing",
                          "civil_servant_learning"})
    EXPECT_TRUE(contains(apps, app)) << app;
}

// Pasal 12 ayat (7): "Setiap PD di lingkungan Pemerintah Kabupaten wajib menempatkan data
// dan/atau servernya di Pusat Data."  Pasal 13 ayat (1): back-ups go to the Pusat Data too.
TEST(ProfileOki, ServersAndBackupsAreInTheDataCenter) {
  const auto& o = ob("servers-in-data-center");
  EXPECT_EQ(o.article, "Pasal 12 ayat (7)");
  EXPECT_EQ(o.binds, "each_host");
  EXPECT_EQ(o.rule.kind, "placement");
  EXPECT_EQ(o.rule.value("what"), "server");
  EXPECT_EQ(o.rule.value("where"), "data_center");
  const auto& backup = ob("backup-to-data-center");
  EXPECT_EQ(backup.article, "Pasal 13 ayat (1)");
  EXPECT_EQ(backup.rule.value("where"), "data_center");
}

// Pasal 20 ayat (1)-(2): computers on the PD network use IP addresses managed by Diskominfo,
// which "mempunyai kewenangan untuk penomoran IP".
TEST(ProfileOki, DiskominfoNumbersTheIpAddresses) {
  const auto& o = ob("ip-numbering-by-diskominfo");
  EXPECT_EQ(o.article, "Pasal 20 ayat (2)");
  EXPECT_EQ(o.binds, "each_host");
  EXPECT_EQ(o.rule.kind, "approval_gate");
  EXPECT_EQ(o.rule.value("approver"), "ict_office");
  EXPECT_EQ(ob("hosts-use-diskominfo-ip").article, "Pasal 20 ayat (1)");
}

// Pasal 22 ayat (2), (3), (6): domain kaboki.go.id, subdomain pd.kaboki.go.id for each PD,
// official e-mail pd@kaboki.go.id.
TEST(ProfileOki, DomainSubdomainAndEmailFollowKabokiGoId) {
  EXPECT_EQ(profile().region.kind, "kabupaten");
  EXPECT_EQ(profile().region.domain, "kaboki.go.id");
  EXPECT_EQ(profile().region.time_zone, "Asia/Jakarta");
  EXPECT_EQ(ob("region-domain").article, "Pasal 22 ayat (2)");
  const auto& sub = ob("agency-subdomain");
  EXPECT_EQ(sub.article, "Pasal 22 ayat (3)");
  EXPECT_EQ(sub.rule.kind, "naming");
  EXPECT_EQ(sub.rule.value("pattern"), "{agency}.kaboki.go.id");
  const auto& mail = ob("official-email-address");
  EXPECT_EQ(mail.article, "Pasal 22 ayat (6)");
  EXPECT_EQ(mail.rule.kind, "naming");
  EXPECT_EQ(mail.rule.value("pattern"), "{agency}@kaboki.go.id");
}

// Pasal 11 ayat (4): "Untuk Basis data Kepegawaian harus berbasis Nomor Induk Pegawai …";
// ayat (5): "Untuk Basis data kependudukan harus berbasis Nomor Induk Kependudukan dan wajib
// diimplementasikan pada seluruh aplikasi pelayanan publik kepada warga."
TEST(ProfileOki, StaffAreKeyedByNipAndResidentsByNik) {
  const auto& staff = ob("staff-data-keyed-by-nip");
  EXPECT_EQ(staff.article, "Pasal 11 ayat (4)");
  EXPECT_EQ(staff.binds, "each_employee");
  EXPECT_EQ(staff.rule.list("fields"), (std::vector<std::string>{"nip"}));
  const auto& residents = ob("public-service-apps-keyed-by-nik");
  EXPECT_EQ(residents.article, "Pasal 11 ayat (5)");
  EXPECT_EQ(residents.when, "public_service");
  EXPECT_EQ(residents.rule.list("fields"), (std::vector<std::string>{"nik"}));
}

// Pasal 1 angka 59 "Wali data adalah Dinas Komunikasi dan Informatika …"; Pasal 8 ayat (3)
// planning coordinated by Bappeda Litbang; Pasal 26 ayat (7) "Keamanan penyelenggaraan SPBE
// dikelola oleh Government CSIRT".
TEST(ProfileOki, DiskominfoIsTheIctOfficeAndDataStewardWithAGovernmentCsirt) {
  const AgencyTemplate* diskominfo = profile().agency("diskominfo");
  ASSERT_NE(diskominfo, nullptr);
  EXPECT_EQ(diskominfo->roles, (std::vector<std::string>{"ict_office"}));
  EXPECT_EQ(profile().term("data_steward").id, "Wali Data");
  const AgencyTemplate* bappeda = profile().agency("bappeda_litbang");
  ASSERT_NE(bappeda, nullptr);
  EXPECT_EQ(bappeda->short_name, "Bappeda Litbang");
  EXPECT_EQ(bappeda->roles, (std::vector<std::string>{"planning_office"}));
  EXPECT_EQ(ob("spbe-plan-budget-coordinated-by-bappeda").binds, "planning_office");
  const Body* csirt = profile().body("government_csirt");
  ASSERT_NE(csirt, nullptr);
  EXPECT_EQ(csirt->kind, "csirt");
  EXPECT_EQ(csirt->article, "Pasal 26 ayat (7)");
  EXPECT_EQ(ob("government-csirt").article, "Pasal 26 ayat (7)");
  EXPECT_FALSE(profile().gcio.has_value());
  EXPECT_FALSE(profile().self_sufficiency.has_value());
}
