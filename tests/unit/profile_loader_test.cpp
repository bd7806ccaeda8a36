// The strict profile loader: periods, vocabularies, references, and the place an
// error names. Each broken profile below differs from a good one in one way.
#include <gtest/gtest.h>

#include "profiles/loader.h"
#include "profiles/period.h"
#include "profiles/source_check.h"

using namespace simpul::profiles;

namespace {

const char* kGood = R"(name: sample
citation: {title: Peraturan Wali Kota Contoh Nomor 1 Tahun 2021, short: Perwali Contoh 1/2021, instrument: perwali, number: 1, year: 2021, source: sources/sample.txt}
region: {kind: kota, name: Kota Contoh, time_zone: Asia/Jakarta, domain: contohkota.go.id}
terms:
  region_head: {id: Wali Kota, en: Mayor}
  agency: {id: Perangkat Daerah, en: Agency}
  ict_office: {id: Dinas Komunikasi dan Informatika, en: ICT office}
  committee: {id: Tim Koordinasi SPBE, en: SPBE committee}
  tier1: {id: Service Desk Tier 1, en: Service Desk Tier 1}
  tier2: {id: Service Desk Tier 2, en: Service Desk Tier 2}
agencies:
  - {key: setda, name: Sekretariat Daerah, short_name: Setda, kind: sekretariat}
  - {key: diskominfo, name: Dinas Komunikasi dan Informatika, short_name: Diskominfo, kind: dinas, roles: [ict_office]}
positions:
  - {key: walikota, title: Wali Kota}
  - {key: sekda, title: Sekretaris Daerah, agency: setda, head: true}
bodies:
  - key: tim_koordinasi
    kind: committee
    name: Tim Koordinasi SPBE
    article: Pasal 9 ayat (2)
    members:
      - {role: chair, position: sekda}
      - {role: member, selector: other_agency_heads}
obligations:
  - id: lan-diagram-annual
    article: Pasal 2 ayat (1)
    text: Setiap PD wajib menyampaikan diagram jaringan LAN setiap tahun.
    binds: every_agency
    rule: {kind: periodic_submission, evidence: lan_diagram, period: P1Y}
)";

std::string with(const std::string& from, const std::string& to) {
  std::string s = kGood;
  auto at = s.find(from);
  if (at == std::string::npos) throw std::logic_error("fixture text not found: " + from);
  return s.replace(at, from.size(), to);
}

std::vector<std::string> errors_of(const std::string& yaml) { return load_profile(yaml, "profiles/sample.yaml").errors; }

// Exactly one error, and it says `expected`.
void expect_one_error(const std::string& yaml, const std::string& expected) {
  auto errors = errors_of(yaml);
  ASSERT_EQ(errors.size(), 1u) << (errors.empty() ? "no error" : errors.front());
  EXPECT_NE(errors[0].find(expected), std::string::npos) << errors[0];
}

}  // namespace

TEST(ProfilePeriod, ParsesYearsMonthsWeeksDays) {
  auto p = parse_period("P1Y6M");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->years, 1);
  EXPECT_EQ(p->months, 6);
  EXPECT_EQ(p->total_months(), 18);
  EXPECT_EQ(parse_period("P2W")->total_days(), 14);
  EXPECT_EQ(parse_period("P30D")->days, 30);
}

TEST(ProfilePeriod, RejectsZeroTimePartsAndDisorder) {
  for (const char* bad : {"", "P", "P0Y", "PT1H", "P1Q", "1Y", "P1M1Y", "P1Y1Y", "PY", "P-1Y", "P1y", "P99999Y"})
    EXPECT_FALSE(parse_period(bad)) << bad;
}

TEST(ProfilePeriod, AddsCalendarPeriodsClampingTheDay) {
  EXPECT_EQ(add_period("2024-02-29", *parse_period("P1Y")), "2025-02-28");
  EXPECT_EQ(add_period("2023-01-31", *parse_period("P1M")), "2023-02-28");
  EXPECT_EQ(add_period("2023-11-15", *parse_period("P6M")), "2024-05-15");
  EXPECT_EQ(add_period("2023-12-25", *parse_period("P2W")), "2024-01-08");
  EXPECT_EQ(add_period("2023-13-01", *parse_period("P1Y")), "");
}

