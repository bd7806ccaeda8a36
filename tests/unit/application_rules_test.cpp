// Applications as pure rules: what a record may hold, the lifecycle moves, the gate into
// production per regulation (Madiun Pasal 24 ayat (3)-(4): test report + four documents;
// Kendari Pasal 18 ayat (4): five; OKI Pasal 14 ayat (3) with Pasal 25: twelve kinds; Batam
// Pasal 25 + GCIO approval of Pasal 46 ayat (3); Probolinggo: none for applications), and the
// PD Mandiri TIK rule for starting development (Madiun Pasal 45, Pasal 23 ayat (5)).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <algorithm>
#include <functional>

#include "core/problem.h"
#include "modules/applications/rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::applications;

namespace {

const profiles::Profile& profile(const char* name) {
  const auto* p = profiles::find_builtin(name);
  if (!p) throw std::runtime_error(std::string("no built-in profile ") + name);
  return *p;
}

nlohmann::json valid_body() {
  return {{"owner_agency_id", 4}, {"code", "simpeg"}, {"name", "Sistem Informasi Kepegawaian"},
          {"category", "common"}, {"licence_kind", "open_source"}, {"user_agency_ids", {4, 5, 5}}};
}

Application in_testing(const std::string& category = "agency_special") {
  Application a;
  a.id = 7;
  a.region_id = "kota-uji";
  a.owner_agency_id = 4;
  a.code = "SIMPUS";
  a.name = "Sistem Informasi Puskesmas";
  a.category = category;
  a.lifecycle = "in_testing";
  a.development_round = 1;
  return a;
}

std::vector<Document> uploads(const std::vector<std::string>& kinds) {
  std::vector<Document> out;
  int64_t id = 1;
  for (const auto& k : kinds) out.push_back({id++, "kota-uji", 7, k, std::string(64, 'a'), "op", "2026-01-01T00:00:00Z"});
  return out;
}

std::vector<TestRecord> passed() { return {{1, "kota-uji", 7, "2026-02-01", "passed", "UAT", "", "op", "2026-02-01T00:00:00Z"}}; }

std::vector<std::string> items(const std::vector<Gap>& gaps) {
  std::vector<std::string> out;
  for (const auto& g : gaps) out.push_back(g.item == "document" ? g.document_kind : g.item);
  return out;
}

}  // namespace

// --------------------------------------------------------------------------- record

TEST(ApplicationRules, ParsesAValidBodyAndRaisesTheCode) {
  auto in = parse_application(valid_body(), true, "");
  Application a;
  apply(in, a);
  EXPECT_EQ(a.code, "SIMPEG");
  EXPECT_EQ(a.category, "common");
  EXPECT_EQ(a.user_agency_ids, (std::vector<int64_t>{4, 5}));  // each agency once
  EXPECT_TRUE(record_errors(a).empty());
}

TEST(ApplicationRules, ReportsEveryFieldErrorAtOnce) {
  auto fields = fields_of([] {
    parse_application({{"code", "1x"}, {"category", "umum"}, {"licence_kind", "free"}, {"user_agency_ids", {0}},
                       {"surprise", 1}},
                      true, "");
  });
  for (const char* f : {"owner_agency_id", "code", "name", "category", "licence_kind", "user_agency_ids.0", "surprise"})
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
}

TEST(ApplicationRules, CopyrightOwnerAndLifecycleAreNotEditable) {
  auto body = valid_body();
  body["copyright_owner"] = "PT Vendor";
  body["lifecycle"] = "in_production";
  try {
    parse_application(body, true, "Pasal 18 ayat (7) Perwali Kendari 41/2021");
    FAIL() << "accepted";
  } catch (const ProblemError& e) {
    ASSERT_EQ(e.problem().errors.size(), 2u);
    EXPECT_EQ(e.problem().errors[0].field, "copyright_owner");
    EXPECT_NE(e.problem().errors[0].message.id.find("Pasal 18 ayat (7)"), std::string::npos);
    EXPECT_EQ(e.problem().errors[1].field, "lifecycle");
  }
  EXPECT_EQ(copyright_owner_for("Kota Madiun"), "Pemerintah Kota Madiun");
  EXPECT_EQ(copyright_citation(&profile("kendari")).rfind("Pasal 18", 0), 0u);
}

