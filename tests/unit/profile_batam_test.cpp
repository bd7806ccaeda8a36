// The `batam` profile against the text of Peraturan Walikota Batam Nomor 40 Tahun 2021
// (profiles/sources/batam-40-2021.txt): a wrong article, rule kind, period, document list,
// committee composition or domain coordinator in profiles/batam.yaml fails here.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "profile_expectations.h"

using namespace simpul::profiles;
using namespace simpul::profiles::expectations;

namespace {

const Profile& profile() { return builtin_profile("batam"); }
const Obligation& ob(const std::string& id) { return obligation(profile(), id); }

}  // namespace

// Pasal 45 ayat (2)-(3): formed "dengan Keputusan Walikota"; "a. Ketua : Sekretaris Daerah;
// b. Wakil Ketua : Asisten Administrasi Umum; c. Sekretaris I : Kepala Dinas;
// d. Sekretaris II : Kepala Bagian Organisasi; e. Anggota : Kepala PD lainnya berdasarkan kebutuhan."
TEST(ProfileBatam, CoordinationTeamIsChairedBySekdaWithTwoSecretaries) {
  const Body* team = profile().body("tim_koordinasi");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "committee");
  EXPECT_EQ(team->name, "Tim Koordinasi SPBE Pemerintah Daerah");
  EXPECT_EQ(team->article, "Pasal 45 ayat (3)");
  EXPECT_EQ(team->formed_by, "Keputusan Walikota");
  expect_members(*team, {{"chair", "sekda", ""},
                         {"vice_chair", "asisten_administrasi_umum", ""},
                         {"secretary", "kepala_diskominfo", ""},
                         {"secretary", "kepala_bagian_organisasi", ""},
                         {"member", "", "other_agency_heads"}});
  const PositionTemplate* asisten = profile().position("asisten_administrasi_umum");
  ASSERT_NE(asisten, nullptr);
  EXPECT_EQ(asisten->title, "Asisten Administrasi Umum");
  EXPECT_EQ(asisten->agency, "setda");
  EXPECT_EQ(profile().term("region_head").id, "Walikota");
  EXPECT_EQ(profile().term("committee").id, "Tim Koordinasi SPBE Pemerintah Daerah");
  EXPECT_EQ(ob("coordination-team-by-mayor-decree").article, "Pasal 45 ayat (2)");
}

// Pasal 46 ayat (1): "… maka ditetapkan kepala Dinas sebagai Government Chief Information
// Officer (GCIO)." ayat (3): "Setiap pembangunan dan pengembangan pemerintahan berbasis
// elektronik harus mendapatkan persetujuan dari Government Chief Information Officer (GCIO) daerah."
TEST(ProfileBatam, KepalaDinasIsGcioAndApprovesEveryDevelopment) {
  ASSERT_TRUE(profile().gcio.has_value());
  EXPECT_EQ(profile().gcio->position, "kepala_diskominfo");
  EXPECT_EQ(profile().gcio->article, "Pasal 46 ayat (1)");
  const PositionTemplate* kepala = profile().position("kepala_diskominfo");
  ASSERT_NE(kepala, nullptr);
  EXPECT_EQ(kepala->agency, "diskominfo");
  EXPECT_TRUE(kepala->head);
  const auto& o = ob("spbe-development-needs-gcio-approval");
  EXPECT_EQ(o.article, "Pasal 46 ayat (3)");
  EXPECT_EQ(o.binds, "every_agency");
  EXPECT_EQ(o.rule.kind, "approval_gate");
  EXPECT_EQ(o.rule.value("action"), "develop_spbe");
  EXPECT_EQ(o.rule.value("approver"), "gcio");
  const Body* tim_gcio = profile().body("tim_gcio");
  ASSERT_NE(tim_gcio, nullptr);
  EXPECT_EQ(tim_gcio->article, "Pasal 46 ayat (4)");
}

