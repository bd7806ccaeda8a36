// What Simpul accepts as an upload (src/files/file_rules.h) and the UTF-8 check it relies on.
#include <gtest/gtest.h>

#include "core/text.h"
#include "files/file_rules.h"

using namespace simpul;
using namespace simpul::files;

TEST(FileRules, MediaTypeLosesParametersAndCase) {
  EXPECT_EQ(bare_media_type("Application/PDF; charset=binary"), "application/pdf");
  EXPECT_EQ(bare_media_type("  text/csv  "), "text/csv");
  EXPECT_EQ(bare_media_type(""), "");
}

TEST(FileRules, AcceptsDocumentsWhoseBytesMatchTheirType) {
  EXPECT_FALSE(content_problem("application/pdf", "%PDF-1.7\n..."));
  EXPECT_FALSE(content_problem("image/png", std::string("\x89PNG\r\n\x1a\n\0\0", 10)));
  EXPECT_FALSE(content_problem("image/jpeg", "\xFF\xD8\xFF\xE0rest"));
  EXPECT_FALSE(content_problem("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               std::string("PK\x03\x04rest", 8)));
  EXPECT_FALSE(content_problem("text/csv", "nama;nik\nSiti;3577\n"));
  EXPECT_FALSE(content_problem("text/plain", "Diagram LAN Dinas Kesehatan – lantai 2"));
}

TEST(FileRules, RefusesBytesThatAreNotWhatTheTypeSays) {
  auto why = content_problem("application/pdf", "<script>alert(1)</script>");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("bukan PDF"), std::string::npos);
  EXPECT_TRUE(content_problem("image/png", "%PDF-1.4"));
  EXPECT_TRUE(content_problem("application/zip", "PK"));                       // too short for the signature
  EXPECT_TRUE(content_problem("text/plain", std::string("a\0b", 3)));          // NUL: binary
  EXPECT_TRUE(content_problem("text/csv", "nama\xC3\x28"));                    // broken UTF-8
}

TEST(FileRules, RefusesTypesThatAreNotAcceptedAndEmptyFiles) {
  EXPECT_FALSE(is_accepted_type("text/html"));
  EXPECT_FALSE(is_accepted_type("image/svg+xml"));  // can carry scripts
  EXPECT_FALSE(is_accepted_type("application/x-msdownload"));
  auto why = content_problem("text/html", "<html>");
  ASSERT_TRUE(why);
  EXPECT_NE(why->en.find("not accepted"), std::string::npos);
  EXPECT_NE(why->en.find("PDF"), std::string::npos);  // says what is accepted
  auto empty = content_problem("application/pdf", "");
  ASSERT_TRUE(empty);
  EXPECT_NE(empty->id.find("kosong"), std::string::npos);
  for (const auto& t : accepted_types()) EXPECT_TRUE(is_accepted_type(t.media_type)) << t.media_type;
}

TEST(FileRules, FileNamesAreMadeSafe) {
  EXPECT_EQ(safe_file_name("diagram-lan.pdf"), "diagram-lan.pdf");
  EXPECT_EQ(safe_file_name("C:\\Users\\op\\Desktop\\Denah LAN.pdf"), "Denah LAN.pdf");
  EXPECT_EQ(safe_file_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(safe_file_name("..hidden"), "hidden");
  EXPECT_EQ(safe_file_name("a\r\nb\"c.pdf"), "abc.pdf");
  EXPECT_EQ(safe_file_name(""), "berkas");
  EXPECT_EQ(safe_file_name("/"), "berkas");
  EXPECT_EQ(safe_file_name("Laporan Uji Aplikasi – final.pdf"), "Laporan Uji Aplikasi – final.pdf");
  std::string long_name(300, 'x');
  EXPECT_EQ(utf8_length(safe_file_name(long_name)), 200u);
  std::string long_indonesian;
  for (int i = 0; i < 150; ++i) long_indonesian += "é";  // two bytes each
  long_indonesian += long_indonesian;
  auto kept = safe_file_name(long_indonesian);
  EXPECT_EQ(utf8_length(kept), 200u);
  EXPECT_TRUE(is_valid_utf8(kept));  // never cut inside a character
}

TEST(FileRules, Sha256HexIsSixtyFourLowerCaseHexDigits) {
  EXPECT_TRUE(is_sha256_hex(std::string(64, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(64, 'A')));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a') + "g"));
  EXPECT_FALSE(is_sha256_hex("../" + std::string(61, 'a')));
}

TEST(FileRules, AttachmentHeaderKeepsTheNameForBrowsers) {
  EXPECT_EQ(attachment_header("denah.pdf"), "attachment; filename=\"denah.pdf\"; filename*=UTF-8''denah.pdf");
  EXPECT_EQ(attachment_header("Denah \"LAN\" é.pdf"),
            "attachment; filename=\"Denah _LAN_ __.pdf\"; filename*=UTF-8''Denah%20%22LAN%22%20%C3%A9.pdf");
}

TEST(Utf8, ValidAndInvalidSequences) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("Kota Madiun"));
  EXPECT_TRUE(is_valid_utf8("é€😀"));
  EXPECT_FALSE(is_valid_utf8("\x80"));              // a lone continuation byte
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // cut off
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));          // cut off
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}