TEST(ApplicationRules, AnOtherLicenceNeedsItsName) {
  Application a;
  a.licence_kind = "other";
  ASSERT_EQ(record_errors(a).size(), 1u);
  a.licence_name = "Lisensi hibah Kemendagri";
  EXPECT_TRUE(record_errors(a).empty());
}

// --------------------------------------------------------------------------- lifecycle

TEST(ApplicationLifecycle, AllowsOnlyTheNeighbouringStagesAndRetiring) {
  EXPECT_EQ(allowed_moves("planned"), (std::set<std::string>{"in_development", "retired"}));
  EXPECT_EQ(allowed_moves("in_development"), (std::set<std::string>{"in_testing", "retired"}));
  EXPECT_EQ(allowed_moves("in_testing"), (std::set<std::string>{"in_production", "in_development", "retired"}));
  EXPECT_EQ(allowed_moves("in_production"), (std::set<std::string>{"in_development", "retired"}));
  EXPECT_TRUE(allowed_moves("retired").empty());

  Application a;
  a.lifecycle = "planned";
  EXPECT_TRUE(cannot_move(a, {"in_production", ""}).has_value());
  EXPECT_FALSE(cannot_move(a, {"in_development", ""}).has_value());
  a.lifecycle = "retired";
  EXPECT_TRUE(cannot_move(a, {"in_development", ""}).has_value());
  EXPECT_TRUE(cannot_change(a).has_value());
}

TEST(ApplicationLifecycle, RetiringNeedsAReason) {
  EXPECT_EQ(fields_of([] { parse_lifecycle_move({{"to", "retired"}}); }), std::vector<std::string>{"reason"});
  EXPECT_EQ(parse_lifecycle_move({{"to", "retired"}, {"reason", "Diganti SRIKANDI"}}).reason, "Diganti SRIKANDI");
  EXPECT_EQ(fields_of([] { parse_lifecycle_move({{"to", "live"}}); }), std::vector<std::string>{"to"});
}

TEST(ApplicationLifecycle, EnteringDevelopmentCountsARound) {
  Application a;
  a.lifecycle = "in_production";
  a.development_round = 1;
  apply_move(a, {"in_development", "versi 2"}, "op", "2026-03-01T00:00:00Z");
  EXPECT_EQ(a.lifecycle, "in_development");
  EXPECT_EQ(a.development_round, 2);
  EXPECT_EQ(a.lifecycle_reason, "versi 2");
  apply_move(a, {"in_testing", ""}, "op", "2026-03-02T00:00:00Z");
  EXPECT_EQ(a.development_round, 2);
}

// --------------------------------------------------------------------------- production gate per profile

TEST(ApplicationProductionGate, MadiunNeedsTheTestReportAndFourDocuments) {
  const auto& madiun = profile("madiun");
  auto a = in_testing();
  EXPECT_EQ(required_document_kinds(&madiun, a),
            (std::vector<std::string>{"application_test_report", "software_requirements", "application_design", "user_manual",
                                      "source_code"}));
  auto gaps = production_gaps(&madiun, a, {}, {}, std::nullopt);
  EXPECT_EQ(items(gaps), (std::vector<std::string>{"application_test_report", "software_requirements", "application_design",
                                                   "user_manual", "source_code", "passing_test"}));
  ASSERT_EQ(gaps[1].citations.size(), 1u);
  EXPECT_EQ(gaps[1].citations[0].article, "Pasal 24 ayat (4)");
  EXPECT_EQ(gaps[1].citations[0].text.rfind("Berdasarkan hasil pengujian aplikasi", 0), 0u);
  EXPECT_NE(gaps[1].message.id.find("Pasal 24 ayat (4) " + madiun.citation.short_name), std::string::npos);
  ASSERT_EQ(gaps[5].citations.size(), 1u);
  EXPECT_EQ(gaps[5].citations[0].article, "Pasal 24 ayat (3)");
  EXPECT_EQ(gcio_gate(&madiun, a), nullptr);

  auto all = uploads(required_document_kinds(&madiun, a));
  EXPECT_TRUE(production_gaps(&madiun, a, all, passed(), std::nullopt).empty());
  // One document short and the latest test failed: both listed, nothing else.
  all.pop_back();
  auto tests = passed();
  tests.push_back({2, "kota-uji", 7, "2026-03-01", "failed", "Regresi", "", "op", "2026-03-01T00:00:00Z"});
  EXPECT_EQ(items(production_gaps(&madiun, a, all, tests, std::nullopt)),
            (std::vector<std::string>{"source_code", "passing_test"}));
}

