// The `probolinggo` profile against the text of Peraturan Wali Kota Probolinggo Nomor 54
// Tahun 2022 (profiles/sources/probolinggo-54-2022.txt): a wrong article, rule kind, period,
// document list or committee chair in profiles/probolinggo.yaml fails here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "profile_expectations.h"

using namespace simpul::profiles;
using namespace simpul::profiles::expectations;

namespace {

const Profile& profile() { return builtin_profile("probolinggo"); }
const Obligation& ob(const std::string& id) { return obligation(profile(), id); }

}  // namespace

// Pasal 1 angka 3 "Wali Kota adalah Wali Kota Probolinggo."; angka 10 "Dinas adalah Dinas
// Komunikasi dan Informatika Kota Probolinggo." The regulation names no domain.
TEST(ProfileProbolinggo, RegionAndIctOffice) {
  EXPECT_EQ(profile().citation.instrument, "perwali");
  EXPECT_EQ(profile().citation.number, 54);
  EXPECT_EQ(profile().citation.year, 2022);
  EXPECT_EQ(profile().citation.source, "sources/probolinggo-54-2022.txt");
  EXPECT_EQ(profile().region.kind, "kota");
  EXPECT_EQ(profile().region.name, "Kota Probolinggo");
  EXPECT_EQ(profile().region.time_zone, "Asia/Jakarta");
  EXPECT_EQ(profile().region.domain, "probolinggokota.go.id");
  EXPECT_EQ(profile().term("region_head").id, "Wali Kota");
  const AgencyTemplate* diskominfo = profile().agency("diskominfo");
  ASSERT_NE(diskominfo, nullptr);
  EXPECT_EQ(diskominfo->name, "Dinas Komunikasi dan Informatika");
  EXPECT_EQ(diskominfo->roles, (std::vector<std::string>{"ict_office"}));
  EXPECT_FALSE(profile().gcio.has_value());
  EXPECT_FALSE(profile().self_sufficiency.has_value());
}

// Pasal 40 ayat (1): "Keanggotaan Tim Pengarah … terdiri atas: a. Ketua : Sekretaris Daerah
// b. Sekretaris : Kepala Dinas; dan c. Anggota : Pejabat pimpinan tinggi madya Di Lingkungan
// Pemerintah Daerah." Pasal 39 ayat (2): "Penyelenggara SPBE Terdiri atas: a. Tim Pengarah; dan
// b. Tim Koordinator."
TEST(ProfileProbolinggo, SteeringTeamIsChairedBySekda) {
  EXPECT_EQ(profile().term("committee").id, "Penyelenggara SPBE");
  const Body* team = profile().body("tim_pengarah");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "steering_committee");
  EXPECT_EQ(team->name, "Tim Pengarah SPBE");
  EXPECT_EQ(team->article, "Pasal 40 ayat (1)");
  expect_members(*team, {{"chair", "sekda", ""},
                         {"secretary", "kepala_diskominfo", ""},
                         {"member", "pejabat_pimpinan_tinggi_madya", ""}});
  const PositionTemplate* sekda = profile().position("sekda");
  ASSERT_NE(sekda, nullptr);
  EXPECT_EQ(sekda->title, "Sekretaris Daerah");
  const auto& organisers = ob("spbe-organisers");
  EXPECT_EQ(organisers.article, "Pasal 39 ayat (2)");
  EXPECT_EQ(organisers.rule.list("fields"), (std::vector<std::string>{"steering_team", "coordinating_team"}));
  const auto& membership = ob("organisers-membership-by-mayor");
  EXPECT_EQ(membership.article, "Pasal 39 ayat (3)");
  EXPECT_EQ(membership.rule.kind, "approval_gate");
  EXPECT_EQ(membership.rule.value("approver"), "region_head");
}

