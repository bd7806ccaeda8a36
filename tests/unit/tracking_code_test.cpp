// Tracking codes of public complaints: 80 random bits as 16 Crockford base-32 characters
// in groups of four; read back ignoring case, dashes and look-alike letters; stored only
// as a hash (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4) huruf h).
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/problem.h"
#include "modules/complaints/rules.h"
#include "modules/complaints/tracking_code.h"

using namespace simpul;
using namespace simpul::modules::complaints;

TEST(TrackingCode, EncodesEightyBitsAsSixteenCrockfordCharactersInGroupsOfFour) {
  TrackingBits zeros{};
  EXPECT_EQ(encode_tracking_code(zeros), "0000-0000-0000-0000");
  TrackingBits ones;
  ones.fill(0xff);
  EXPECT_EQ(encode_tracking_code(ones), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
  // 0x00 0x44 0x32 0x14 0xC7 …: five bits at a time, most significant first.
  TrackingBits counting{0x00, 0x44, 0x32, 0x14, 0xC7, 0x42, 0x54, 0xB6, 0x35, 0xCF};
  EXPECT_EQ(encode_tracking_code(counting), "0123-4567-89AB-CDEF");
}

TEST(TrackingCode, NewCodesHaveTheShapeAndDoNotRepeat) {
  std::regex shape("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    auto code = new_tracking_code();
    EXPECT_TRUE(std::regex_match(code, shape)) << code;
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(TrackingCode, ReadingIgnoresCaseDashesSpacesAndLookAlikes) {
  EXPECT_EQ(normalise_tracking_code("7QK2-M9XD-R4TB-HC8N"), "7QK2-M9XD-R4TB-HC8N");
  EXPECT_EQ(normalise_tracking_code("7qk2m9xdr4tbhc8n"), "7QK2-M9XD-R4TB-HC8N");
  EXPECT_EQ(normalise_tracking_code(" 7qk2 m9xd-r4tb hc8n "), "7QK2-M9XD-R4TB-HC8N");
  EXPECT_EQ(normalise_tracking_code("OIL0-0000-0000-0000"), "0110-0000-0000-0000");
}

TEST(TrackingCode, AnythingElseIsNoCode) {
  for (const char* typed : {"", "7QK2-M9XD-R4TB-HC8", "7QK2-M9XD-R4TB-HC8NN", "7QK2-M9XD-R4TB-HC8U",
                            "7QK2_M9XD_R4TB_HC8N", "7QK2-M9XD-R4TB-HC8%", "' OR 1=1 --", "../../etc/passwd"})
    EXPECT_FALSE(normalise_tracking_code(typed)) << typed;
  EXPECT_FALSE(normalise_tracking_code(std::string(1000, '-') + "7QK2M9XDR4TBHC8N"));
}

TEST(TrackingCode, StoredHashIsSha256OfTheCanonicalForm) {
  auto hash = tracking_code_hash("7QK2-M9XD-R4TB-HC8N");
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash, tracking_code_hash(*normalise_tracking_code("7qk2m9xdr4tbhc8n")));
  EXPECT_NE(hash, tracking_code_hash("7QK2-M9XD-R4TB-HC8M"));
  EXPECT_EQ(tracking_code_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

namespace {

nlohmann::json valid_complaint() {
  return {{"service_id", 3},
          {"title", "Antrean puskesmas terlalu lama"},
          {"description", "Saya menunggu empat jam.\nMohon perbaikan."},
          {"reporter", {{"name", "Siti"}, {"email", "siti@contoh.id"}}},
          {"website", ""}};
}

std::vector<std::string> refused_fields(const nlohmann::json& body) {
  try {
    parse_complaint(body);
  } catch (const ProblemError& e) {
    EXPECT_EQ(e.problem().status, 422);
    std::vector<std::string> out;
    for (const auto& err : e.problem().errors) out.push_back(err.field);
    return out;
  }
  return {};
}

}  // namespace

TEST(PublicComplaintRules, AcceptsPlainTextAsTyped) {
  auto body = valid_complaint();
  body["title"] = "<script>alert(1)</script> antre";
  auto in = parse_complaint(body);
  EXPECT_EQ(in.title, "<script>alert(1)</script> antre");
  EXPECT_EQ(in.description, "Saya menunggu empat jam.\nMohon perbaikan.");
  EXPECT_EQ(in.service_id, 3);
  EXPECT_EQ(in.reporter.name, "Siti");
  EXPECT_EQ(in.reporter.email, "siti@contoh.id");
}

TEST(PublicComplaintRules, TheTrapFieldMustStayEmpty) {
  auto body = valid_complaint();
  body["website"] = "http://spam.example";
  EXPECT_EQ(refused_fields(body), std::vector<std::string>{"website"});
  body.erase("website");
  EXPECT_TRUE(refused_fields(body).empty());
}

TEST(PublicComplaintRules, ControlCharactersAreRefusedButLineBreaksKept) {
  auto body = valid_complaint();
  body["description"] = std::string("Ada karakter \x07 aneh di sini");
  EXPECT_EQ(refused_fields(body), std::vector<std::string>{"description"});
  body = valid_complaint();
  body["title"] = "Judul\ndua baris";
  EXPECT_EQ(refused_fields(body), std::vector<std::string>{"title"});
}

TEST(PublicComplaintRules, LengthsReporterAndPlaceAreChecked) {
  auto body = valid_complaint();
  body["title"] = "Ant";
  body["description"] = "pendek";
  body.erase("service_id");
  body["reporter"] = {{"name", "S"}, {"email", "bukan-email"}};
  auto fields = refused_fields(body);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"agency_id", "description", "reporter.email", "reporter.name", "title"}));
  body = valid_complaint();
  body.erase("reporter");
  body["kind"] = "incident";
  fields = refused_fields(body);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"kind", "reporter.name"}));
}

TEST(PublicComplaintRules, ReplyIsOneBodyOfPlainText) {
  EXPECT_EQ(parse_reply({{"body", "Terima kasih,\nsudah saya coba."}}), "Terima kasih,\nsudah saya coba.");
  EXPECT_THROW(parse_reply({{"body", ""}}), ProblemError);
  EXPECT_THROW(parse_reply({{"body", "ok"}, {"visibility", "internal"}}), ProblemError);
  EXPECT_THROW(parse_reply({{"body", std::string("a\x1b[2Jb")}}), ProblemError);
}
