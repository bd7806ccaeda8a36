#pragma once
// Bulk registration from a spreadsheet, all or nothing (issue: "import validates every
// row first and reports all errors by row and column, then writes all or nothing").
// A registry supplies its columns, how one row's body becomes a record (its own create
// rules, so a row is judged exactly as the same record typed into the form), and how a
// record is written with its audit entry. Everything runs in one transaction: any row
// in error, or a clash found while writing, and nothing is written.
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "db/database.h"
#include "http/message.h"
#include "import/columns.h"
#include "import/table.h"

namespace simpul::import {

// The uploaded spreadsheet by its Content-Type: CSV (text/csv) or XLSX. A file that is
// neither, or cannot be read, is a problem (415, 422) in the user's words.
Table read_upload(const http::Request& req);

// 422 import-invalid: every error with its row and column; nothing was written.
[[noreturn]] void fail_with(std::vector<FieldError> errors, size_t rows);

// The answer of a dry run ({rows, valid: true}) or of a write ({rows, created: [ids]}).
http::Response answer(size_t rows, const std::vector<int64_t>* created);

template <class Record>
struct Plan {
  std::vector<Column> columns;
  AgencyLookup agencies;
  // One row: its record, or what is wrong with it (field errors as the create route gives them).
  std::function<std::variant<Record, std::vector<FieldError>>(db::Connection&, const nlohmann::json& body)> prepare;
  // A collision with what is already stored or with an earlier row of the file (e.g. a
  // code in use); checked for every row before anything is written. Optional.
  std::function<std::optional<FieldError>(db::Connection&, const Record&)> clash;
  // Inside the transaction: inserts the record with its audit entry; answers its id.
  std::function<int64_t(db::Connection&, Record&)> write;
};

// Reads, checks every row, and (unless ?dry_run=true) writes them all in one transaction.
template <class Record>
http::Response run(AppContext& ctx, const http::Request& req, const Plan<Record>& plan) {
  Table table = read_upload(req);
  Mapped mapped = map_rows(table, plan.columns, plan.agencies);
  if (!mapped.errors.empty()) fail_with(std::move(mapped.errors), table.rows.size());
  if (mapped.rows.empty())
    throw ProblemError(Problem::of("unreadable-file", 422, {"Berkas tidak berisi baris data di bawah baris judul.",
                                                            "The file has no data rows below the header row."}));
  bool dry_run = req.query_param("dry_run").value_or("") == "true";
  auto check_all = [&](db::Connection& c) {
    std::vector<Record> records;
    std::vector<FieldError> errors;
    for (const auto& row : mapped.rows) {
      auto prepared = plan.prepare(c, row.body);
      if (auto* wrong = std::get_if<std::vector<FieldError>>(&prepared)) {
        place_errors(mapped, row.row, *wrong, errors);
        continue;
      }
      auto& record = std::get<Record>(prepared);
      if (plan.clash)
        if (auto clash = plan.clash(c, record)) place_errors(mapped, row.row, {*clash}, errors);
      records.push_back(std::move(record));
    }
    if (!errors.empty()) fail_with(std::move(errors), mapped.rows.size());
    return records;
  };
  if (dry_run) {
    ctx.db->read([&](db::Connection& c) { check_all(c); });
    return answer(mapped.rows.size(), nullptr);
  }
  auto ids = ctx.db->write([&](db::Connection& c) {
    auto records = check_all(c);
    std::vector<int64_t> created;
    created.reserve(records.size());
    for (auto& record : records) created.push_back(plan.write(c, record));
    return created;
  });
  return answer(mapped.rows.size(), &ids);
}

}  // namespace simpul::import
