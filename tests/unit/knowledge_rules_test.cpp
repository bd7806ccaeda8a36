// The rules of the knowledge base (modules/knowledge/rules.h) and the full-text query building
// it shares with the service desk (db/full_text.h): the processes of Madiun Pasal 37 ayat (2) in
// their order, review dates, the rating average, what a user types turned into a safe query.
#include <gtest/gtest.h>

#include "core/problem.h"
#include "db/full_text.h"
#include "modules/knowledge/rules.h"

using namespace simpul;
using namespace simpul::modules::knowledge;
namespace ft = simpul::db::full_text;

namespace {

Article article(const std::string& status) {
  Article a;
  a.status = status;
  a.agency_id = 7;
  return a;
}

auth::Principal person(auth::Role role, std::optional<int64_t> agency = std::nullopt) {
  auth::Principal p;
  p.role = role;
  p.agency_id = agency;
  return p;
}

const CitedObligation kMadiun{"Pasal 37 ayat (2)", "Manajemen pengetahuan dilakukan melalui …",
                              "Perwali Madiun 39/2021 Pasal 37 ayat (2)"};

}  // namespace

TEST(KnowledgeSteps, FollowCollectionProcessingStorageInOrder) {
  EXPECT_FALSE(step_refusal("submit_for_review", article("collected"), kMadiun));
  EXPECT_FALSE(step_refusal("publish", article("processed"), kMadiun));
  EXPECT_FALSE(step_refusal("return_to_draft", article("processed"), kMadiun));
  EXPECT_FALSE(step_refusal("return_to_draft", article("published"), kMadiun));
  EXPECT_FALSE(step_refusal("review", article("published"), kMadiun));
  EXPECT_FALSE(step_refusal("restore", article("archived"), kMadiun));
  for (const char* s : {"collected", "processed", "published"}) EXPECT_FALSE(step_refusal("archive", article(s), kMadiun)) << s;

  EXPECT_TRUE(step_refusal("submit_for_review", article("processed"), kMadiun));
  EXPECT_TRUE(step_refusal("publish", article("published"), kMadiun));
  EXPECT_TRUE(step_refusal("review", article("processed"), kMadiun));
  EXPECT_TRUE(step_refusal("archive", article("archived"), kMadiun));
  EXPECT_TRUE(step_refusal("restore", article("published"), kMadiun));
  EXPECT_TRUE(step_refusal("return_to_draft", article("collected"), kMadiun));
}

TEST(KnowledgeSteps, PublishingWhatWasNeverProcessedCitesTheRegionsArticle) {
  auto why = step_refusal("publish", article("collected"), kMadiun);
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("(Perwali Madiun 39/2021 Pasal 37 ayat (2))"), std::string::npos) << why->id;
  EXPECT_NE(why->en.find("submit_for_review"), std::string::npos) << why->en;
  // Without a profile the refusal still explains, without a citation.
  auto plain = step_refusal("publish", article("collected"), std::nullopt);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->id.find("Pasal"), std::string::npos);
  // Other refusals say where the article is and what comes next.
  auto other = step_refusal("review", article("archived"), kMadiun);
  ASSERT_TRUE(other);
  EXPECT_NE(other->en.find("restore"), std::string::npos) << other->en;
}

TEST(KnowledgeSteps, PublishingKeepsARevisionAndSetsTheReviewDate) {
  auto a = article("processed");
  take_step({"publish", ""}, a, "2026-11-29T05:00:00.000Z", "2026-11-29", 12);
  EXPECT_EQ(a.status, "published");
  EXPECT_EQ(a.revision, 1);
  EXPECT_EQ(a.published_at, "2026-11-29T05:00:00.000Z");
  EXPECT_EQ(a.review_due_on, "2027-11-29");
  a.status = "processed";
  a.review_due_on = "2027-03-01";  // a date set on the article, still ahead: kept
  take_step({"publish", ""}, a, "2026-12-01T05:00:00.000Z", "2026-12-01", 6);
  EXPECT_EQ(a.revision, 2);
  EXPECT_EQ(a.review_due_on, "2027-03-01");
  take_step({"review", "masih sesuai"}, a, "2027-04-02T01:00:00.000Z", "2027-04-02", 6);
  EXPECT_EQ(a.review_due_on, "2027-10-02");
  EXPECT_EQ(a.last_reviewed_at, "2027-04-02T01:00:00.000Z");
  EXPECT_EQ(a.status, "published");
  take_step({"return_to_draft", "ubah"}, a, "", "2027-04-03", 6);
  EXPECT_EQ(a.status, "collected");
}