// Pasal 41 ayat (1): "a. Koordinator : Pejabat Pimpinan Tinggi Madya … yang membidangi fungsi di
// bidang teknologi informasi dan komunikasi; b. Sekretaris : Kepala Dinas; c. Kebijakan dan Tata
// Kelola …; d. Kelompok Kerja Manajemen …; e. Kelompok Kerja Pemantauan dan Evaluasi …"
TEST(ProfileProbolinggo, CoordinatingTeamHasThreeWorkingGroups) {
  const Body* team = profile().body("tim_koordinator");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "coordinating_team");
  EXPECT_EQ(team->article, "Pasal 41 ayat (1)");
  expect_members(*team,
                 {{"coordinator", "pejabat_pimpinan_tinggi_madya_tik", ""}, {"secretary", "kepala_diskominfo", ""}});
  ASSERT_EQ(team->working_groups.size(), 3u);
  EXPECT_EQ(team->working_groups[0].key, "pokja_kebijakan_tata_kelola");
  EXPECT_EQ(team->working_groups[0].article, "Pasal 41 ayat (1) huruf c");
  EXPECT_EQ(team->working_groups[1].key, "pokja_manajemen");
  EXPECT_EQ(team->working_groups[1].article, "Pasal 41 ayat (1) huruf d");
  EXPECT_EQ(team->working_groups[2].key, "pokja_pemantauan_evaluasi");
  EXPECT_EQ(team->working_groups[2].article, "Pasal 41 ayat (1) huruf e");
  const Body* pokja = profile().body("pokja_manajemen");
  ASSERT_NE(pokja, nullptr);
  EXPECT_EQ(pokja->name, "Kelompok Kerja Manajemen");
}

// Pasal 42 ayat (2): "a. pemantauan dan evaluasi penyelenggaraan SPBE oleh Tim Koordinator SPBE
// paling sedikit 1 (satu) kali dalam 1 (satu semester); dan b. evaluasi SPBE dilaksanakan oleh
// Sekretaris Daerah paling sedikit 1 (satu) kali dalam 1 (satu) tahun." Ayat (4): the evaluation
// "dibantu oleh Tim Evaluator Internal SPBE".
TEST(ProfileProbolinggo, MonitoringEverySemesterEvaluationEveryYear) {
  const auto& monitoring = ob("monitoring-every-semester");
  EXPECT_EQ(monitoring.article, "Pasal 42 ayat (2) huruf a");
  EXPECT_EQ(monitoring.binds, "committee");
  expect_periodic(monitoring, "periodic_event", "P6M");
  EXPECT_EQ(monitoring.rule.value("event"), "spbe_monitoring_evaluation");
  const auto& evaluation = ob("evaluation-annual-by-sekda");
  EXPECT_EQ(evaluation.article, "Pasal 42 ayat (2) huruf b");
  expect_periodic(evaluation, "periodic_event", "P1Y");
  const Body* evaluators = profile().body("tim_evaluator_internal");
  ASSERT_NE(evaluators, nullptr);
  EXPECT_EQ(evaluators->kind, "evaluator_team");
  EXPECT_EQ(evaluators->article, "Pasal 42 ayat (4)");
  EXPECT_EQ(ob("internal-evaluator-team").article, "Pasal 42 ayat (4)");
  EXPECT_EQ(ob("monitoring-results-to-steering-team").article, "Pasal 42 ayat (5)");
}

// Pasal 10 ayat (1): "Arsitektur SPBE direviu paling sedikit satu (1) kali dalam satu (1) tahun
// …"; Pasal 11 ayat (4): "Peta Rencana SPBE dilakukan revidi paling sedikit 1 (satu) kali dalam
// 1 (satu) tahun …"; both by the Dinas (Pasal 10 ayat (3), Pasal 11 ayat (5)) and reported to the
// Tim Pengarah SPBE (Pasal 10 ayat (4), Pasal 11 ayat (6)).
TEST(ProfileProbolinggo, ArchitectureAndRoadmapAreReviewedEveryYear) {
  for (const char* id : {"architecture-review-annual", "roadmap-review-annual"}) {
    EXPECT_EQ(ob(id).binds, "ict_office") << id;
    expect_periodic(ob(id), "periodic_event", "P1Y");
  }
  EXPECT_EQ(ob("architecture-review-annual").article, "Pasal 10 ayat (1)");
  EXPECT_EQ(ob("roadmap-review-annual").article, "Pasal 11 ayat (4)");
  EXPECT_EQ(ob("architecture-review-to-steering-team").article, "Pasal 10 ayat (4)");
  EXPECT_EQ(ob("roadmap-review-to-steering-team").article, "Pasal 11 ayat (6)");
}

