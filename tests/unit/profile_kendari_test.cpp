// The `kendari` profile against the text of Peraturan Walikota Kendari Nomor 41 Tahun 2021
// (profiles/sources/kendari-41-2021.txt): a wrong article, rule kind, period, document list
// or committee in profiles/kendari.yaml fails here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "profile_expectations.h"

using namespace simpul::profiles;
using namespace simpul::profiles::expectations;

namespace {

const Profile& profile() { return builtin_profile("kendari"); }
const Obligation& ob(const std::string& id) { return obligation(profile(), id); }

}  // namespace

// Pasal 23 ayat (1)-(2): "Walikota dapat membentuk Tim Koordinasi SPBE." … "Pembentukan tim
// koordinasi SPBE … ditetapkan dengan Keputusan Walikota." The regulation names no chair and no
// member. Pasal 42 ayat (2): "Komite pengarah SPBE mengkoordinir pemantauan dan evaluasi …".
TEST(ProfileKendari, CoordinationTeamByMayorDecreeWithoutANamedChair) {
  EXPECT_EQ(profile().term("region_head").id, "Walikota");
  EXPECT_EQ(profile().term("committee").id, "Tim Koordinasi SPBE");
  const Body* team = profile().body("tim_koordinasi");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, "committee");
  EXPECT_EQ(team->article, "Pasal 23 ayat (1)");
  EXPECT_EQ(team->formed_by, "Keputusan Walikota");
  for (const auto& m : team->members) {
    EXPECT_NE(m.role, "chair") << "the regulation names no chair";
    EXPECT_EQ(m.selector, "appointed_staff");
  }
  EXPECT_EQ(ob("coordination-team-decree").article, "Pasal 23 ayat (2)");
  const auto& decree = ob("coordination-team-by-mayor-decree");
  EXPECT_EQ(decree.article, "Pasal 11 ayat (4) huruf i");
  EXPECT_EQ(decree.rule.kind, "approval_gate");
  EXPECT_EQ(decree.rule.value("approver"), "region_head");
  const Body* steering = profile().body("komite_pengarah");
  ASSERT_NE(steering, nullptr);
  EXPECT_EQ(steering->kind, "steering_committee");
  EXPECT_EQ(steering->article, "Pasal 42 ayat (2)");
  EXPECT_EQ(ob("steering-committee-coordinates-evaluation").article, "Pasal 42 ayat (2)");
}

// Pasal 33 ayat (7): "a. setiap perangkat daerah menunjuk minimal 1 (satu) orang staf atau
// membentuk tim … sebagai teknisi TIK sekaligus Service Desk Tier 1; dan b. Dinas membentuk tim
// sebagai Service Desk Tier 2." Ayat (9): Tier 1 escalates to Tier 2.
TEST(ProfileKendari, ServiceDeskTier1InEachAgencyAndTier2AtDiskominfo) {
  EXPECT_EQ(profile().term("tier1").id, "Service Desk Tier 1");
  EXPECT_EQ(profile().term("tier2").id, "Service Desk Tier 2");
  const auto& tier1 = ob("tier1-per-agency");
  EXPECT_EQ(tier1.article, "Pasal 33 ayat (7) huruf a");
  expect_required_role(tier1, "every_agency", "tier1", 1);
  const auto& tier2 = ob("tier2-team-at-diskominfo");
  EXPECT_EQ(tier2.article, "Pasal 33 ayat (7) huruf b");
  expect_required_role(tier2, "ict_office", "tier2", 1);
  const auto& escalation = ob("tier1-escalates-to-tier2");
  EXPECT_EQ(escalation.article, "Pasal 33 ayat (9)");
  EXPECT_EQ(escalation.rule.kind, "required_link");
  const Body* team = profile().body("service_desk_tier2");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->article, "Pasal 33 ayat (7) huruf b");
}

