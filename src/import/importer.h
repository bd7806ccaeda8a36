#pragma once
// Bulk registration from a spreadsheet, all or nothing (issue: "import validates every
// row first and reports all errors by row and column, then writes all or nothing").
// A registry supplies its columns, how one row's body becomes a record (its own create
// rules, so a row is judged exactly as the same record typed into the form), and how a
// record is written with its audit entry. Everything runs in one transaction: any row
// in error, or a clash found while writing, and nothing is written.
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
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
  NamedLookups named;  // for `named` columns
  // One row to its record by the registry's own create rules, which throw ProblemError
  // as the create route would (422 field errors, 403 another agency's record, …).
  std::function<Record(db::Connection&, const nlohmann::json& body)> prepare;
  // What must be unique within the file (e.g. the code): the field and its value. Optional.
  std::function<std::optional<std::pair<std::string, std::string>>(const Record&)> unique_key;
  // Inside the transaction: inserts the record with its audit entry; answers its id.
  std::function<int64_t(db::Connection&, Record&)> write;
  // The table the rows go to, so PostgreSQL learns its new size at once (see refresh_statistics).
  std::string table;
};

// After thousands of rows arrive in one transaction PostgreSQL's planner still believes
// the table holds what it held before, and may read the whole table for each row of the
// next import; ANALYZE tells it. (SQLite plans these lookups by index without statistics.)
void refresh_statistics(db::Database& database, const std::string& table);

// A row's refusal as errors at that row: the field errors in their columns, or the
// problem's detail for the whole row (e.g. "only your own agency").
void place_problem(const Mapped& mapped, int row, const Problem& problem, std::vector<FieldError>& out);

// "Sama dengan baris 4": a value that must be unique appears again in the file.
FieldError repeated(const Mapped& mapped, int row, const std::string& field, const std::string& value, int first_row);

// Reads, checks every row, and (unless ?dry_run=true) writes them all in one transaction.
template <class Record>
http::Response run(AppContext& ctx, const http::Request& req, const Plan<Record>& plan) {
  Table table = read_upload(req);
  Mapped mapped = map_rows(table, plan.columns, plan.agencies, plan.named);
  if (mapped.header_wrong) fail_with(std::move(mapped.errors), table.rows.size());
  if (mapped.rows.empty())
    throw ProblemError(Problem::of("unreadable-file", 422, {"Berkas tidak berisi baris data di bawah baris judul.",
                                                            "The file has no data rows below the header row."}));
  bool dry_run = req.query_param("dry_run").value_or("") == "true";
  auto check_all = [&](db::Connection& c) {
    std::vector<Record> records;
    std::vector<FieldError> errors = mapped.errors;  // cells that could not be read
    std::map<std::pair<std::string, std::string>, int> seen;
    for (const auto& row : mapped.rows) {
      if (mapped.rows_in_error.count(row.row)) continue;  // already reported; its record is incomplete
      try {
        Record record = plan.prepare(c, row.body);
        if (plan.unique_key)
          if (auto key = plan.unique_key(record)) {
            auto [it, fresh] = seen.emplace(*key, row.row);
            if (!fresh) errors.push_back(repeated(mapped, row.row, key->first, key->second, it->second));
          }
        records.push_back(std::move(record));
      } catch (const ProblemError& e) {
        place_problem(mapped, row.row, e.problem(), errors);
      }
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
    audit::Batch audit_batch(c);  // one head update for all the rows' audit entries
    std::vector<int64_t> created;
    created.reserve(records.size());
    for (auto& record : records) created.push_back(plan.write(c, record));
    audit_batch.finish();
    return created;
  });
  if (ids.size() >= 1000) refresh_statistics(*ctx.db, plan.table);
  return answer(mapped.rows.size(), &ids);
}

}  // namespace simpul::import
