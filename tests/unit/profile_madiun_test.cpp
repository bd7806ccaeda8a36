// The `madiun` profile against the text of Peraturan Walikota Madiun Nomor 39 Tahun 2021
// (profiles/sources/madiun-39-2021.txt): a wrong article, rule kind, period, document list,
// committee member or PD Mandiri TIK criterion in profiles/madiun.yaml fails here.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "profile_expectations.h"

using namespace simpul::profiles;
using namespace simpul::profiles::expectations;

namespace {

const Profile& profile() { return builtin_profile("madiun"); }
const Obligation& ob(const std::string& id) { return obligation(profile(), id); }

}  // namespace

// Pasal 44 ayat (2)-(3): "Pembentukan Tim Koordinasi SPBE … ditetapkan dengan Keputusan Walikota."
// "a. Ketua : Sekretaris Daerah; b. Wakil Ketua : Asisten Administrasi Pembangunan dan
// Kesejahteraan Rakyat; c. Sekretaris I : Kepala Dinas Komunikasi dan Informatika;
// d. Sekretaris II : Kepala Bagian Organisasi Sekretariat Daerah; e. Anggota : Kepala PD
// lainnya berdasarkan kebutuhan."
TEST(ProfileMadiun, CoordinationTeamIsChairedBySekdaWithTwoSecretaries) {
  const Body* team = profile().body("tim_koordinasi");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "committee");
  EXPECT_EQ(team->name, "Tim Koordinasi SPBE Pemerintah Daerah");
  EXPECT_EQ(team->article, "Pasal 44 ayat (3)");
  EXPECT_EQ(team->formed_by, "Keputusan Walikota");
  expect_members(*team, {{"chair", "sekda", ""},
                         {"vice_chair", "asisten_pembangunan_kesra", ""},
                         {"secretary", "kepala_diskominfo", ""},
                         {"secretary", "kepala_bagian_organisasi", ""},
                         {"member", "", "other_agency_heads"}});

  const PositionTemplate* sekda = profile().position("sekda");
  ASSERT_NE(sekda, nullptr);
  EXPECT_EQ(sekda->title, "Sekretaris Daerah");
  EXPECT_EQ(sekda->agency, "setda");
  EXPECT_TRUE(sekda->head);
  const PositionTemplate* asisten = profile().position("asisten_pembangunan_kesra");
  ASSERT_NE(asisten, nullptr);
  EXPECT_EQ(asisten->title, "Asisten Administrasi Pembangunan dan Kesejahteraan Rakyat");
  EXPECT_EQ(asisten->agency, "setda");
  EXPECT_FALSE(asisten->head);
  const PositionTemplate* organisasi = profile().position("kepala_bagian_organisasi");
  ASSERT_NE(organisasi, nullptr);
  EXPECT_EQ(organisasi->agency, "bagian_organisasi");
  EXPECT_TRUE(organisasi->head);
  EXPECT_EQ(profile().term("committee").id, "Tim Koordinasi SPBE Pemerintah Daerah");
  EXPECT_EQ(profile().term("region_head").id, "Walikota");
  EXPECT_EQ(ob("coordination-team-by-mayor-decree").article, "Pasal 44 ayat (2)");
  EXPECT_EQ(ob("coordination-team-by-mayor-decree").rule.value("approver"), "region_head");
  EXPECT_FALSE(profile().gcio.has_value());
}

