// A region made from a profile has exactly the agencies, positions and bodies the
// profile names, each with its audit entry; and a region is made only once.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/region_setup.h"
#include "audit/verify.h"
#include "db/migration.h"
#include "modules/committees/store.h"
#include "profiles/loader.h"

using namespace simpul;

namespace {

const char* kProfile = R"(name: contoh
citation: {title: Peraturan Bupati Contoh Nomor 2 Tahun 2022, short: Perbup Contoh 2/2022, instrument: perbup, number: 2, year: 2022, source: sources/contoh.txt}
region: {kind: kabupaten, name: Kabupaten Contoh, time_zone: Asia/Makassar, domain: contohkab.go.id}
terms:
  region_head: {id: Bupati, en: Regent}
  agency: {id: Perangkat Daerah, en: Agency}
  ict_office: {id: Dinas Kominfo, en: ICT office}
  committee: {id: Tim Koordinasi SPBE, en: SPBE committee}
  tier1: {id: Administrator, en: Administrator}
  tier2: {id: Superadmin, en: Superadmin}
agencies:
  - {key: bagian_organisasi, name: Bagian Organisasi, short_name: Bag. Organisasi, kind: bagian, roles: [organization_bureau], parent: setda}
  - {key: setda, name: Sekretariat Daerah, short_name: Setda, kind: sekretariat}
  - {key: diskominfo, name: Dinas Komunikasi dan Informatika, short_name: Diskominfo, kind: dinas, roles: [ict_office]}
positions:
  - {key: bupati, title: Bupati}
  - {key: sekda, title: Sekretaris Daerah, agency: setda, head: true}
  - {key: kepala_diskominfo, title: Kepala Dinas Komunikasi dan Informatika, agency: diskominfo, head: true}
bodies:
  - key: tim_koordinasi
    kind: committee
    name: Tim Koordinasi SPBE
    article: Pasal 44 ayat (3)
    members:
      - {role: chair, position: sekda}
      - {role: secretary, position: kepala_diskominfo}
      - {role: member, selector: other_agency_heads}
    working_groups:
      - key: pokja_data
        name: Kelompok Kerja Data
        article: Pasal 44 ayat (4)
        members: [{role: coordinator, position: kepala_diskominfo}]
gcio: {position: kepala_diskominfo, article: Pasal 46 ayat (1)}
architecture_domains:
  - {domain: business_process, coordinator: bagian_organisasi, article: Pasal 6 ayat (9)}
obligations:
  - id: lan-diagram-annual
    article: Pasal 20 ayat (1)
    text: Setiap PD wajib menyampaikan diagram jaringan LAN setiap tahun.
    binds: every_agency
    rule: {kind: periodic_submission, evidence: lan_diagram, period: P1Y}
)";

std::unique_ptr<db::Database> fresh_database() {
  auto path = std::filesystem::temp_directory_path() / ("simpul-setup-" + std::to_string(::getpid()) + ".db");
  for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  auto db = db::open_database("sqlite:" + path.string());
  db::migrate(*db, db::load_migrations(db::embedded_migrations()));
  return db;
}

}  // namespace

TEST(RegionSetup, SlugsComeFromTheName) {
  EXPECT_EQ(region_slug("Kota Madiun"), "kota-madiun");
  EXPECT_EQ(region_slug("Kabupaten Ogan Komering Ilir"), "kabupaten-ogan-komering-ilir");
  EXPECT_EQ(region_slug("  Kota  Bau-Bau! "), "kota-bau-bau");
  EXPECT_EQ(region_slug("!!"), "");
}

TEST(RegionSetup, CreatesWhatTheProfileNamesOnce) {
  auto loaded = profiles::load_profile(kProfile, "contoh.yaml");
  ASSERT_TRUE(loaded.profile) << loaded.errors.front();
  auto db = fresh_database();
  auto setup = db->write([&](db::Connection& c) { return create_region_from_profile(c, *loaded.profile, "Kabupaten Contoh", "test"); });
  EXPECT_EQ(setup.region_id, "kabupaten-contoh");
  db->read([&](db::Connection& c) {
    auto count = [&](const std::string& sql) { return c.query(sql, {setup.region_id}).at(0).int64(0); };
    EXPECT_EQ(count("SELECT COUNT(*) FROM agencies WHERE region_id = ?"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM agencies WHERE region_id = ? AND ict_office = 1 AND short_name = 'Diskominfo'"), 1);
    // The Bagian names its parent after it in the file; the parent is made first.
    EXPECT_EQ(count("SELECT COUNT(*) FROM agencies a JOIN agencies p ON p.agency_id = a.parent_agency_id "
                    "WHERE a.region_id = ? AND p.short_name = 'Setda'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM positions WHERE region_id = ?"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM committees WHERE region_id = ?"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM committee_members WHERE region_id = ?"), 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM designations WHERE region_id = ?"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM architecture_coordinators WHERE region_id = ?"), 1);
    // region + 3 agencies + 3 positions + 2 bodies + 1 coordinator + GCIO
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE region_id = ?"), 11);
    auto chair = modules::committees::find_by_key(c, setup.region_id, "tim_koordinasi");
    EXPECT_EQ(chair->members.at(0).role, "chair");
    EXPECT_EQ(chair->members.at(0).position_title, "Sekretaris Daerah");
    EXPECT_EQ(chair->members.at(2).selector, "other_agency_heads");
    auto region = c.query("SELECT kind, time_zone, profile FROM regions WHERE region_id = ?", {setup.region_id}).at(0);
    EXPECT_EQ(region.text(0), "kabupaten");
    EXPECT_EQ(region.text(1), "Asia/Makassar");
    EXPECT_EQ(region.text(2), "contoh");
    return 0;
  });
  EXPECT_THROW(db->write([&](db::Connection& c) { return create_region_from_profile(c, *loaded.profile, "Kabupaten Contoh", "test"); }),
               std::invalid_argument);
}