TEST(ApplicationProductionGate, KendariNeedsFiveDocumentsAndATestWithoutArticle) {
  const auto& kendari = profile("kendari");
  auto a = in_testing();
  auto kinds = required_document_kinds(&kendari, a);
  EXPECT_EQ(kinds, (std::vector<std::string>{"software_requirements", "architecture_or_design", "technical_documentation",
                                             "manual", "source_code"}));
  auto gaps = production_gaps(&kendari, a, {}, {}, std::nullopt);
  ASSERT_EQ(gaps.size(), 6u);
  EXPECT_EQ(gaps[0].citations.at(0).article, "Pasal 18 ayat (4)");
  EXPECT_EQ(gaps.back().item, "passing_test");
  EXPECT_TRUE(gaps.back().citations.empty());  // the regulation names no test; the platform still asks for one
  EXPECT_TRUE(production_gaps(&kendari, a, uploads(kinds), passed(), std::nullopt).empty());
}

TEST(ApplicationProductionGate, OkiNeedsTheElevenDocumentsOfPasal14AndThoseOfPasal25) {
  const auto& oki = profile("oki");
  auto a = in_testing();
  auto kinds = required_document_kinds(&oki, a);
  EXPECT_EQ(kinds.size(), 12u);  // the eleven of Pasal 14 ayat (3) + software_requirements of Pasal 25 ayat (2)
  auto gaps = production_gaps(&oki, a, {}, {}, std::nullopt);
  ASSERT_EQ(gaps.size(), 13u);
  // source_code is required by both articles: both are cited.
  auto source = std::find_if(gaps.begin(), gaps.end(), [](const Gap& g) { return g.document_kind == "source_code"; });
  ASSERT_NE(source, gaps.end());
  ASSERT_EQ(source->citations.size(), 2u);
  EXPECT_EQ(source->citations[0].article, "Pasal 14 ayat (3)");
  EXPECT_EQ(source->citations[1].article, "Pasal 25 ayat (2)");
  EXPECT_TRUE(production_gaps(&oki, a, uploads(kinds), passed(), std::nullopt).empty());
}

TEST(ApplicationProductionGate, ProbolinggoHasNoApplicationDocumentsOnlyTheTest) {
  // Pasal 16 ayat (3) requires standards of the service connector (binds the ICT office),
  // not documents of each application.
  const auto& probolinggo = profile("probolinggo");
  auto a = in_testing();
  EXPECT_TRUE(required_document_kinds(&probolinggo, a).empty());
  EXPECT_EQ(items(production_gaps(&probolinggo, a, {}, {}, std::nullopt)), std::vector<std::string>{"passing_test"});
  EXPECT_TRUE(production_gaps(&probolinggo, a, {}, passed(), std::nullopt).empty());
}