// Pasal 39 ayat (7): "a. Setiap PD menunjuk minimal 1 (satu) orang staf atau membentuk unit
// untuk melaksanakan uraian tugas dan fungsi sebagai teknisi TIK sekaligus Service Desk Tier 1;
// dan b. Dinas membentuk unit sebagai Service Desk Tier 2."  Ayat (9): Tier 1 escalates to Tier 2.
TEST(ProfileMadiun, ServiceDeskTier1InEachAgencyAndTier2AtTheDinas) {
  EXPECT_EQ(profile().term("tier1").id, "Service Desk Tier 1");
  EXPECT_EQ(profile().term("tier2").id, "Service Desk Tier 2");
  const auto& tier1 = ob("service-desk-tier1-per-agency");
  EXPECT_EQ(tier1.article, "Pasal 39 ayat (7) huruf a");
  expect_required_role(tier1, "every_agency", "tier1", 1);
  const auto& tier2 = ob("service-desk-tier2-unit");
  EXPECT_EQ(tier2.article, "Pasal 39 ayat (7) huruf b");
  expect_required_role(tier2, "ict_office", "tier2", 1);
  const auto& escalation = ob("tier1-escalates-to-tier2");
  EXPECT_EQ(escalation.article, "Pasal 39 ayat (9)");
  EXPECT_EQ(escalation.rule.kind, "required_link");
  EXPECT_EQ(escalation.rule.value("to"), "tier2_escalation");
}

// Pasal 20 ayat (1): "Setiap PD wajib menyerahkan diagram Jaringan Intra PD (LAN) terkini kepada
// Dinas paling sedikit 1 (satu) kali dalam setahun."  Ayat (2): changes are reported.
TEST(ProfileMadiun, LanDiagramIsSubmittedEveryYear) {
  const auto& o = ob("lan-diagram-annual");
  EXPECT_EQ(o.article, "Pasal 20 ayat (1)");
  EXPECT_TRUE(o.when.empty());
  expect_annual_lan_diagram(o);
  EXPECT_EQ(ob("lan-change-reported").article, "Pasal 20 ayat (2)");
}

// Pasal 24 ayat (3): "PD yang melakukan pembangunan dan/atau pengembangan aplikasi wajib melakukan
// pengujian Aplikasi yang dirancang sebelum diimplementasikan ke infrastruktur layanan yang
// sebenarnya."  Ayat (4): "… terhadap Aplikasi harus dilengkapi: a. Dokumen kebutuhan perangkat
// lunak; b. Dokumen perancangan aplikasi; c. Dokumen manual penggunaan aplikasi; dan d. Source
// code dengan penjelasan fungsi masing-masing prosedur."  Ayat (5): kept in the Repositori.
TEST(ProfileMadiun, ApplicationsAreTestedAndCarryFourDocumentsBeforeProduction) {
  const auto& tested = ob("app-tested-before-production");
  EXPECT_EQ(tested.article, "Pasal 24 ayat (3)");
  expect_documents_before_production(tested, {"application_test_report"});
  const auto& o = ob("app-documents-before-production");
  EXPECT_EQ(o.article, "Pasal 24 ayat (4)");
  EXPECT_EQ(o.binds, "each_application");
  expect_documents_before_production(o, {"software_requirements", "application_design", "user_manual", "source_code"});
  const auto& repo = ob("app-in-repository");
  EXPECT_EQ(repo.article, "Pasal 24 ayat (5)");
  EXPECT_EQ(repo.rule.kind, "placement");
  EXPECT_EQ(repo.rule.value("where"), "repository");
}

// Pasal 41 ayat (1), Pasal 42 ayat (1)-(2), Pasal 43 ayat (2): audits of the infrastructure, of
// the three kinds of application (Aplikasi Umum, Aplikasi Khusus Berbagi Pakai, Aplikasi Khusus PD)
// and of security, each "paling sedikit 1 (satu) kali dalam 2 (dua) tahun".
TEST(ProfileMadiun, AuditsAreAtLeastEveryTwoYears) {
  struct Expected {
    const char* id;
    const char* article;
    const char* scope;
    const char* when;
  };
  for (const auto& e :
       {Expected{"infrastructure-audit-biennial", "Pasal 41 ayat (1)", "infrastructure", ""},
        Expected{"common-application-audit-biennial", "Pasal 42 ayat (2)", "application", "application_common"},
        Expected{"shared-special-application-audit-biennial", "Pasal 42 ayat (2)", "application",
                 "application_shared_special"},
        Expected{"agency-special-application-audit-biennial", "Pasal 42 ayat (2)", "application",
                 "application_agency_special"},
        Expected{"security-audit-biennial", "Pasal 43 ayat (2)", "security", ""}}) {
    const auto& o = ob(e.id);
    expect_biennial_audit(o, e.article, e.scope);
    EXPECT_EQ(o.when, e.when) << e.id;
  }
  // "… hasilnya dilaporkan kepada Walikota melalui Ketua Tim Koordinasi SPBE."
  EXPECT_EQ(ob("infrastructure-audit-reported").article, "Pasal 41 ayat (2)");
  EXPECT_EQ(ob("application-audit-reported").article, "Pasal 42 ayat (3)");
  EXPECT_EQ(ob("security-audit-reported").article, "Pasal 43 ayat (3)");
}