TEST(KnowledgeSteps, OnlyDraftsAndArticlesUnderProcessingAreEdited) {
  EXPECT_FALSE(edit_refusal(article("collected")));
  EXPECT_FALSE(edit_refusal(article("processed")));
  EXPECT_TRUE(edit_refusal(article("published")));
  EXPECT_TRUE(edit_refusal(article("archived")));
  EXPECT_FALSE(rating_refusal(article("published")));
  EXPECT_TRUE(rating_refusal(article("processed")));
  EXPECT_EQ(possible_actions(article("published")), (std::vector<std::string>{"review", "return_to_draft", "archive"}));
}

TEST(KnowledgeReview, APublishedArticlePastItsDateIsDue) {
  auto a = article("published");
  a.review_due_on = "2026-11-28";
  EXPECT_TRUE(review_due(a, "2026-11-29"));
  EXPECT_FALSE(review_due(a, "2026-11-28"));  // due on the day, flagged the day after
  a.status = "archived";
  EXPECT_FALSE(review_due(a, "2027-01-01"));
  EXPECT_EQ(review_due_after_publish("", "2024-02-29", 12), "2025-02-28");
  EXPECT_EQ(review_due_after_publish("2026-01-01", "2026-06-01", 3), "2026-09-01");  // a past date is replaced
}

TEST(KnowledgeRatings, AverageHasOneDecimal) {
  EXPECT_FALSE(rating_average(0, 0));
  EXPECT_DOUBLE_EQ(*rating_average(7, 2), 3.5);
  EXPECT_DOUBLE_EQ(*rating_average(14, 3), 4.7);
  EXPECT_DOUBLE_EQ(*rating_average(5, 1), 5.0);
  EXPECT_THROW(parse_rating({{"stars", 0}}), ProblemError);
  EXPECT_THROW(parse_rating({{"stars", 3}, {"extra", 1}}), ProblemError);
  EXPECT_EQ(parse_rating({{"stars", 4}, {"comment", " Jelas "}}).comment, "Jelas");
}

TEST(KnowledgeArticles, AKnownErrorNeedsItsSymptomAndWorkaround) {
  Article a = article("collected");
  a.kind = "known_error";
  a.symptom = "Layar putih";
  EXPECT_THROW(check_article(a), ProblemError);
  a.workaround = "Hapus cache";
  EXPECT_NO_THROW(check_article(a));
  a.kind = "faq";
  EXPECT_THROW(check_article(a), ProblemError);
  EXPECT_THROW(parse_article({{"kind", "blog"}, {"title", "Judul"}, {"summary", "s"}, {"body", "b"}}, true), ProblemError);
  auto in = parse_article({{"keywords", {"VPN", " VPN ", "kantor"}}}, false);
  EXPECT_EQ(*in.keywords, (std::vector<std::string>{"VPN", "kantor"}));
}

TEST(KnowledgeVisibility, DraftsAreForTheirAgencyTheIctOfficeAndReaders) {
  auto draft = article("processed");
  EXPECT_TRUE(may_see(person(auth::Role::agency_operator, 7), draft));
  EXPECT_FALSE(may_see(person(auth::Role::agency_operator, 8), draft));
  EXPECT_TRUE(may_see(person(auth::Role::agency_operator, 8), article("published")));
  EXPECT_TRUE(may_see(person(auth::Role::superadmin), draft));
  EXPECT_TRUE(may_see(person(auth::Role::auditor), draft));
  EXPECT_FALSE(may_see(person(auth::Role::citizen), article("published")));
  EXPECT_TRUE(may_edit(person(auth::Role::agency_operator, 7), draft));
  EXPECT_FALSE(may_edit(person(auth::Role::agency_operator, 8), article("published")));
  EXPECT_FALSE(may_edit(person(auth::Role::leadership), draft));
}