// Pasal 16 ayat (1): exchange "dengan metode API"; ayat (3): "Penyediaan Sistem Penghubung Layanan
// mensyaratkan adanya standar Interoperabilitas, standar keamanan, dan Akses melalui jaringan
// intra …"; ayat (5): "Sistem Penghubung Layanan meliputi fungsi: a. komunikasi; b. interaksi
// layanan; c. integrasi; d. manajemen; dan e. keamanan."
TEST(ProfileProbolinggo, ServiceConnectorNeedsTwoStandardsAndHasFiveFunctions) {
  const auto& prerequisites = ob("service-connector-prerequisites");
  EXPECT_EQ(prerequisites.article, "Pasal 16 ayat (3)");
  EXPECT_EQ(prerequisites.binds, "ict_office");
  expect_documents_before_production(prerequisites, {"interoperability_standard", "security_standard"});
  const auto& access = ob("service-connector-access-via-intra-network");
  EXPECT_EQ(access.rule.kind, "placement");
  EXPECT_EQ(access.rule.value("where"), "intra_network");
  const auto& functions = ob("service-connector-functions");
  EXPECT_EQ(functions.article, "Pasal 16 ayat (5)");
  EXPECT_EQ(functions.rule.list("fields"),
            (std::vector<std::string>{"communication", "service_interaction", "integration", "management", "security"}));
  EXPECT_EQ(ob("service-connector-api").article, "Pasal 16 ayat (1)");
  EXPECT_TRUE(contains(ob("service-connector-api").rule.list("fields"), "api_exchange_method"));
}

// Pasal 27 ayat (1): "Perangkat Daerah yang menyelenggarakan layanan SPBE … wajib membentuk meja
// layanan (Service Desk)."; ayat (3): functions "a. Single Point of Contact (SPoC); b. mencatat
// laporan gangguan layanan; c. mencatat permintaan layanan; d. memantau dan menginformasikan
// status …; e. menyediakan informasi, solusi, dan edukasi …"; ayat (6): reports to the Dinas
// "secara berkala" (no period given).
TEST(ProfileProbolinggo, EveryAgencyRunsAServiceDesk) {
  EXPECT_EQ(profile().term("tier1").id, "Meja Layanan (Service Desk)");
  EXPECT_EQ(profile().term("tier2").id, "Dinas Komunikasi dan Informatika");
  EXPECT_EQ(profile().term("service_desk").id, "Meja Layanan");
  const auto& desk = ob("service-desk-per-agency");
  EXPECT_EQ(desk.article, "Pasal 27 ayat (1)");
  expect_required_role(desk, "every_agency", "tier1", 1);
  const auto& functions = ob("service-desk-functions");
  EXPECT_EQ(functions.article, "Pasal 27 ayat (3)");
  const auto& fields = functions.rule.list("fields");
  ASSERT_EQ(fields.size(), 5u);
  EXPECT_EQ(fields.front(), "single_point_of_contact");
  const auto& reports = ob("service-desk-reports-to-dinas");
  EXPECT_EQ(reports.article, "Pasal 27 ayat (6)");
  EXPECT_EQ(reports.rule.kind, "required_link");
  EXPECT_EQ(reports.rule.period("period"), nullptr);
}

// Pasal 33 ayat (3): "Setiap pegawai wajib memiliki kompetensi dasar di bidang teknologi informasi
// dan komunikasi …"; ayat (4): "Perangkat Daerah yang memiliki layanan mandiri wajib menyediakan
// sumberdaya manusia dengan jabatan fungsional pranata computer …"; ayat (5): "Setiap Perangkat
// Daerah yang memiliki layanan wajib menyediakan sumber daya manusia yang memiliki kompetensi
// pengoperasian teknologi informasi dan komunikasi."
TEST(ProfileProbolinggo, IctCompetenceForEmployeesAndPranataKomputer) {
  const auto& basic = ob("employee-basic-ict-competence");
  EXPECT_EQ(basic.article, "Pasal 33 ayat (3)");
  EXPECT_EQ(basic.binds, "each_employee");
  EXPECT_EQ(basic.rule.list("fields"), (std::vector<std::string>{"basic_ict_competence"}));
  const auto& pranata = ob("pranata-komputer-for-own-services");
  EXPECT_EQ(pranata.article, "Pasal 33 ayat (4)");
  EXPECT_EQ(pranata.when, "runs_own_services");
  expect_required_role(pranata, "every_agency", "pranata_komputer", 1);
  const auto& operators = ob("ict-operating-staff-per-agency");
  EXPECT_EQ(operators.article, "Pasal 33 ayat (5)");
  EXPECT_EQ(operators.rule.value("role"), "ict_staff");
}

