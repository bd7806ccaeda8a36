// The PDF writer and the compliance report built on it: a file that starts with %PDF, whose
// text pdftotext (poppler-utils) reads back — Indonesian letters included, characters the
// font lacks as "?" — with tables that break across numbered pages; the radar and line charts
// keep to the page count a flow of their size makes and their labels come back as text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "export/pdf.h"
#include "modules/compliance/report.h"
#include "profiles/loader.h"

using namespace simpul;

namespace {

// The text of a PDF as pdftotext reads it (empty when the tool is missing).
std::string pdf_text(const std::string& bytes) {
  char path[] = "/tmp/simpul-pdf-test-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  std::ofstream(path, std::ios::binary) << bytes;
  std::string command = std::string("pdftotext -q ") + path + " - 2>/dev/null";
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  std::remove(path);
  return out;
}

// Lines joined by single spaces: a phrase reads the same whichever line a table cell broke it at.
std::string flat(const std::string& text) {
  std::string out;
  for (char ch : text) {
    bool space = ch == ' ' || ch == '\n' || ch == '\f' || ch == '\t';
    if (!space) out += ch;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

bool has_pdftotext() { return std::system("command -v pdftotext >/dev/null 2>&1") == 0; }

// The number of pages, from the last "Halaman n dari m" footer.
int pages_of(const std::string& text) {
  auto last = text.rfind("Halaman ");
  int page = 0, pages = 0;
  if (last == std::string::npos || std::sscanf(text.c_str() + last, "Halaman %d dari %d", &page, &pages) != 2) return 0;
  return pages;
}

const std::vector<std::string> kAspects = {"Kebijakan Internal Tata Kelola SPBE",
                                           "Perencanaan Strategis SPBE",
                                           "Teknologi Informasi dan Komunikasi",
                                           "Penyelenggara SPBE",
                                           "Penerapan Manajemen SPBE",
                                           "Pelaksanaan Audit TIK",
                                           "Layanan Administrasi Pemerintahan Berbasis Elektronik",
                                           "Layanan Publik Berbasis Elektronik"};

pdf::RadarSeries series(const std::string& label, std::vector<std::optional<double>> values, const char* hex) {
  return {label, std::move(values), pdf::colour(hex)};
}

}  // namespace

TEST(Pdf, WritesAFileThatStartsWithPdf) {
  pdf::Document d("Uji", "Simpul");
  d.title("Laporan");
  auto bytes = d.finish();
  ASSERT_GT(bytes.size(), 200u);
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
}

TEST(Pdf, FinishingTwiceIsAnErrorNotACrash) {
  pdf::Document d("Uji", "Simpul");
  d.finish();
  EXPECT_THROW(d.finish(), std::logic_error);
}

TEST(Pdf, TextComesBackThroughPdftotext) {
  if (!has_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  pdf::Document d("Uji", "Laporan uji");
  d.title("Laporan Kepatuhan SPBE");
  d.facts({{"Perangkat daerah", "Dinas Komunikasi dan Informatika"}});
  d.paragraph("Kafé “Kopi” – sesuai Pasal 20 ayat (1); huruf 漢 tidak ada di fon.");
  d.stacked_bar("Sebaran status", {{"Dipenuhi (3)", 3, pdf::colour("#15803d")}, {"Terlambat (1)", 1, pdf::colour("#b91c1c")}});
  d.bar_chart("Persentase", {{"Dinas Kesehatan", 0.5, "50,0%"}}, 1.0, pdf::colour("#15803d"));
  d.signature({{"Madiun, 1 Januari 2026", "Mengetahui,", "Kepala Dinas Kesehatan"}, "Budi Santoso", {"NIP 1980"}});
  auto text = pdf_text(d.finish());
  for (const char* expected : {"Laporan Kepatuhan SPBE", "Dinas Komunikasi dan Informatika", "Kafé “Kopi” – sesuai",
                               "huruf ? tidak", "Dipenuhi (3)", "Terlambat (1)", "Dinas Kesehatan", "50,0%", "Mengetahui,",
                               "Budi Santoso", "NIP 1980", "Halaman 1 dari 1"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST(Pdf, LongTablesBreakAcrossNumberedPages) {
  if (!has_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  pdf::Document d("Uji", "Laporan uji");
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 150; ++i)
    rows.push_back({"Pasal " + std::to_string(i), std::string(40, 'x') + " kalimat kewajiban yang panjang sekali"});
  d.table({{"Pasal", 1}, {"Kewajiban", 4}}, rows);
  auto text = pdf_text(d.finish());
  EXPECT_NE(text.find("Pasal 149"), std::string::npos);
  EXPECT_NE(text.find("Halaman 1 dari "), std::string::npos);
  auto last = text.rfind("Halaman ");
  ASSERT_NE(last, std::string::npos);
  int page = 0, pages = 0;
  ASSERT_EQ(std::sscanf(text.c_str() + last, "Halaman %d dari %d", &page, &pages), 2);
  EXPECT_GT(pages, 2);
  EXPECT_EQ(page, pages);
}

TEST(Pdf, WinAnsiCoversIndonesianAndReplacesTheRest) {
  EXPECT_EQ(pdf::to_cp1252("Rp 1.000 – é"), "Rp 1.000 \x96 \xE9");
  EXPECT_EQ(pdf::to_cp1252("\xE2\x80\x9C" "a" "\xE2\x80\x9D"), "\x93" "a" "\x94");
  EXPECT_EQ(pdf::to_cp1252("漢"), "?");
  EXPECT_EQ(pdf::to_cp1252("a\tb\nc"), "a b c");
  EXPECT_EQ(pdf::to_cp1252("\xC3"), "?");    // cut off
  EXPECT_EQ(pdf::to_cp1252("\xFF" "a"), "?a");  // no lead byte
}

TEST(Pdf, ColoursAreReadFromHex) {
  auto c = pdf::colour("#ff8000");
  EXPECT_FLOAT_EQ(c.r, 1.0f);
  EXPECT_NEAR(c.g, 0.502f, 0.001f);
  EXPECT_FLOAT_EQ(c.b, 0.0f);
  EXPECT_FLOAT_EQ(pdf::colour("red").r, 0.0f);
}

// --------------------------------------------------------------------------- radar and line charts

TEST(PdfCharts, RadarAndLineChartFitOnePageWithTheirLabels) {
  if (!has_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  pdf::Document d("Uji", "Laporan uji");
  d.title("Indeks");
  d.radar_chart("Indeks aspek", kAspects,
                {series("Penilaian mandiri", {3.0, 3.25, 3.0, 2.5, 1.0, 1.0, 3.9, 3.17}, "#1d4ed8"),
                 series("Hasil evaluasi", {2.0, 3.0, std::nullopt, 2.5, 1.5, 1.0, 3.5, 3.0}, "#b91c1c")},
                5);
  d.line_chart("Tren indeks", {{"2023", 2.11, "2,11"}, {"2024", 2.48, "2,48"}, {"2025", 2.95, "2,95"}}, 1, 5,
               pdf::colour("#1d4ed8"), {{"Target 2,60", 2.6, pdf::colour("#15803d")}});
  auto text = pdf_text(d.finish());
  EXPECT_EQ(pages_of(text), 1) << text;
  for (const char* expected : {"Indeks aspek", "Penerapan Manajemen SPBE", "Pelaksanaan Audit TIK", "Penilaian mandiri",
                               "Hasil evaluasi", "Tren indeks", "2023", "2024", "2025", "2,11", "2,48", "2,95",
                               "Target 2,60"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  // A long spoke label wraps beside its spoke; its words all come back.
  for (const char* word : {"Administrasi", "Pemerintahan", "Berbasis", "Elektronik"})
    EXPECT_NE(text.find(word), std::string::npos) << word;
}

TEST(PdfCharts, ChartsThatDoNotFitStartANewPage) {
  if (!has_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  pdf::Document d("Uji", "Laporan uji");
  for (int i = 0; i < 3; ++i)
    d.radar_chart("Radar " + std::to_string(i), kAspects, {series("Mandiri", {1.0, 2.0, 3.0, 4.0, 5.0, 4.0, 3.0, 2.0}, "#1d4ed8")}, 5);
  d.line_chart("Satu tahun", {{"2026", 3.28, "3,28"}}, 1, 5, pdf::colour("#1d4ed8"));
  auto text = pdf_text(d.finish());
  // Two radars (about 300 points each) fill an A4 page; the third and the line chart go on the next.
  EXPECT_EQ(pages_of(text), 2) << text;
  EXPECT_NE(text.find("Radar 2"), std::string::npos);
  EXPECT_NE(text.find("3,28"), std::string::npos);
  // One series: no legend.
  EXPECT_EQ(text.find("Mandiri"), std::string::npos);
}

TEST(PdfCharts, ChartsWithNothingToDrawAreLeftOut) {
  pdf::Document d("Uji", "Laporan uji");
  d.radar_chart("Dua jari-jari", {"A", "B"}, {}, 5);
  d.line_chart("Tanpa titik", {}, 1, 5, pdf::colour("#1d4ed8"));
  d.line_chart("Sumbu terbalik", {{"2026", 3, "3"}}, 5, 1, pdf::colour("#1d4ed8"));
  auto bytes = d.finish();
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  if (!has_pdftotext()) return;
  auto text = pdf_text(bytes);
  for (const char* absent : {"Dua jari-jari", "Tanpa titik", "Sumbu terbalik"})
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
}

// --------------------------------------------------------------------------- compliance report

namespace cmp = simpul::modules::compliance;

TEST(ComplianceReport, DatesAndSentencesAsThePdfShowsThem) {
  EXPECT_EQ(cmp::long_date("2026-11-29"), "29 November 2026");
  EXPECT_EQ(cmp::long_date("2026-01-05"), "5 Januari 2026");
  EXPECT_EQ(cmp::long_date("kemarin"), "kemarin");
  EXPECT_EQ(cmp::shortened("Setiap perangkat daerah wajib", 100), "Setiap perangkat daerah wajib");
  EXPECT_EQ(cmp::shortened("Setiap perangkat daerah wajib menyampaikan", 30), "Setiap perangkat daerah wajib\u2026");
  EXPECT_EQ(cmp::shortened("ééééé", 3), "ééé\u2026");  // characters, not bytes
}

TEST(ComplianceReport, PdfCarriesTheAgencyTheCitationTheCountsAndTheSignOff) {
  if (!has_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const auto& profile = *profiles::find_builtin("madiun");
  const auto& o = profile.obligations.at(0);
  cmp::Report r;
  r.region_id = "kota-madiun";
  r.region_name = "Kota Madiun";
  r.agency_id = 7;
  r.agency_name = "Dinas Kesehatan";
  r.agency_short_name = "Dinkes";
  r.evaluation.today = "2026-11-29";
  r.signer = {"Kepala Dinas Kesehatan", "dr. Siti Aminah", "197501012000032001"};
  cmp::Subject agency;
  agency.kind = "agency", agency.id = "7", agency.name = "Dinas Kesehatan", agency.agency_id = 7;
  cmp::Finding late{&o, agency, {cmp::Status::overdue, "2026-10-01", {"Terlambat.", "Late."}, {}}, "data"};
  cmp::Finding done{&o, agency, {cmp::Status::met, "", {"Dipenuhi.", "Met."}, {{"statement", "1", {"SK 12/2026", "SK 12/2026"}, "", "2026-02-01"}}}, "statement"};
  r.evaluation.findings = {late, done};

  auto text = flat(pdf_text(cmp::report_pdf(r, profile)));
  for (const std::string& expected :
       {std::string("Laporan Kepatuhan SPBE"), std::string("Dinas Kesehatan"), profile.citation.short_name, o.article,
        std::string("29 November 2026"), std::string("Terlambat"), std::string("SK 12/2026 (2026-02-01)"),
        std::string("Mengetahui,"), std::string("Kepala Dinas Kesehatan"), std::string("dr. Siti Aminah"),
        std::string("NIP 197501012000032001"), std::string("Madiun, 29 November 2026"), std::string("50,0%")})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  EXPECT_EQ(cmp::report_file_stem(r), "kepatuhan-dinkes-2026-11-29");

  auto book = cmp::report_xlsx(r, profile);
  EXPECT_EQ(book.substr(0, 2), "PK");
}