// Pasal 40 ayat (7): "a. setiap PD menunjuk minimal 1 (satu) orang staf atau membentuk unit …
// sebagai teknisi TIK sekaligus Service Desk Tingkat 1; dan b. Dinas membentuk unit sebagai
// Service Desk Tingkat 2."
TEST(ProfileBatam, ServiceDeskTier1InEachAgencyAndTier2AtDinas) {
  EXPECT_EQ(profile().term("tier1").id, "Service Desk Tingkat 1");
  EXPECT_EQ(profile().term("tier2").id, "Service Desk Tingkat 2");
  const auto& tier1 = ob("service-desk-tier1-per-agency");
  EXPECT_EQ(tier1.article, "Pasal 40 ayat (7) huruf a");
  expect_required_role(tier1, "every_agency", "tier1", 1);
  const auto& tier2 = ob("service-desk-tier2-unit");
  EXPECT_EQ(tier2.article, "Pasal 40 ayat (7) huruf b");
  expect_required_role(tier2, "ict_office", "tier2", 1);
  const auto& escalation = ob("tier1-escalates-to-tier2");
  EXPECT_EQ(escalation.article, "Pasal 40 ayat (9)");
  EXPECT_EQ(escalation.rule.kind, "required_link");
}

// Pasal 6 ayat (2): the Rencana Induk SPBE "memuat : a. visi, misi, tujuan, dan sasaran SPBE
// Pemerintah Daerah; b. arah kebijakan SPBE; c. strategi SPBE; d. Arsitektur SPBE; dan
// e. Peta Rencana SPBE."  ayat (3): "ditetapkan dengan Keputusan Walikota."
// ayat (5): "Rencana Induk SPBE dapat ditinjau setiap 1 (satu) tahun sekali …"
TEST(ProfileBatam, MasterPlanContentsAndYearlyReview) {
  const auto& plan = ob("master-plan-contents");
  EXPECT_EQ(plan.article, "Pasal 6 ayat (2)");
  EXPECT_EQ(plan.rule.kind, "required_record");
  EXPECT_EQ(plan.rule.value("record"), "spbe_master_plan");
  EXPECT_EQ(plan.rule.list("fields"),
            (std::vector<std::string>{"vision", "mission", "goals", "targets", "policy_direction", "strategy",
                                      "spbe_architecture", "spbe_roadmap"}));
  const auto& adopted = ob("master-plan-adopted-by-mayor-decree");
  EXPECT_EQ(adopted.article, "Pasal 6 ayat (3)");
  EXPECT_EQ(adopted.rule.value("approver"), "region_head");
  const auto& review = ob("master-plan-review-annual");
  EXPECT_EQ(review.article, "Pasal 6 ayat (5)");
  expect_periodic(review, "periodic_event", "P1Y");
  EXPECT_EQ(ob("master-plan-evaluated-by-dinas").binds, "ict_office");
  EXPECT_EQ(ob("master-plan-evaluated-by-dinas").article, "Pasal 6 ayat (6)");
}

// Pasal 21 ayat (1): "Setiap PD wajib menyerahkan diagram Jaringan Intra PD (LAN) terkini kepada
// Dinas paling sedikit 1 (satu) kali dalam setahun."
TEST(ProfileBatam, LanDiagramIsSubmittedEveryYear) {
  const auto& o = ob("lan-diagram-annual");
  EXPECT_EQ(o.article, "Pasal 21 ayat (1)");
  expect_annual_lan_diagram(o);
}

// Pasal 42 ayat (1), 43 ayat (2), 44 ayat (2): audits of infrastructure, applications and
// security "paling sedikit 1 (satu) kali dalam 2 (dua) tahun"; results "dilaporkan kepada
// Walikota melalui Ketua Tim Koordinasi SPBE" (Pasal 42 ayat (2), 43 ayat (3), 44 ayat (3)).
TEST(ProfileBatam, AuditsAreEveryTwoYearsAndReported) {
  struct Expected {
    const char* id;
    const char* article;
    const char* scope;
    const char* report;
    const char* report_article;
  };
  for (const auto& e :
       {Expected{"infrastructure-audit-biennial", "Pasal 42 ayat (1)", "infrastructure", "infrastructure-audit-reported",
                 "Pasal 42 ayat (2)"},
        Expected{"application-audit-biennial", "Pasal 43 ayat (2)", "application", "application-audit-reported",
                 "Pasal 43 ayat (3)"},
        Expected{"security-audit-biennial", "Pasal 44 ayat (2)", "security", "security-audit-reported",
                 "Pasal 44 ayat (3)"}}) {
    expect_biennial_audit(ob(e.id), e.article, e.scope);
    const auto& r = ob(e.report);
    EXPECT_EQ(r.article, e.report_article) << e.report;
    EXPECT_EQ(r.binds, "ict_office") << e.report;
    EXPECT_EQ(r.rule.value("to"), "report_to_region_head") << e.report;
  }
}

