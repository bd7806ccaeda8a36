#include "import/importer.h"

#include <algorithm>

#include "files/file_rules.h"
#include "import/csv_reader.h"
#include "import/xlsx_reader.h"

namespace simpul::import {

namespace {
const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

Table read_upload(const http::Request& req) {
  std::string media_type = files::bare_media_type(req.header("content-type"));
  try {
    if (media_type == "text/csv") return read_csv(req.body);
    if (media_type == kXlsx) return read_xlsx(req.body);
  } catch (const UnreadableFile& e) {
    throw ProblemError(Problem::of("unreadable-file", 422, e.why()));
  }
  throw ProblemError(Problem::of("unsupported-file-type", 415,
                                 {"Impor menerima berkas XLSX atau CSV (UTF-8). Simpan lembar kerja Anda sebagai salah satunya.",
                                  "Import takes an XLSX or CSV (UTF-8) file. Save your spreadsheet as one of them."}));
}

void fail_with(std::vector<FieldError> errors, size_t rows) {
  std::stable_sort(errors.begin(), errors.end(), [](const FieldError& a, const FieldError& b) {
    return a.row != b.row ? a.row < b.row : a.column.size() != b.column.size() ? a.column.size() < b.column.size() : a.column < b.column;
  });
  auto count = std::to_string(errors.size());
  Problem p = Problem::of("import-invalid", 422,
                          {"Tidak ada yang disimpan: " + count + " isian belum benar. Perbaiki di lembar kerja (baris dan kolom tertera) lalu impor lagi.",
                           "Nothing was saved: " + count + " cells are not valid. Fix them in the spreadsheet (row and column given) and import again."});
  p.errors = std::move(errors);
  p.extensions = {{"rows", rows}};
  throw ProblemError(std::move(p));
}

void place_problem(const Mapped& mapped, int row, const Problem& problem, std::vector<FieldError>& out) {
  if (!problem.errors.empty()) return place_errors(mapped, row, problem.errors, out);
  place_errors(mapped, row, {FieldError{"", problem.detail}}, out);
}

FieldError repeated(const Mapped& mapped, int row, const std::string& field, const std::string& value, int first_row) {
  auto letter = mapped.letters.count(field) ? mapped.letters.at(field) : "";
  auto first = std::to_string(first_row);
  return {field, {"\"" + value + "\" sudah ada di baris " + first + " berkas ini; setiap baris harus berbeda.",
                  "\"" + value + "\" already appears in row " + first + " of this file; every row must differ."}, row, letter};
}

void refresh_statistics(db::Database& database, const std::string& table) {
  if (database.dialect() != db::Dialect::postgresql || table.empty()) return;
  database.write([&](db::Connection& c) { c.execute("ANALYZE " + table); });
}

http::Response answer(size_t rows, const std::vector<int64_t>* created) {
  nlohmann::json body = {{"rows", rows}};
  if (created) body["created"] = *created;
  else body["valid"] = true;
  return http::Response::json(created ? 201 : 200, body);
}

}  // namespace simpul::import