// Pasal 45 ayat (3)-(6): assessed by the Dinas on "a. memiliki SDM TIK; dan b. telah memiliki
// kemampuan dan pengalaman membangun, mengelola dan/atau mengembangkan aplikasi SPBE dan/atau
// jaringan intra PD (LAN) secara mandiri.", proposed to the Ketua Tim Koordinasi SPBE, who
// "menetapkan PD Mandiri TIK dengan Keputusan Sekretaris Daerah".
TEST(ProfileMadiun, PdMandiriTikHasTwoCriteriaAndIsDecidedByTheCommitteeChair) {
  ASSERT_TRUE(profile().self_sufficiency.has_value());
  const auto& s = *profile().self_sufficiency;
  EXPECT_EQ(s.article, "Pasal 45");
  EXPECT_EQ(s.assessed_by, "ict_office");
  EXPECT_EQ(s.decided_by_body, "tim_koordinasi");
  EXPECT_EQ(s.decided_by_role, "chair");
  EXPECT_EQ(s.decree, "Keputusan Sekretaris Daerah");
  ASSERT_EQ(s.criteria.size(), 2u);
  EXPECT_EQ(s.criteria[0].key, "ict_staff");
  EXPECT_EQ(s.criteria[0].article, "Pasal 45 ayat (4) huruf a");
  EXPECT_EQ(s.criteria[0].text, "memiliki SDM TIK");
  EXPECT_EQ(s.criteria[1].key, "proven_capability");
  EXPECT_EQ(s.criteria[1].article, "Pasal 45 ayat (4) huruf b");
  EXPECT_EQ(s.criteria[1].text,
            "telah memiliki kemampuan dan pengalaman membangun, mengelola dan/atau mengembangkan aplikasi SPBE "
            "dan/atau jaringan intra PD (LAN) secara mandiri.");
  // Pasal 14 ayat (4) servers, Pasal 18 ayat (6) huruf b LAN, Pasal 23 ayat (5) applications.
  EXPECT_EQ(s.grants, (std::vector<std::string>{"develop_applications", "manage_lan", "manage_servers"}));
  EXPECT_EQ(profile().term("ict_self_sufficient").id, "PD Mandiri TIK");
  const auto& decided = ob("self-sufficiency-decided-by-committee-chair");
  EXPECT_EQ(decided.article, "Pasal 45 ayat (6)");
  EXPECT_EQ(decided.rule.kind, "approval_gate");
  EXPECT_EQ(decided.rule.value("approver"), "committee_chair");
  EXPECT_EQ(ob("self-sufficiency-assessed-by-dinas").article, "Pasal 45 ayat (3)");
  EXPECT_EQ(ob("self-sufficiency-proposed-to-committee-chair").article, "Pasal 45 ayat (5)");
}

