#include "export/xlsx.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
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
  for (const auto& s : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    for (size_t c = 0; c < s.header.size(); ++c) {
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.header[c].c_str(), bold);
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           std::clamp<double>(static_cast<double>(s.header[c].size()) + 4, 12, 60), nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < s.rows.size(); ++r) {
      auto row = static_cast<lxw_row_t>(r + 1);
      for (size_t c = 0; c < s.rows[r].size(); ++c) {
        auto col = static_cast<lxw_col_t>(c);
        const Cell& cell = s.rows[r][c];
        if (auto* text = std::get_if<std::string>(&cell)) {
          if (!text->empty()) worksheet_write_string(ws, row, col, text->c_str(), nullptr);
        } else if (auto* number = std::get_if<int64_t>(&cell)) {
          bool is_money = std::find(s.money_columns.begin(), s.money_columns.end(), static_cast<int>(c)) != s.money_columns.end();
          // Rupiah totals stay exact: a double holds every integer below 2^53 (9 quadrillion).
          worksheet_write_number(ws, row, col, static_cast<double>(*number), is_money ? money : nullptr);
        }
      }
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