// Pasal 10 ayat (3): the Rencana Induk SPBE Daerah "e. berlaku 5 (lima) tahun dan dapat ditinjau
// ulang …, dan/atau paling lambat 2 (dua) tahun sekali; dan f. rencana induk SPBE ditetapkan
// dengan Peraturan Walikota."
TEST(ProfileKendari, MasterPlanRunsFiveYearsAndIsReviewedEveryTwo) {
  const auto& review = ob("master-plan-review-biennial");
  EXPECT_EQ(review.article, "Pasal 10 ayat (3) huruf e");
  expect_periodic(review, "periodic_event", "P2Y");
  EXPECT_EQ(review.rule.value("event"), "master_plan_review");
  const auto& term = ob("master-plan-five-years");
  EXPECT_EQ(term.article, "Pasal 10 ayat (3) huruf e");
  EXPECT_EQ(term.rule.kind, "required_record");
  EXPECT_EQ(term.rule.value("record"), "spbe_master_plan");
  const auto& adopted = ob("master-plan-by-mayor-regulation");
  EXPECT_EQ(adopted.article, "Pasal 10 ayat (3) huruf f");
  EXPECT_EQ(adopted.rule.kind, "approval_gate");
  EXPECT_EQ(adopted.rule.value("approver"), "region_head");
  // huruf d: drafted by Dinas Kominfo with the planning agency (Bappeda).
  EXPECT_EQ(ob("master-plan-by-diskominfo-and-bappeda").binds, "ict_office");
  const AgencyTemplate* bappeda = profile().agency("bappeda");
  ASSERT_NE(bappeda, nullptr);
  EXPECT_EQ(bappeda->roles, (std::vector<std::string>{"planning_office"}));
}

// Pasal 8 ayat (4): "Pemantauan dan Evaluasi Peta Rencana SPBE dilaksanakan setiap tahun."
// Pasal 24 ayat (4): "Pelaksanaan monitoring dan evaluasi SPBE dilaksanakan paling sedikit 1 (satu)
// kali dalam setahun dan melaporkan hasilnya secara berkala kepada Walikota."
TEST(ProfileKendari, RoadmapAndSpbeAreEvaluatedEveryYear) {
  const auto& roadmap = ob("roadmap-review-annual");
  EXPECT_EQ(roadmap.article, "Pasal 8 ayat (4)");
  expect_periodic(roadmap, "periodic_event", "P1Y");
  const auto& monev = ob("spbe-monitoring-evaluation-annual");
  EXPECT_EQ(monev.article, "Pasal 24 ayat (4)");
  EXPECT_EQ(monev.binds, "ict_office");
  expect_periodic_months(monev, "periodic_event", 12);
  EXPECT_EQ(ob("spbe-evaluation-reported-to-mayor").rule.value("to"), "report_to_region_head");
}

// Pasal 18 ayat (4): "Pengadaan Aplikasi SPBE yang digunakan oleh PSE, paling sedikit harus
// dilengkapi dengan : a. dokumen kebutuhan perangkat lunak; b. dokumen arsitektur atau desain;
// c. dokumen teknis; d. dokumen manual; dan e. kode sumber"
TEST(ProfileKendari, ProcuredApplicationsCarryFiveDocuments) {
  const auto& o = ob("app-procurement-documents");
  EXPECT_EQ(o.article, "Pasal 18 ayat (4)");
  EXPECT_EQ(o.binds, "each_application");
  expect_documents_before_production(
      o, {"software_requirements", "architecture_or_design", "technical_documentation", "manual", "source_code"});
  // ayat (8): copyright to the region, kept in the repository run by OPD Kominfo.
  EXPECT_EQ(ob("app-in-repository").article, "Pasal 18 ayat (8)");
  EXPECT_EQ(ob("app-in-repository").rule.value("where"), "repository");
}

// Pasal 19 ayat (5): "OPD Kominfo berwenang mengatur pemanfaatan internet dan mengendalikan situs
// yang boleh diakses …"; ayat (6): "OPD Kominfo membuka akses situs yang terlarang apabila ada
// pengajuan permintaan secara resmi dari OPD …"
TEST(ProfileKendari, BlockedSitesAreOpenedOnlyOnAnOfficialRequest) {
  const auto& filter = ob("internet-filtering-by-diskominfo");
  EXPECT_EQ(filter.article, "Pasal 19 ayat (5)");
  EXPECT_EQ(filter.rule.kind, "required_record");
  EXPECT_TRUE(contains(filter.rule.list("fields"), "allowed_sites"));
  const auto& unblock = ob("site-unblock-on-official-request");
  EXPECT_EQ(unblock.article, "Pasal 19 ayat (6)");
  EXPECT_EQ(unblock.binds, "every_agency");
  EXPECT_EQ(unblock.rule.kind, "approval_gate");
  EXPECT_EQ(unblock.rule.value("action"), "unblock_site");
  EXPECT_EQ(unblock.rule.value("approver"), "ict_office");
  const auto& request = ob("site-unblock-needs-request");
  EXPECT_EQ(request.article, "Pasal 19 ayat (6)");
  EXPECT_EQ(request.rule.kind, "required_link");
  EXPECT_EQ(request.rule.value("to"), "official_agency_request");
}