// Pasal 18 ayat (6): "b. PD Mandiri TIK melaksanakan perencanaan, pembangunan, pemeliharaan,
// pengoperasian dan/atau pengembangan Jaringan Intra PD (LAN); c. Dinas melaksanakan … Jaringan
// Intra PD (LAN)".  Pasal 23 ayat (5) huruf d: "… Aplikasi Khusus PD dilakukan oleh PD Mandiri TIK
// atau Dinas."
TEST(ProfileMadiun, OnlyPdMandiriTikRunsItsOwnLanAndBuildsItsOwnApplications) {
  const auto& own = ob("lan-run-by-self-sufficient-agency");
  EXPECT_EQ(own.article, "Pasal 18 ayat (6) huruf b");
  EXPECT_EQ(own.when, "ict_self_sufficient");
  const auto& dinas = ob("lan-run-by-dinas");
  EXPECT_EQ(dinas.article, "Pasal 18 ayat (6) huruf c");
  EXPECT_EQ(dinas.binds, "every_agency");
  EXPECT_EQ(dinas.when, "not_ict_self_sufficient");
  EXPECT_EQ(dinas.rule.kind, "prohibition");
  EXPECT_EQ(dinas.rule.value("what"), "lan_development_by_agency");
  const auto& apps = ob("agency-special-applications-by-self-sufficient-or-dinas");
  EXPECT_EQ(apps.article, "Pasal 23 ayat (5) huruf d");
  EXPECT_EQ(apps.when, "not_ict_self_sufficient");
  EXPECT_EQ(apps.rule.kind, "prohibition");
  EXPECT_EQ(ob("wan-run-by-dinas").article, "Pasal 18 ayat (6) huruf a");
  EXPECT_EQ(ob("wan-run-by-dinas").binds, "ict_office");
}

// Pasal 6 ayat (9): "a. Bagian Organisasi untuk domain arsitektur Proses Bisnis dan Layanan SPBE;
// b. Badan Perencanaan, Penelitian dan Pengembangan Daerah untuk domain arsitektur data dan
// informasi; dan c. Dinas Komunikasi dan Informatika untuk domain arsitektur Aplikasi SPBE,
// Infrastruktur SPBE, dan Keamanan SPBE."
TEST(ProfileMadiun, EachArchitectureDomainHasItsCoordinator) {
  std::map<std::string, std::string> coordinator, article;
  for (const auto& d : profile().architecture_domains) {
    EXPECT_TRUE(coordinator.emplace(d.domain, d.coordinator).second) << "domain twice: " << d.domain;
    article[d.domain] = d.article;
  }
  EXPECT_EQ(coordinator, (std::map<std::string, std::string>{{"business_process", "bagian_organisasi"},
                                                             {"service", "bagian_organisasi"},
                                                             {"data_information", "bappeda"},
                                                             {"application", "diskominfo"},
                                                             {"infrastructure", "diskominfo"},
                                                             {"security", "diskominfo"}}));
  EXPECT_EQ(article["service"], "Pasal 6 ayat (9) huruf a");
  EXPECT_EQ(article["data_information"], "Pasal 6 ayat (9) huruf b");
  EXPECT_EQ(article["security"], "Pasal 6 ayat (9) huruf c");

  const AgencyTemplate* organisasi = profile().agency("bagian_organisasi");
  ASSERT_NE(organisasi, nullptr);
  EXPECT_EQ(organisasi->kind, "bagian");
  EXPECT_EQ(organisasi->parent, "setda");
  EXPECT_EQ(organisasi->roles, (std::vector<std::string>{"organization_bureau"}));
  const AgencyTemplate* bappeda = profile().agency("bappeda");
  ASSERT_NE(bappeda, nullptr);
  EXPECT_EQ(bappeda->roles, (std::vector<std::string>{"planning_office"}));
  const AgencyTemplate* diskominfo = profile().agency("diskominfo");
  ASSERT_NE(diskominfo, nullptr);
  EXPECT_EQ(diskominfo->roles, (std::vector<std::string>{"ict_office"}));
}