// Pasal 25 ayat (3): testing "sebelum diimplementasikan ke infrastruktur layanan yang
// sebenarnya"; ayat (4): "terhadap Aplikasi harus dilengkapi : a. dokumen kebutuhan perangkat
// lunak; b. dokumen perancangan aplikasi; c. dokumen manual penggunaan aplikasi; dan d. source
// code dengan penjelasan fungsi masing-masing prosedur."  ayat (5): "… disimpan di Repositori."
TEST(ProfileBatam, ApplicationsCarryFourDocumentsBeforeProduction) {
  const auto& o = ob("app-documents-before-production");
  EXPECT_EQ(o.article, "Pasal 25 ayat (4)");
  EXPECT_EQ(o.binds, "each_application");
  expect_documents_before_production(o, {"software_requirements", "application_design", "user_manual", "source_code"});
  const auto& tested = ob("app-tested-before-production");
  EXPECT_EQ(tested.article, "Pasal 25 ayat (3)");
  expect_documents_before_production(tested, {"application_test_report"});
  const auto& repo = ob("app-in-repository");
  EXPECT_EQ(repo.article, "Pasal 25 ayat (5)");
  EXPECT_EQ(repo.rule.kind, "placement");
  EXPECT_EQ(repo.rule.value("where"), "repository");
}

// Pasal 7 ayat (7): drafting of each domain is coordinated by "a. Bagian Organisasi untuk domain
// arsitektur Proses Bisnis dan Layanan SPBE; b. Badan Perencanaan dan Penelitian Pengembangan
// Pembangunan untuk domain arsitektur data dan informasi; dan c. Dinas untuk domain arsitektur
// aplikasi, arsitektur infrastruktur, dan arsitektur keamanan."
TEST(ProfileBatam, ArchitectureDomainCoordinators) {
  std::map<std::string, std::string> coordinator;
  for (const auto& d : profile().architecture_domains) coordinator[d.domain] = d.coordinator;
  EXPECT_EQ(coordinator.size(), 6u);
  EXPECT_EQ(coordinator["business_process"], "bagian_organisasi");
  EXPECT_EQ(coordinator["service"], "bagian_organisasi");
  EXPECT_EQ(coordinator["data_information"], "bappelitbangda");
  EXPECT_EQ(coordinator["application"], "diskominfo");
  EXPECT_EQ(coordinator["infrastructure"], "diskominfo");
  EXPECT_EQ(coordinator["security"], "diskominfo");
  for (const auto& d : profile().architecture_domains) EXPECT_EQ(d.article.rfind("Pasal 7 ayat (7) huruf ", 0), 0u);
  const AgencyTemplate* organisasi = profile().agency("bagian_organisasi");
  ASSERT_NE(organisasi, nullptr);
  EXPECT_EQ(organisasi->parent, "setda");
  EXPECT_EQ(organisasi->roles, (std::vector<std::string>{"organization_bureau"}));
  const AgencyTemplate* planning = profile().agency("bappelitbangda");
  ASSERT_NE(planning, nullptr);
  EXPECT_EQ(planning->name, "Badan Perencanaan dan Penelitian Pengembangan Pembangunan");
  EXPECT_EQ(planning->roles, (std::vector<std::string>{"planning_office"}));
  // Pasal 7 ayat (6): "Penyusunan Arsitektur SPBE dikoordinasikan oleh Ketua Tim Koordinasi SPBE."
  EXPECT_EQ(ob("architecture-coordinated-by-committee-chair").binds, "committee");
}