// Pasal 19 ayat (3) huruf a: "pusat data dan Pusat Pemulihan Data … Data Center (DC) dan Disaster
// Recovery Center (DRC)"; ayat (14): the DRC is built "berdasarkan rencana pemulihan bencana
// (disaster recovery plan) yang disusun oleh OPD Kominfo …"; ayat (2): "Setiap kabel data … harus
// diberi label kode alamat antar kode."
TEST(ProfileKendari, DataCenterDisasterRecoveryAndCableLabels) {
  const auto& infra = ob("shared-infrastructure-dc-drc");
  EXPECT_EQ(infra.article, "Pasal 19 ayat (3)");
  const auto& parts = infra.rule.list("fields");
  EXPECT_EQ(parts.size(), 8u);
  EXPECT_TRUE(contains(parts, "data_center"));
  EXPECT_TRUE(contains(parts, "disaster_recovery_center"));
  const auto& drc = ob("drc-follows-disaster-recovery-plan");
  EXPECT_EQ(drc.article, "Pasal 19 ayat (14)");
  EXPECT_EQ(drc.binds, "ict_office");
  EXPECT_EQ(drc.rule.kind, "required_link");
  EXPECT_EQ(drc.rule.value("from"), "disaster_recovery_center");
  EXPECT_EQ(drc.rule.value("to"), "disaster_recovery_plan");
  const auto& cables = ob("data-cables-labelled");
  EXPECT_EQ(cables.article, "Pasal 19 ayat (2)");
  EXPECT_EQ(cables.binds, "each_network");
  EXPECT_EQ(cables.rule.list("fields"), (std::vector<std::string>{"address_code_label"}));
  // Pasal 22 ayat (5): back-ups of every OPD go to the pusat data.
  const auto& backup = ob("backup-to-data-center");
  EXPECT_EQ(backup.article, "Pasal 22 ayat (5)");
  EXPECT_EQ(backup.rule.kind, "placement");
  EXPECT_EQ(backup.rule.value("where"), "data_center");
}

// Pasal 19 ayat (11): "OPD wajib menginventarisir seluruh perangkat SPBE nya didalam sistem informasi
// aset Pemerintah Daerah …"; ayat (12): "OPD Kominfo menyusun laporan inventarisasi aset SPBE … ke
// Badan Keuangan dan Aset Daerah …"
TEST(ProfileKendari, SpbeAssetsAreInventoriedForTheAssetOffice) {
  const auto& inventory = ob("devices-in-regional-asset-system");
  EXPECT_EQ(inventory.article, "Pasal 19 ayat (11)");
  EXPECT_EQ(inventory.binds, "each_host");
  EXPECT_EQ(inventory.rule.kind, "placement");
  EXPECT_EQ(inventory.rule.value("where"), "regional_asset_information_system");
  const auto& report = ob("asset-inventory-report-to-bkad");
  EXPECT_EQ(report.article, "Pasal 19 ayat (12)");
  EXPECT_EQ(report.binds, "ict_office");
  const AgencyTemplate* bkad = profile().agency("bkad");
  ASSERT_NE(bkad, nullptr);
  EXPECT_EQ(bkad->name, "Badan Keuangan dan Aset Daerah");
  EXPECT_EQ(bkad->kind, "badan");
}

// Pasal 14 ayat (2): "… PSE pelayanan publik diwajibkan menggunakan sertifikat elektronik."
// Pasal 14 ayat (8): "… PSE wajib mengamankan data dan segera melaporkan dalam kesempatan pertama
// kepada OPD Kominfo serta memberitahukan secara tertulis kepada pemilik data (Walidata)." No time
// limit is given, so the reports are links, not deadlines.
TEST(ProfileKendari, CertificatesAndIncidentReports) {
  const auto& cert = ob("public-service-systems-use-electronic-certificates");
  EXPECT_EQ(cert.article, "Pasal 14 ayat (2)");
  EXPECT_EQ(cert.when, "public_service");
  EXPECT_EQ(cert.rule.kind, "required_record");
  EXPECT_EQ(cert.rule.value("record"), "electronic_certificate");
  EXPECT_EQ(ob("public-service-transactions-certified").article, "Pasal 15 ayat (2)");
  const auto& kominfo = ob("incident-reported-to-diskominfo");
  const auto& owner = ob("incident-notified-to-data-owner");
  for (const auto* o : {&kominfo, &owner}) {
    EXPECT_EQ(o->article, "Pasal 14 ayat (8)") << o->id;
    EXPECT_EQ(o->rule.kind, "required_link") << o->id;
    EXPECT_EQ(o->rule.value("from"), "serious_system_incident") << o->id;
  }
  EXPECT_EQ(kominfo.rule.value("to"), "incident_report_to_ict_office");
  EXPECT_EQ(owner.rule.value("to"), "written_notice_to_data_owner");
  EXPECT_EQ(profile().term("data_steward").id, "Walidata");
}