TEST(ApplicationProductionGate, BatamNeedsFiveDocumentsATestAndTheGcioApprovalOfTheCurrentState) {
  const auto& batam = profile("batam");
  auto a = in_testing();
  auto kinds = required_document_kinds(&batam, a);
  EXPECT_EQ(kinds.size(), 5u);
  const auto* gate = gcio_gate(&batam, a);
  ASSERT_NE(gate, nullptr);
  EXPECT_EQ(gate->article, "Pasal 46 ayat (3)");

  auto docs = uploads(kinds);
  auto tests = passed();
  auto gaps = production_gaps(&batam, a, docs, tests, std::nullopt);
  ASSERT_EQ(items(gaps), std::vector<std::string>{"gcio_approval"});
  EXPECT_EQ(gaps[0].citations.at(0).text.rfind("Setiap pembangunan dan pengembangan", 0), 0u);
  EXPECT_NE(gaps[0].message.id.find("Pasal 46 ayat (3)"), std::string::npos);

  GcioDecision approved{1, "kota-uji", 7, "approved", "", approval_state(a, docs, tests), "gcio", "2026-02-02T00:00:00Z"};
  EXPECT_TRUE(production_gaps(&batam, a, docs, tests, approved).empty());

  // A refusal counts as no approval, and says why.
  GcioDecision refused = approved;
  refused.decision = "refused";
  refused.note = "Lengkapi rencana keamanan.";
  auto refused_gaps = production_gaps(&batam, a, docs, tests, refused);
  ASSERT_EQ(refused_gaps.size(), 1u);
  EXPECT_NE(refused_gaps[0].message.id.find("Lengkapi rencana keamanan."), std::string::npos);

  // A newer document, a newer test, an edit of the substance or a new development round all
  // need a new approval; a new description does not.
  auto newer_docs = docs;
  newer_docs.push_back({99, "kota-uji", 7, "user_manual", std::string(64, 'b'), "op", "2026-02-03T00:00:00Z"});
  EXPECT_EQ(items(production_gaps(&batam, a, newer_docs, tests, approved)), std::vector<std::string>{"gcio_approval"});
  auto newer_tests = tests;
  newer_tests.push_back({5, "kota-uji", 7, "2026-02-04", "passed", "Uji ulang", "", "op", "2026-02-04T00:00:00Z"});
  EXPECT_EQ(items(production_gaps(&batam, a, docs, newer_tests, approved)), std::vector<std::string>{"gcio_approval"});
  auto moved = a;
  moved.runs_at = "https://simpus.batam.go.id";
  EXPECT_EQ(items(production_gaps(&batam, moved, docs, tests, approved)), std::vector<std::string>{"gcio_approval"});
  auto next_round = a;
  next_round.development_round = 2;
  EXPECT_EQ(items(production_gaps(&batam, next_round, docs, tests, approved)), std::vector<std::string>{"gcio_approval"});
  auto described = a;
  described.description = "Uraian baru";
  EXPECT_TRUE(production_gaps(&batam, described, docs, tests, approved).empty());
}

TEST(ApplicationProductionGate, TheRefusalDetailListsEveryGap) {
  auto gaps = production_gaps(&profile("madiun"), in_testing(), {}, {}, std::nullopt);
  auto detail = gaps_detail(gaps);
  EXPECT_NE(detail.id.find("(6)"), std::string::npos);
  for (const auto& g : gaps) EXPECT_NE(detail.en.find(g.message.en), std::string::npos);
  auto j = to_json(gaps[0]);
  EXPECT_EQ(j["item"], "document");
  EXPECT_EQ(j["citations"][0]["regulation"], profile("madiun").citation.short_name);
}

TEST(ApplicationProductionGate, TheNewestUploadOfAKindIsCurrent) {
  auto docs = uploads({"user_manual", "source_code"});
  docs.push_back({9, "kota-uji", 7, "user_manual", std::string(64, 'c'), "op", "2026-03-01T00:00:00Z"});
  auto current = current_documents(docs);
  ASSERT_EQ(current.size(), 2u);
  EXPECT_EQ(current[0].kind, "source_code");
  EXPECT_EQ(current[1].id, 9);
}

