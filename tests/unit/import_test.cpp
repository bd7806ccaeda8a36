// Reading import spreadsheets (src/import): CSV and XLSX into rows, cells into field
// values, headers into fields, and errors placed at the row and column the user sees.
#include <gtest/gtest.h>

#include "export/xlsx.h"
#include "import/columns.h"
#include "import/csv_reader.h"
#include "import/xlsx_reader.h"

using namespace simpul;
using namespace simpul::import;

namespace {

std::optional<int64_t> demo_agencies(const std::string& name) {
  if (name == "DINKES" || name == "dinkes" || name == "Dinas Kesehatan") return 7;
  return std::nullopt;
}

const std::vector<Column> kColumns = {
    {"code", {"Kode", "Code"}, ColumnKind::text, true},
    {"name", {"Nama", "Name"}, ColumnKind::text, true},
    {"owner_agency_id", {"Perangkat Daerah", "Agency"}, ColumnKind::agency, true},
    {"uptime", {"Komitmen Uptime", "Uptime"}, ColumnKind::number, false},
    {"open_source", {"Sumber Terbuka", "Open source"}, ColumnKind::boolean, false},
    {"issued", {"Tanggal Terbit", "Issued"}, ColumnKind::date, false},
    {"keywords", {"Kata Kunci", "Keywords"}, ColumnKind::list, false},
};

}  // namespace

TEST(ImportCsv, CommaOrSemicolonQuotesAndByteOrderMark) {
  auto t = read_csv("\xEF\xBB\xBFKode;Nama\nA-1;\"Sistem; Informasi\"\n\n;\nB-2;\"Kata \"\"kutip\"\"\nbaris dua\"\n");
  ASSERT_EQ(t.header, (std::vector<std::string>{"Kode", "Nama"}));
  ASSERT_EQ(t.rows.size(), 2u);  // the blank rows are left out
  EXPECT_EQ(t.rows[0].number, 2);
  EXPECT_EQ(t.rows[0].cells[1], "Sistem; Informasi");
  EXPECT_EQ(t.rows[1].number, 5);
  EXPECT_EQ(t.rows[1].cells[1], "Kata \"kutip\"\nbaris dua");
  auto commas = read_csv("Kode,Nama\r\nA-1,SIMPEG\r\n");
  ASSERT_EQ(commas.rows.size(), 1u);
  EXPECT_EQ(commas.rows[0].cells, (std::vector<std::string>{"A-1", "SIMPEG"}));
}

TEST(ImportCsv, RefusesWhatItCannotRead) {
  EXPECT_THROW(read_csv("Kode,Nama\nA,\"tidak ditutup\n"), UnreadableFile);
  try {
    read_csv("Kode\nSurabaya\xE9\n");  // Latin-1, not UTF-8
    FAIL() << "Latin-1 text must be refused";
  } catch (const UnreadableFile& e) {
    EXPECT_NE(e.why().id.find("UTF-8"), std::string::npos);
  }
  ReadLimits small;
  small.max_rows = 2;
  EXPECT_THROW(read_csv("Kode\n1\n2\n3\n4\n", small), UnreadableFile);
}