// Pasal 21 ayat (6): the public-service information system "paling sedikit meliputi : a. profile
// penyelenggara; b. profile pelaksana; c. standar pelayanan; d. maklumat pelayanan; e. pengelolaan
// pengaduan; dan f. penilaian kinerja." Pasal 41 ayat (2): "Pengiriman dokumen digital antar
// perangkat daerah harus memuat tanda tangan digital yang disetujui oleh pejabat yang berwenang."
TEST(ProfileKendari, PublicServiceInformationAndSignedDigitalDocuments) {
  const auto& info = ob("public-service-information-contents");
  EXPECT_EQ(info.article, "Pasal 21 ayat (6)");
  EXPECT_EQ(info.rule.list("fields"),
            (std::vector<std::string>{"provider_profile", "implementer_profile", "service_standard", "service_pledge",
                                      "complaint_handling", "performance_assessment"}));
  const auto& signed_docs = ob("inter-agency-documents-digitally-signed");
  EXPECT_EQ(signed_docs.article, "Pasal 41 ayat (2)");
  EXPECT_EQ(signed_docs.binds, "every_agency");
  EXPECT_TRUE(contains(signed_docs.rule.list("fields"), "digital_signature"));
  const auto& verified = ob("digital-signature-sender-verified");
  EXPECT_EQ(verified.article, "Pasal 41 ayat (4)");
  EXPECT_TRUE(contains(verified.rule.list("fields"), "signature_verification"));
}

// Pasal 35 ayat (1), 36 ayat (3), 37 ayat (3): audits "paling sedikit 1 (satu) kali dalam 2 (dua)
// tahun"; Pasal 36 ayat (1): "Audit Aplikasi SPBE dilakukan pada Aplikasi Khusus."
TEST(ProfileKendari, AuditsEveryTwoYearsApplicationsOnlyAplikasiKhusus) {
  expect_biennial_audit(ob("infrastructure-audit-biennial"), "Pasal 35 ayat (1)", "infrastructure");
  expect_biennial_audit(ob("special-application-audit-biennial"), "Pasal 36 ayat (3)", "application");
  expect_biennial_audit(ob("security-audit-biennial"), "Pasal 37 ayat (3)", "security");
  EXPECT_EQ(ob("special-application-audit-biennial").when, "application_agency_special");
}

// Pasal 43: "… semua PSE, harus menyesuaikan dengan peraturan Walikota ini paling lama 2 (dua)
// tahun." Region: Kota Kendari, WITA. No GCIO, no PD Mandiri TIK, no architecture coordinators.
TEST(ProfileKendari, TwoYearTransitionInAWitaCity) {
  const auto& o = ob("transition-two-years");
  EXPECT_EQ(o.article, "Pasal 43");
  EXPECT_EQ(o.binds, "every_agency");
  EXPECT_EQ(o.rule.kind, "deadline");
  ASSERT_NE(o.rule.period("within"), nullptr);
  EXPECT_EQ(o.rule.period("within")->text, "P2Y");
  EXPECT_EQ(profile().region.kind, "kota");
  EXPECT_EQ(profile().region.time_zone, "Asia/Makassar");
  EXPECT_EQ(profile().region.domain, "kendarikota.go.id");
  EXPECT_EQ(profile().citation.number, 41);
  EXPECT_EQ(profile().citation.year, 2021);
  EXPECT_FALSE(profile().gcio.has_value());
  EXPECT_FALSE(profile().self_sufficiency.has_value());
  EXPECT_TRUE(profile().architecture_domains.empty());
  const AgencyTemplate* diskominfo = profile().agency("diskominfo");
  ASSERT_NE(diskominfo, nullptr);
  EXPECT_EQ(diskominfo->roles, (std::vector<std::string>{"ict_office"}));
}