TEST(ApplicationProductionGate, TheLatestTestIsByDateThenByRecordingOrder) {
  std::vector<TestRecord> tests{{3, "r", 7, "2026-01-10", "passed", "", "", "", ""},
                                {4, "r", 7, "2026-01-05", "failed", "", "", "", ""}};
  EXPECT_EQ(latest_test(tests)->id, 3);  // recorded later, but tested earlier
  tests.push_back({5, "r", 7, "2026-01-10", "failed", "", "", "", ""});
  EXPECT_EQ(latest_test(tests)->id, 5);
  EXPECT_FALSE(latest_test({}).has_value());
}

// --------------------------------------------------------------------------- PD Mandiri TIK

TEST(ApplicationMandiriTik, AnOperatorOfAnAgencyThatIsNotSelfSufficientMayNotStartDevelopmentInMadiun) {
  const auto& madiun = profile("madiun");
  auto a = in_testing("agency_special");
  auto why = development_refusal(&madiun, a, true, false);
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->id.find("Pasal 45"), std::string::npos);
  EXPECT_NE(why->id.find("Pasal 23 ayat (5) huruf d"), std::string::npos);
  EXPECT_NE(why->id.find("Dinas Komunikasi dan Informatika"), std::string::npos);
  EXPECT_NE(why->id.find("PD Mandiri TIK"), std::string::npos);
  EXPECT_NE(development_refusal(&madiun, in_testing("common"), true, false)->id.find("Pasal 23 ayat (5) huruf a"),
            std::string::npos);
  EXPECT_FALSE(development_refusal(&madiun, a, true, true).has_value());   // a PD Mandiri TIK may
  EXPECT_FALSE(development_refusal(&madiun, a, false, false).has_value());  // the superadmin may
}

TEST(ApplicationMandiriTik, RegionsWithoutSelfSufficiencyLeaveItToTheOwner) {
  for (const char* name : {"kendari", "oki", "probolinggo", "batam"})
    EXPECT_FALSE(development_refusal(&profile(name), in_testing(), true, false).has_value()) << name;
}

// --------------------------------------------------------------------------- children

TEST(ApplicationChildren, DocumentKindsComeFromTheProfile) {
  std::vector<std::string> kinds{"user_manual", "source_code"};
  auto d = parse_document({{"kind", "user_manual"}, {"file_sha256", std::string(64, 'A')}}, kinds);
  EXPECT_EQ(d.file_sha256, std::string(64, 'a'));
  try {
    parse_document({{"kind", "brochure"}, {"file_sha256", "xyz"}}, kinds);
    FAIL() << "accepted";
  } catch (const ProblemError& e) {
    ASSERT_EQ(e.problem().errors.size(), 2u);
    EXPECT_NE(e.problem().errors[0].message.en.find("user_manual, source_code"), std::string::npos);
    EXPECT_EQ(e.problem().errors[1].field, "file_sha256");
  }
}

TEST(ApplicationChildren, ATestIsDatedNotInTheFutureAndHasAResultAndSummary) {
  auto t = parse_test({{"tested_on", "2026-01-31"}, {"result", "passed"}, {"summary", "UAT lulus"}}, "2026-02-01");
  EXPECT_EQ(t.result, "passed");
  EXPECT_EQ(fields_of([] { parse_test({{"tested_on", "2026-02-02"}, {"result", "ok"}}, "2026-02-01"); }),
            (std::vector<std::string>{"tested_on", "result", "summary"}));
}

TEST(ApplicationChildren, AGcioRefusalNeedsANote) {
  EXPECT_EQ(fields_of([] { parse_gcio_decision({{"decision", "refused"}}); }), std::vector<std::string>{"note"});
  EXPECT_EQ(parse_gcio_decision({{"decision", "approved"}}).decision, "approved");
  auto a = in_testing();
  EXPECT_FALSE(cannot_decide(a).has_value());
  a.lifecycle = "in_production";
  EXPECT_TRUE(cannot_decide(a).has_value());
}