TEST(ImportXlsx, ReadsTheFirstSheetAsWrittenBySpreadsheetPrograms) {
  xlsx::Sheet sheet{"Aplikasi", {"Kode", "Nama", "Tahun"}, {}, {}};
  sheet.rows.push_back({std::string("APP-1"), std::string("SIMPEG – Kepegawaian"), int64_t{2024}});
  sheet.rows.push_back({std::monostate{}, std::monostate{}, std::monostate{}});  // blank: left out
  sheet.rows.push_back({std::string("APP-2"), std::monostate{}, int64_t{3577010101900001}});
  auto t = read_xlsx(xlsx::write_workbook({sheet}));
  ASSERT_EQ(t.header, (std::vector<std::string>{"Kode", "Nama", "Tahun"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].number, 2);
  EXPECT_EQ(t.rows[0].cells[1], "SIMPEG – Kepegawaian");
  EXPECT_EQ(t.rows[0].cells[2], "2024");
  EXPECT_EQ(t.rows[1].number, 4);
  EXPECT_EQ(t.rows[1].cells[0], "APP-2");
  EXPECT_EQ(t.rows[1].cells[1], "");  // a gap keeps the later cells in their columns
}

TEST(ImportXlsx, RefusesFilesThatAreNotWorkbooks) {
  EXPECT_THROW(read_xlsx("Kode,Nama\nA,B\n"), UnreadableFile);
  EXPECT_THROW(read_xlsx(std::string("PK\x03\x04garbage", 11)), UnreadableFile);
  EXPECT_THROW(read_xlsx(""), UnreadableFile);
}

TEST(ImportCells, EachKindReadsWhatPeopleType) {
  auto value = [](const std::string& cell, ColumnKind kind) { return read_cell(cell, kind, demo_agencies); };
  EXPECT_FALSE(value("   ", ColumnKind::text).value);  // empty: the field is left out
  EXPECT_EQ(*value("  SIMPEG ", ColumnKind::text).value, "SIMPEG");
  EXPECT_EQ(*value("12", ColumnKind::integer).value, 12);
  EXPECT_EQ(*value("12.0", ColumnKind::integer).value, 12);
  EXPECT_TRUE(value("12,5", ColumnKind::integer).error);
  EXPECT_EQ(*value("99,5", ColumnKind::number).value, 99.5);
  EXPECT_EQ(*value("99.9", ColumnKind::number).value, 99.9);
  EXPECT_TRUE(value("tinggi", ColumnKind::number).error);
  EXPECT_EQ(*value("Ya", ColumnKind::boolean).value, true);
  EXPECT_EQ(*value("tidak", ColumnKind::boolean).value, false);
  EXPECT_EQ(*value("FALSE", ColumnKind::boolean).value, false);
  EXPECT_TRUE(value("mungkin", ColumnKind::boolean).error);
  EXPECT_EQ(*value("2026-03-31", ColumnKind::date).value, "2026-03-31");
  EXPECT_EQ(*value("31/03/2026", ColumnKind::date).value, "2026-03-31");
  EXPECT_EQ(*value("1-4-2026", ColumnKind::date).value, "2026-04-01");
  EXPECT_EQ(*value("46112", ColumnKind::date).value, "2026-03-31");  // a spreadsheet date cell
  EXPECT_EQ(*value("45351", ColumnKind::date).value, "2024-02-29");
  EXPECT_TRUE(value("31/02/2026", ColumnKind::date).error);
  EXPECT_TRUE(value("besok", ColumnKind::date).error);
  EXPECT_EQ(*value("data; kependudukan ;\nNIK;", ColumnKind::list).value,
            (nlohmann::json{"data", "kependudukan", "NIK"}));
  EXPECT_EQ(*value("DINKES", ColumnKind::agency).value, 7);
  EXPECT_EQ(*value("DINKES; Dinas Kesehatan", ColumnKind::agencies).value, (nlohmann::json{7, 7}));
  EXPECT_TRUE(value("DINKES; Dinas Pariwisata", ColumnKind::agencies).error);
  auto unknown = value("Dinas Pariwisata", ColumnKind::agency);
  ASSERT_TRUE(unknown.error);
  EXPECT_NE(unknown.error->id.find("tidak dikenal"), std::string::npos);
}

TEST(ImportColumns, HeadersInEitherLanguageBecomeFields) {
  Table t{{"code", "NAMA", "Perangkat Daerah", "Kata Kunci"}, {{2, {"A-1", "SIMPEG", "dinkes", "a;b"}}}};
  auto m = map_rows(t, kColumns, demo_agencies);
  ASSERT_TRUE(m.errors.empty());
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].row, 2);
  EXPECT_EQ(m.rows[0].body, (nlohmann::json{{"code", "A-1"}, {"name", "SIMPEG"}, {"owner_agency_id", 7},
                                            {"keywords", {"a", "b"}}}));
  EXPECT_EQ(m.letters.at("owner_agency_id"), "C");
}

TEST(ImportColumns, WrongHeadersAreReportedBeforeAnyRow) {
  Table t{{"Kode", "Nama", "Warna", "Nama"}, {{2, {"A-1", "X", "merah", "Y"}}}};
  auto m = map_rows(t, kColumns, demo_agencies);
  ASSERT_EQ(m.errors.size(), 3u);
  EXPECT_EQ(m.errors[0].row, 1);
  EXPECT_EQ(m.errors[0].column, "C");  // "Warna" is not a known column
  EXPECT_NE(m.errors[0].message.id.find("Kode"), std::string::npos);  // the known ones are listed
  EXPECT_EQ(m.errors[1].column, "D");  // "Nama" twice
  EXPECT_EQ(m.errors[2].field, "owner_agency_id");  // a required column is missing
  EXPECT_TRUE(m.rows.empty());
}

TEST(ImportColumns, EveryBadCellIsReportedWithRowAndColumn) {
  Table t{{"Kode", "Nama", "Perangkat Daerah", "Komitmen Uptime"},
          {{2, {"A-1", "SIMPEG", "DINKES", "99,5"}},
           {3, {"A-2", "SIKDA", "Dinas Pariwisata", "tinggi"}},
           {5, {"A-3", "X", "DINKES", "", "lebih"}}}};
  auto m = map_rows(t, kColumns, demo_agencies);
  ASSERT_EQ(m.errors.size(), 3u);
  EXPECT_EQ((std::pair{m.errors[0].row, m.errors[0].column}), (std::pair{3, std::string("C")}));
  EXPECT_EQ((std::pair{m.errors[1].row, m.errors[1].column}), (std::pair{3, std::string("D")}));
  EXPECT_EQ((std::pair{m.errors[2].row, m.errors[2].column}), (std::pair{5, std::string("E")}));  // no header
  EXPECT_EQ(m.rows.size(), 3u);
}

TEST(ImportColumns, TheRegistrysFieldErrorsLandInTheirColumns) {
  Table t{{"Kode", "Nama"}, {{2, {"a", "b"}}}};
  auto m = map_rows(t, {kColumns[0], kColumns[1]}, demo_agencies);
  std::vector<FieldError> placed;
  place_errors(m, 7, {{"name", {"Nama wajib.", "Name required."}}, {"code", {"x", "x"}}, {"steps[1].name", {"y", "y"}}},
               placed);
  ASSERT_EQ(placed.size(), 3u);
  EXPECT_EQ((std::pair{placed[0].row, placed[0].column}), (std::pair{7, std::string("B")}));
  EXPECT_EQ(placed[1].column, "A");
  EXPECT_EQ(placed[2].column, "");  // not a column of this sheet
}

TEST(ImportTable, ColumnLetters) {
  EXPECT_EQ(column_letter(0), "A");
  EXPECT_EQ(column_letter(25), "Z");
  EXPECT_EQ(column_letter(26), "AA");
  EXPECT_EQ(column_letter(701), "ZZ");
  EXPECT_EQ(column_letter(702), "AAA");
}