// Pasal 8 ayat (2): "Peta Rencana SPBE disusun untuk jangka waktu 5 (lima) tahun."; ayat (5):
// "Pemantauan dan evaluasi peta rencana SPBE dilaksanakan setiap tahun …"; Pasal 47 ayat (1):
// "Pemantauan dan evaluasi terhadap implementasi SPBE dilaksanakan setiap tahun".
TEST(ProfileBatam, RoadmapAndSpbeAreEvaluatedEveryYear) {
  EXPECT_EQ(ob("roadmap-five-years").article, "Pasal 8 ayat (2)");
  for (const char* id : {"roadmap-review-annual", "spbe-evaluation-annual"})
    expect_periodic(ob(id), "periodic_event", "P1Y");
  EXPECT_EQ(ob("roadmap-review-annual").article, "Pasal 8 ayat (5)");
  EXPECT_EQ(ob("spbe-evaluation-annual").article, "Pasal 47 ayat (1)");
  EXPECT_EQ(ob("spbe-evaluation-reported-to-mayor").article, "Pasal 47 ayat (4)");
}

// Pasal 24 ayat (4): Aplikasi Umum "di bidang : a. perencanaan; b. penganggaran; c. pengadaan
// barang dan jasa pemerintah; d. akuntabilitas kinerja; e. pemantauan dan evaluasi;
// f. kearsipan; g. kepegawaian; dan h. pengaduan pelayanan publik."  ayat (5) huruf d:
// Aplikasi Khusus PD "dilakukan oleh Dinas".
TEST(ProfileBatam, EightCommonApplicationAreasAndSpecialAppsByDinas) {
  const auto& o = ob("common-applications");
  EXPECT_EQ(o.article, "Pasal 24 ayat (4)");
  EXPECT_EQ(o.rule.kind, "required_record");
  EXPECT_EQ(o.rule.list("fields"),
            (std::vector<std::string>{"planning", "budgeting", "procurement", "performance_accountability",
                                      "monitoring_and_evaluation", "archives", "personnel",
                                      "public_service_complaints"}));
  const auto& special = ob("agency-special-applications-by-dinas");
  EXPECT_EQ(special.article, "Pasal 24 ayat (5) huruf d");
  EXPECT_EQ(special.when, "application_agency_special");
  EXPECT_EQ(special.rule.kind, "approval_gate");
  EXPECT_EQ(special.rule.value("approver"), "ict_office");
}

// Pasal 16 ayat (1): "Penyimpanan data … dilaksanakan secara terpusat dan terintegrasi di Pusat
// Data."  Pasal 17 ayat (1): back-ups "ke dalam server di Pusat Data Pemerintah Daerah".
// Pasal 15 ayat (8): "PD tidak dapat mengadakan sendiri server …"
TEST(ProfileBatam, DataAndBackupsInTheDataCenterAndNoOwnServers) {
  const auto& storage = ob("data-stored-in-data-center");
  EXPECT_EQ(storage.article, "Pasal 16 ayat (1)");
  EXPECT_EQ(storage.rule.kind, "placement");
  EXPECT_EQ(storage.rule.value("where"), "data_center");
  const auto& backup = ob("backup-to-data-center");
  EXPECT_EQ(backup.article, "Pasal 17 ayat (1)");
  EXPECT_EQ(backup.rule.value("where"), "data_center");
  const auto& servers = ob("no-agency-own-servers");
  EXPECT_EQ(servers.article, "Pasal 15 ayat (8)");
  EXPECT_EQ(servers.rule.kind, "prohibition");
  EXPECT_EQ(ob("vps-for-agencies-without-servers").article, "Pasal 15 ayat (9)");
}

// Pasal 22 ayat (2): "Situs web setiap PD … harus merupakan sub domain atau menginduk pada
// portal Pemerintah Daerah www.batam.go.id."  Kota Batam is in WIB.
TEST(ProfileBatam, WebsitesAreSubdomainsOfBatamGoId) {
  EXPECT_EQ(profile().region.kind, "kota");
  EXPECT_EQ(profile().region.name, "Kota Batam");
  EXPECT_EQ(profile().region.domain, "batam.go.id");
  EXPECT_EQ(profile().region.time_zone, "Asia/Jakarta");
  const auto& o = ob("agency-website-under-portal");
  EXPECT_EQ(o.article, "Pasal 22 ayat (2)");
  EXPECT_EQ(o.rule.kind, "naming");
  EXPECT_EQ(o.rule.value("pattern"), "{agency}.batam.go.id");
  EXPECT_FALSE(profile().self_sufficiency.has_value());
}
