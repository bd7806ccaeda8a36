#include "export/xlsx.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <vector>
#include <sstream>
#include <stdexcept>

#include <xlsxwriter.h>

namespace simpul::xlsx {

namespace {

void check_name(const std::string& name) {
  if (name.empty() || name.size() > 31 || name.find_first_of("[]:*?/\\") != std::string::npos)
    throw std::runtime_error("invalid sheet name: " + name);
}

// A temporary file that is removed whatever happens.
struct TempFile {
  std::string path;
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/simpul-xlsx-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemp(buf.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for the workbook");
    close(fd);
    path = buf.data();
  }
  ~TempFile() { std::remove(path.c_str()); }
};

void check(lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string(what) + ": " + lxw_strerror(e));
}

// One row of cells; `format_of(column)` gives each cell's format (or nullptr).
template <class FormatOf>
void write_row(lxw_worksheet* ws, lxw_row_t row, const std::vector<Cell>& cells, FormatOf format_of) {
  for (size_t c = 0; c < cells.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    const Cell& cell = cells[c];
    if (auto* text = std::get_if<std::string>(&cell)) {
      if (!text->empty()) worksheet_write_string(ws, row, col, text->c_str(), format_of(c));
    } else if (auto* number = std::get_if<int64_t>(&cell)) {
      // Rupiah totals stay exact: a double holds every integer below 2^53 (9 quadrillion).
      worksheet_write_number(ws, row, col, static_cast<double>(*number), format_of(c));
    } else if (lxw_format* format = format_of(c)) {
      worksheet_write_blank(ws, row, col, format);
    }
  }
}

// A solid background of `colour` (#rrggbb; white when unreadable), made once per colour.
lxw_format* fill_format(lxw_workbook* wb, std::map<std::string, lxw_format*>& made, const std::string& colour) {
  auto& format = made[colour];
  if (format) return format;
  unsigned long rgb = 0xFFFFFF;
  if (colour.size() == 7 && colour[0] == '#' && colour.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos)
    rgb = std::stoul(colour.substr(1), nullptr, 16);
  format = workbook_add_format(wb);
  format_set_pattern(format, LXW_PATTERN_SOLID);
  format_set_bg_color(format, static_cast<lxw_color_t>(rgb));
  return format;
}

}  // namespace

std::string write_workbook(const std::vector<Sheet>& sheets) {
  for (const auto& s : sheets) check_name(s.name);
  TempFile file;
  lxw_workbook* wb = workbook_new(file.path.c_str());
  if (!wb) throw std::runtime_error("cannot start a workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xD9E2F3);
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0");
  lxw_format* heading = workbook_add_format(wb);
  format_set_bold(heading);
  std::map<std::string, lxw_format*> fill_formats;  // one format per colour
  for (const auto& s : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    const auto top = static_cast<lxw_row_t>(s.preamble.size() + (s.preamble.empty() ? 0 : 1));  // a blank line below it
    for (size_t r = 0; r < s.preamble.size(); ++r)
      write_row(ws, static_cast<lxw_row_t>(r), s.preamble[r], [&](size_t) { return heading; });
    for (size_t c = 0; c < s.header.size(); ++c) {
      worksheet_write_string(ws, top, static_cast<lxw_col_t>(c), s.header[c].c_str(), bold);
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           std::clamp<double>(static_cast<double>(s.header[c].size()) + 4, 12, 60), nullptr);
    }
    worksheet_freeze_panes(ws, top + 1, 0);
    // The filled cells by (row, column): a region's register has a coloured cell on every row.
    std::map<std::pair<size_t, size_t>, const std::string*> fill_at;
    for (const auto& f : s.fills) fill_at[{f.row, f.column}] = &f.colour;
    for (size_t r = 0; r < s.rows.size(); ++r) {
      write_row(ws, static_cast<lxw_row_t>(top + 1 + r), s.rows[r], [&](size_t c) -> lxw_format* {
        if (auto f = fill_at.find({r, c}); f != fill_at.end()) return fill_format(wb, fill_formats, *f->second);
        bool is_money = std::find(s.money_columns.begin(), s.money_columns.end(), static_cast<int>(c)) != s.money_columns.end();
        return is_money ? money : nullptr;
      });
    }
  }
  check(workbook_close(wb), "cannot write the workbook");
  std::ifstream in(file.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string attachment(const std::string& file_stem) {
  std::string safe;
  for (char ch : file_stem) safe += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '-';
  return "attachment; filename=\"" + safe + ".xlsx\"";
}

}  // namespace simpul::xlsx