TEST(ProfileLoader, LoadsAGoodProfile) {
  auto r = load_profile(kGood, "profiles/sample.yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  ASSERT_TRUE(r.profile);
  const auto& o = *r.profile->obligation("lan-diagram-annual");
  EXPECT_EQ(o.rule.kind, "periodic_submission");
  EXPECT_EQ(o.rule.value("evidence"), "lan_diagram");
  EXPECT_EQ(o.rule.period("period")->years, 1);
  EXPECT_EQ(r.profile->body("tim_koordinasi")->members[0].position, "sekda");
  EXPECT_EQ(r.profile->term("tier1").id, "Service Desk Tier 1");
  EXPECT_EQ(r.profile->term("data_steward").id, "Walidata");  // national word when the profile has none
}

TEST(ProfileLoader, RejectsUnknownFieldsWithTheirPlace) {
  expect_one_error(with("domain: contohkota.go.id}", "domain: contohkota.go.id, colour: red}"),
                   "sample.yaml: region.colour: unknown field");
  expect_one_error(with("period: P1Y}", "period: P1Y, every: year}"),
                   "obligations[0] (lan-diagram-annual).rule.every: unknown field");
}

TEST(ProfileLoader, RejectsUnknownRuleKinds) {
  expect_one_error(with("kind: periodic_submission, evidence: lan_diagram, period: P1Y", "kind: vibes"),
                   "rule.kind: unknown rule kind \"vibes\"");
}

TEST(ProfileLoader, RejectsBadPeriods) {
  expect_one_error(with("period: P1Y}", "period: P1Q}"), "rule.period: \"P1Q\" is not an ISO 8601 period");
  expect_one_error(with("period: P1Y}", "period: P0Y}"), "rule.period: \"P0Y\"");
}

TEST(ProfileLoader, RejectsMissingRuleFields) {
  expect_one_error(with("evidence: lan_diagram, ", ""), "rule.evidence: is required");
}

TEST(ProfileLoader, RejectsWordsOutsideTheVocabularies) {
  expect_one_error(with("binds: every_agency", "binds: everyone"), "binds: \"everyone\" is not one of");
  expect_one_error(with("kind: dinas, roles", "kind: department, roles"), "agencies[1].kind: \"department\"");
  expect_one_error(with("role: chair", "role: boss"), "members[0].role: \"boss\"");
  expect_one_error(with("  tier2: {id: Service Desk Tier 2, en: Service Desk Tier 2}\n",
                        "  tier2: {id: Service Desk Tier 2, en: Service Desk Tier 2}\n  boss: {id: Bos, en: Boss}\n"),
                   "terms.boss: unknown term");
}

TEST(ProfileLoader, RejectsMalformedArticles) {
  expect_one_error(with("article: Pasal 2 ayat (1)", "article: Pasal 2 ayat 1"), "is not an article");
  expect_one_error(with("article: Pasal 2 ayat (1)", "article: pasal 2"), "is not an article");
}

TEST(ProfileLoader, RejectsUnresolvedReferencesAndDuplicates) {
  expect_one_error(with("{role: chair, position: sekda}", "{role: chair, position: ghost}"),
                   "bodies[0].members[0].position: no position has the key \"ghost\"");
  expect_one_error(with("agency: setda, head", "agency: nowhere, head"), "positions[1].agency: no agency");
  expect_one_error(with("short_name: Diskominfo", "short_name: Setda"), "agencies[1].short_name: \"Setda\" is used twice");
  expect_one_error(with("{role: member, selector: other_agency_heads}", "{role: member}"),
                   "exactly one of position or selector");
  expect_one_error(with("roles: [ict_office]", "roles: []"), "one agency must have the role ict_office");
}

TEST(ProfileLoader, RejectsMissingRequiredTermsAndANameOtherThanTheFile) {
  expect_one_error(with("  tier1: {id: Service Desk Tier 1, en: Service Desk Tier 1}\n", ""), "terms.tier1: is required");
  EXPECT_FALSE(load_profile(kGood, "profiles/other.yaml").errors.empty());
}

TEST(ProfileLoader, ReportsInvalidYamlWithItsLine) {
  auto errors = errors_of("name: sample\ncitation: [unclosed\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("not valid YAML"), std::string::npos) << errors[0];
}

TEST(ProfileSourceCheck, FindsQuotesInsideTheirArticleOnly) {
  const char* source =
      "#### Pasal 1\n\nDalam Peraturan ini yang dimaksud dengan:\n\n"
      "## BAB II DIAGRAM Pasal 2\n\n- (1) Setiap PD wajib menyampaikan **diagram jaringan**\nLAN setiap tahun.\n\n"
      "#### Pasal 3\n\nPendanaan bersumber dari APBD.\n";
  auto profile = *load_profile(kGood, "profiles/sample.yaml").profile;
  EXPECT_TRUE(check_against_source(profile, source).empty());
  profile.obligations[0].article = "Pasal 3";
  auto wrong_article = check_against_source(profile, source);
  ASSERT_EQ(wrong_article.size(), 1u);
  EXPECT_NE(wrong_article[0].find("not inside Pasal 3"), std::string::npos);
  profile.obligations[0].article = "Pasal 2";
  profile.obligations[0].text = "Setiap PD wajib menyerahkan diagram jaringan LAN setiap tahun.";  // paraphrase
  auto paraphrase = check_against_source(profile, source);
  ASSERT_EQ(paraphrase.size(), 1u);
  EXPECT_NE(paraphrase[0].find("does not occur word for word"), std::string::npos);
}
