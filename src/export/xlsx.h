#pragma once
// Spreadsheets for the people who keep plans and budgets in Excel: a workbook is
// a list of sheets, each a header row and rows of text, whole numbers (rupiah,
// years) or blanks. Written with libxlsxwriter; the bytes come back for the HTTP
// answer, so no file is left behind.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace simpul::xlsx {

using Cell = std::variant<std::monostate, std::string, int64_t>;

struct Sheet {
  std::string name;  // at most 31 characters, no []:*?/\ (Excel's rule; checked)
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<int> money_columns;  // 0-based columns shown as rupiah (#,##0)
  // Optional lines above the header, in bold: a national form's heading block ("Nama UPR", "Periode").
  std::vector<std::vector<Cell>> preamble = {};
  // Optional background colours of single cells of `rows` (0-based), e.g. a risk level's colour.
  struct Fill {
    size_t row = 0, column = 0;
    std::string colour;  // #rrggbb
  };
  std::vector<Fill> fills = {};
};

// Throws std::runtime_error when libxlsxwriter fails or a sheet name is invalid.
std::string write_workbook(const std::vector<Sheet>& sheets);

// The Content-Type and Content-Disposition of a download named `file_stem`.xlsx.
inline constexpr const char* kContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
std::string attachment(const std::string& file_stem);

}  // namespace simpul::xlsx