TEST(FullTextQuery, WhatIsTypedBecomesPlainPrefixWords) {
  auto words = ft::words("  Printer \"jaringan\" OR (VPN) & !kantor:* -- e-Office ");
  EXPECT_EQ(words, (std::vector<std::string>{"printer", "jaringan", "or", "vpn", "kantor", "e", "office"}));
  EXPECT_EQ(ft::fts5_query({"printer", "or"}), "\"printer\"* \"or\"*");
  EXPECT_EQ(ft::fts5_query({"printer", "vpn"}, ft::Match::any), "\"printer\"* OR \"vpn\"*");
  EXPECT_EQ(ft::tsquery({"printer", "vpn"}), "printer:* & vpn:*");
  EXPECT_EQ(ft::tsquery({"printer", "vpn"}, ft::Match::any), "printer:* | vpn:*");
  // Nothing left of quotes and operators alone; empty input gives an empty query.
  EXPECT_TRUE(ft::words("\"\" ' & | ! : * ( )").empty());
  EXPECT_EQ(ft::fts5_query({}), "");
  EXPECT_EQ(ft::tsquery({}, ft::Match::any), "");
  EXPECT_EQ(ft::query_text(db::Dialect::sqlite, {"sandi"}), "\"sandi\"*");
  EXPECT_EQ(ft::query_text(db::Dialect::postgresql, {"sandi"}), "sandi:*");
  // Indonesian letters stay in their words; at most 16 words are taken.
  EXPECT_EQ(ft::words("Pengaduan Café"), (std::vector<std::string>{"pengaduan", "café"}));
  EXPECT_EQ(ft::words(std::string(40, 'a') + std::string(" b c d e f g h i j k l m n o p q r s"), 16).size(), 16u);
  EXPECT_EQ(ft::searchable("LYN-2026-000123"), "LYN 2026 000123");
}

TEST(FullTextQuery, MatchedWordsAndSnippetsUseTheUsersWords) {
  EXPECT_EQ(ft::matched_words("Printer jaringan tidak terdeteksi", {"print", "vpn", "jaringan", "print"}),
            (std::vector<std::string>{"print", "jaringan"}));
  std::string body = "Paragraf pembuka yang panjang sekali tentang banyak hal lain.\n\nLalu atur ulang sandi SIMPEG di menu akun.";
  auto s = ft::snippet(body, {"sandi"}, 40);
  EXPECT_NE(s.find("sandi"), std::string::npos) << s;
  EXPECT_EQ(s.rfind("… ", 0), 0u) << s;
  EXPECT_EQ(s.find('\n'), std::string::npos) << s;
  EXPECT_EQ(ft::snippet("Pendek saja.", {"tidakada"}), "Pendek saja.");
}

TEST(KnowledgeSuggestions, OnlyTheWordsThatSayWhatTheTicketIsAbout) {
  EXPECT_EQ(suggestion_words("Printer di ruang keuangan tidak bisa mencetak sejak pagi, printer lain juga"),
            (std::vector<std::string>{"printer", "ruang", "keuangan", "mencetak", "pagi"}));
  EXPECT_EQ(suggestion_words("VPN ke PC 2 putus"), (std::vector<std::string>{"vpn", "putus"}));
  EXPECT_EQ(suggestion_words("Wi 5G"), (std::vector<std::string>{"5g"}));
  EXPECT_TRUE(suggestion_words("di ke yang").empty());
  auto why = why_suggested({"printer", "jaringan"}, "SIMPEG");
  EXPECT_EQ(why.id, "Cocok dengan: printer, jaringan; terkait aplikasi SIMPEG");
  EXPECT_EQ(why.en, "Matches: printer, jaringan; linked to the application SIMPEG");
}
