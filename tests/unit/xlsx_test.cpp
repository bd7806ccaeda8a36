// The workbook writer: an .xlsx is a zip of XML parts; the API tests open the
// exports with openpyxl, this checks the writer's own rules.
#include <gtest/gtest.h>

#include "export/xlsx.h"

using namespace simpul::xlsx;

TEST(Xlsx, WritesAZipWorkbook) {
  Sheet s{"Anggaran", {"Perangkat daerah", "Jumlah (Rp)"}, {{std::string("Dinas Kesehatan"), int64_t{1250000000}}, {Cell{}, int64_t{0}}}, {1}};
  auto bytes = write_workbook({s});
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
}

TEST(Xlsx, RefusesSheetNamesExcelCannotOpen) {
  EXPECT_THROW(write_workbook({Sheet{"a/b", {}, {}, {}}}), std::runtime_error);
  EXPECT_THROW(write_workbook({Sheet{std::string(32, 'x'), {}, {}, {}}}), std::runtime_error);
  EXPECT_THROW(write_workbook({Sheet{"", {}, {}, {}}}), std::runtime_error);
}

TEST(Xlsx, AttachmentNameIsSafe) {
  EXPECT_EQ(attachment("anggaran-2026"), "attachment; filename=\"anggaran-2026.xlsx\"");
  EXPECT_EQ(attachment("rencana \"induk\"/x"), "attachment; filename=\"rencana--induk--x.xlsx\"");
}