// Pasal 38 ayat (5): "… Dinas melakukan evaluasi internal paling lambat 1 (satu) bulan
// sebelumnya."; ayat (1) audits "secara berkala" (no period); ayat (2) "a. audit infrastruktur
// SPBE; b. audit aplikasi SPBE; c. audit keamanan SPBE."
TEST(ProfileProbolinggo, InternalEvaluationPrecedesEachAudit) {
  const auto& o = ob("internal-evaluation-before-audit");
  EXPECT_EQ(o.article, "Pasal 38 ayat (5)");
  EXPECT_EQ(o.binds, "ict_office");
  EXPECT_EQ(o.rule.kind, "required_link");
  EXPECT_EQ(o.rule.value("from"), "ict_audit");
  EXPECT_EQ(ob("ict-audits").article, "Pasal 38 ayat (1)");
  EXPECT_EQ(ob("ict-audit-scopes").rule.list("fields"),
            (std::vector<std::string>{"infrastructure", "application", "security"}));
  EXPECT_EQ(ob("ict-audit-by-accredited-auditor").article, "Pasal 38 ayat (4)");
}

// Pasal 4: "Visi SPBE adalah …"; Pasal 5: "Misi SPBE meliputi:" four missions (a-d).
TEST(ProfileProbolinggo, VisionAndFourMissions) {
  EXPECT_EQ(ob("spbe-vision").article, "Pasal 4");
  const auto& mission = ob("spbe-mission");
  EXPECT_EQ(mission.article, "Pasal 5");
  EXPECT_EQ(mission.rule.kind, "required_record");
  EXPECT_EQ(mission.rule.list("fields").size(), 4u);
}

// Pasal 24 ayat (2): administrative e-services "a. perencanaan; b. penganggaran; c. keuangan;
// d. pengadaan barang dan jasa; e. kepegawaian; f. kearsipan; g. pengelolaan barang milik negara;
// h. pengawasan; i. akuntabilitas kinerja; dan j. layanan lain …"
TEST(ProfileProbolinggo, NineNamedAdministrativeEServices) {
  const auto& o = ob("administrative-eservices");
  EXPECT_EQ(o.article, "Pasal 24 ayat (2)");
  EXPECT_EQ(o.rule.list("fields"),
            (std::vector<std::string>{"planning", "budgeting", "finance", "procurement", "personnel", "archives",
                                      "state_property_management", "oversight", "performance_accountability"}));
}

// Pasal 12 ayat (2): plan and budget "dilaksanakan oleh Dinas dan berkoordinasi dengan Perangkat
// Daerah yang melaksanakan urusan Perencanaan"; Pasal 13 ayat (4): business processes "disusun
// oleh Perangkat Daerah yang melaksanakan ketatalaksanaan berkoordinasi dengan Dinas".
TEST(ProfileProbolinggo, PlanningAndOrganizationAgencies) {
  const AgencyTemplate* bappeda = profile().agency("bappeda");
  ASSERT_NE(bappeda, nullptr);
  EXPECT_EQ(bappeda->roles, (std::vector<std::string>{"planning_office"}));
  const AgencyTemplate* organisasi = profile().agency("bagian_organisasi");
  ASSERT_NE(organisasi, nullptr);
  EXPECT_EQ(organisasi->parent, "setda");
  EXPECT_EQ(organisasi->roles, (std::vector<std::string>{"organization_bureau"}));
  EXPECT_EQ(ob("business-process-by-organization-bureau").binds, "organization_bureau");
  EXPECT_EQ(ob("spbe-plan-budget-with-planning-office").article, "Pasal 12 ayat (2)");
  const auto& budget = ob("spbe-plan-budget-annual");
  expect_periodic(budget, "periodic_submission", "P1Y");
}
