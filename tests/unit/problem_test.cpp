#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/problem.h"

using namespace simpul;

TEST(Problem, SerialisesRfc9457FieldsInIndonesianByDefault) {
  Problem p = Problem::not_found({"Daerah tidak ditemukan.", "Region not found."});
  auto j = problem_to_json(p, Lang::id, "/api/v1/regions/x", "abc123");
  EXPECT_EQ(j["type"], "urn:simpul:problem:not-found");
  EXPECT_EQ(j["status"], 404);
  EXPECT_EQ(j["title"], "Tidak ditemukan");
  EXPECT_EQ(j["detail"], "Daerah tidak ditemukan.");
  EXPECT_EQ(j["instance"], "/api/v1/regions/x");
  EXPECT_EQ(j["request_id"], "abc123");
  EXPECT_FALSE(j.contains("errors"));
}

TEST(Problem, SpeaksEnglishWhenAsked) {
  auto j = problem_to_json(Problem::unsupported_media_type(), Lang::en, "/x", "");
  EXPECT_EQ(j["title"], "Unsupported media type");
  EXPECT_NE(j["detail"].get<std::string>().find("application/json"), std::string::npos);
  EXPECT_FALSE(j.contains("request_id"));
}

TEST(Problem, ListsFieldErrors) {
  auto p = Problem::validation_failed({{"message", {"Wajib diisi.", "Required."}}});
  auto j = problem_to_json(p, Lang::en, "/x", "r");
  EXPECT_EQ(j["status"], 422);
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["field"], "message");
  EXPECT_EQ(j["errors"][0]["message"], "Required.");
}

TEST(Problem, LimitsAreNamedInTheDetail) {
  auto j = problem_to_json(Problem::payload_too_large(1024), Lang::en, "", "");
  EXPECT_EQ(j["status"], 413);
  EXPECT_NE(j["detail"].get<std::string>().find("1024"), std::string::npos);
}

TEST(Problem, EveryCatalogueSlugHasBothTitles) {
  for (auto p : {Problem::bad_request({}), Problem::malformed_json({}), Problem::not_found({}),
                 Problem::method_not_allowed(), Problem::request_timeout(), Problem::precondition_failed({}),
                 Problem::payload_too_large(1), Problem::unsupported_media_type(), Problem::validation_failed({}),
                 Problem::headers_too_large(1), Problem::internal(), Problem::unavailable({})}) {
    auto t = problem_title(p.slug);
    EXPECT_NE(t.id, "Kesalahan") << p.slug;
    EXPECT_NE(t.id, t.en) << p.slug;
  }
}

TEST(Lang, PrefersEnglishOnlyWhenClientDoes) {
  EXPECT_EQ(preferred_language(""), Lang::id);
  EXPECT_EQ(preferred_language("en-US,en;q=0.9"), Lang::en);
  EXPECT_EQ(preferred_language("id-ID,id;q=0.9,en;q=0.8"), Lang::id);
  EXPECT_EQ(preferred_language("en;q=0.5,id;q=0.9"), Lang::id);
  EXPECT_EQ(preferred_language("fr-FR"), Lang::id);
  EXPECT_EQ(preferred_language("english"), Lang::id);
}

#include "core/json_text.h"

TEST(JsonText, EscapesExactlyWhatJsonRequires) {
  std::string out;
  append_json_string(out, "Dinas \"Kominfo\"\\\n\t\x01 é");
  EXPECT_EQ(out, "\"Dinas \\\"Kominfo\\\"\\\\\\n\\t\\u0001 é\"");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), "Dinas \"Kominfo\"\\\n\t\x01 é");
}

#include "core/clock.h"

TEST(Clock, FilterTimesAreCheckedAndNormalised) {
  EXPECT_TRUE(is_rfc3339_utc("2026-11-22T17:00:00Z"));
  EXPECT_TRUE(is_rfc3339_utc("2026-11-22T17:00:00.5Z"));
  EXPECT_FALSE(is_rfc3339_utc("garbage"));
  EXPECT_FALSE(is_rfc3339_utc("2026-11-22 17:00:00"));
  EXPECT_EQ(normalise_rfc3339("2026-11-22T17:00:00Z"), "2026-11-22T17:00:00.000Z");
  EXPECT_EQ(normalise_rfc3339("2026-11-22T17:00:00.5Z"), "2026-11-22T17:00:00.500Z");
  EXPECT_EQ(normalise_rfc3339("2026-11-22T17:00:00.123456Z"), "2026-11-22T17:00:00.123Z");
}

TEST(Problem, ExtensionMembersAreAddedButNeverOverrideStandardOnes) {
  Problem p = Problem::of("account-locked", 403, {"Terkunci.", "Locked."});
  p.extensions = {{"locked_until", "2026-11-22T07:30:00.000Z"}, {"status", 200}};
  auto j = problem_to_json(p, Lang::en, "/api/v1/auth/login", "r1");
  EXPECT_EQ(j["locked_until"], "2026-11-22T07:30:00.000Z");
  EXPECT_EQ(j["status"], 403);
}