// Pasal 6 ayat (10): "Arsitektur SPBE dilakukan reviu pada paruh waktu dan tahun terakhir
// pelaksanaan …" (of a five-year architecture, ayat (4)); Pasal 7 ayat (4): the roadmap is
// monitored and evaluated "setiap tahun"; Pasal 46 ayat (1): SPBE "dilaksanakan setiap tahun".
TEST(ProfileMadiun, ReviewsAndEvaluations) {
  const auto& architecture = ob("architecture-review-mid-term-and-final-year");
  EXPECT_EQ(architecture.article, "Pasal 6 ayat (10)");
  expect_periodic_months(architecture, "periodic_event", 30);
  EXPECT_EQ(ob("architecture-five-years").article, "Pasal 6 ayat (4)");
  for (const auto& [id, article] : std::vector<std::pair<std::string, std::string>>{
           {"roadmap-review-annual", "Pasal 7 ayat (4)"}, {"spbe-evaluation-annual", "Pasal 46 ayat (1)"}}) {
    EXPECT_EQ(ob(id).article, article) << id;
    expect_periodic(ob(id), "periodic_event", "P1Y");
  }
  EXPECT_EQ(ob("spbe-evaluation-reported").article, "Pasal 46 ayat (4)");
}

// Pasal 21 ayat (2): "Situs web setiap PD … harus merupakan sub domain atau menginduk pada portal
// Pemerintah Daerah www.madiunkota.go.id."
TEST(ProfileMadiun, AgencyWebsitesAreUnderMadiunkotaGoId) {
  EXPECT_EQ(profile().region.kind, "kota");
  EXPECT_EQ(profile().region.name, "Kota Madiun");
  EXPECT_EQ(profile().region.time_zone, "Asia/Jakarta");
  EXPECT_EQ(profile().region.domain, "madiunkota.go.id");
  EXPECT_EQ(profile().citation.short_name, "Perwali Madiun 39/2021");
  EXPECT_EQ(profile().citation.number, 39);
  EXPECT_EQ(profile().citation.year, 2021);
  const auto& site = ob("agency-website-subdomain");
  EXPECT_EQ(site.article, "Pasal 21 ayat (2)");
  EXPECT_EQ(site.binds, "each_website");
  EXPECT_EQ(site.rule.kind, "naming");
  EXPECT_EQ(site.rule.value("pattern"), "{agency}.madiunkota.go.id");
  EXPECT_EQ(ob("agency-website").article, "Pasal 21 ayat (1)");
}

// Pasal 23 ayat (4): Aplikasi Umum for "a. Perencanaan; b. Penganggaran; c. Pengadaan barang dan
// jasa pemerintah; d. Akuntabilitas kinerja; e. Pemantauan dan evaluasi; f. Kearsipan;
// g. Kepegawaian; dan h. Pengaduan pelayanan publik."
TEST(ProfileMadiun, EightCommonApplicationDomains) {
  const auto& o = ob("common-applications");
  EXPECT_EQ(o.article, "Pasal 23 ayat (4)");
  EXPECT_EQ(o.rule.kind, "required_record");
  const auto& apps = o.rule.list("fields");
  ASSERT_EQ(apps.size(), 8u);
  EXPECT_EQ(apps.front(), "planning");
  EXPECT_EQ(apps.back(), "public_service_complaints");
  for (const char* app : {"budgeting", "procurement", "performance_accountability", "monitoring_and_evaluation",
                          "archives", "personnel"})
    EXPECT_TRUE(contains(apps, app)) << app;
}

// Pasal 16 ayat (1): "Setiap PD wajib melakukan pencadangan (back up) data secara berkala ke dalam
// server di Pusat Data Pemerintah Daerah."  Pasal 14 ayat (1) only says an agency "dapat" place
// its servers there, so there is no server placement obligation.
TEST(ProfileMadiun, BackupsGoToTheDataCenterButServersMayStayOut) {
  const auto& backup = ob("backup-to-data-center");
  EXPECT_EQ(backup.article, "Pasal 16 ayat (1)");
  EXPECT_EQ(backup.binds, "every_agency");
  EXPECT_EQ(backup.rule.kind, "placement");
  EXPECT_EQ(backup.rule.value("where"), "data_center");
  for (const auto& o : profile().obligations)
    EXPECT_FALSE(o.rule.kind == "placement" && o.rule.value("what") == "server") << o.id;
  EXPECT_EQ(ob("vps-for-agencies-without-servers").article, "Pasal 14 ayat (5)");
}
