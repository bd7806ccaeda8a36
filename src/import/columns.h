#pragma once
// How the columns of an import spreadsheet become the JSON body a registry already
// validates for a single create: each column names one field, is recognised by its
// header in Bahasa Indonesia or English (any case), and its cells are read as the
// field's kind. Empty cells leave the field out, so the registry's own rules decide
// what is required. Errors carry the row and column letter the user sees.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "import/table.h"

namespace simpul::import {

enum class ColumnKind {
  text,     // as written, trimmed
  integer,  // whole number
  number,   // decimal ("99,5" or "99.5")
  boolean,  // ya/tidak, yes/no, true/false, 1/0
  date,     // YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, or a spreadsheet date cell
  list,     // several values separated by ";" or a line break
  agency,   // an agency by short name or name -> its id
  agencies, // several agencies, separated like a list -> their ids
  named,    // another record by its name (e.g. a data center) -> its id, through the column's lookup
};

struct Column {
  std::string field;                // the JSON field of the registry's create body
  std::vector<std::string> headers;  // accepted header names; the first is the Indonesian one shown in templates
  ColumnKind kind = ColumnKind::text;
  bool required = false;            // the column must be present (cells may still be checked by the registry)
};

// A name to the id of the record it names, or nullopt when none has it.
using NameLookup = std::function<std::optional<int64_t>(const std::string& name)>;
// Agency short names and names (compared without case) to ids.
using AgencyLookup = NameLookup;
// For `named` columns: their field -> how their names are looked up.
using NamedLookups = std::map<std::string, NameLookup>;

struct RowBody {
  int row = 0;  // as the spreadsheet shows it
  nlohmann::json body = nlohmann::json::object();
};

struct Mapped {
  std::vector<RowBody> rows;
  std::vector<FieldError> errors;              // with row and column set
  std::map<std::string, std::string> letters;  // field -> column letter, to place the registry's errors
  std::map<std::string, std::string> headers;  // field -> its header name, also for columns the sheet lacks
  bool header_wrong = false;                   // the header row itself has errors: no row can be read
  std::set<int> rows_in_error;                 // rows with a cell that could not be read
};

Mapped map_rows(const Table& table, const std::vector<Column>& columns, const AgencyLookup& agencies,
                const NamedLookups& named = {});

// The registry's field errors for one row, placed at that row and the field's column.
void place_errors(const Mapped& mapped, int row, const std::vector<FieldError>& field_errors,
                  std::vector<FieldError>& out);

// One cell read as a kind: the JSON value, or why not. Pure; exposed for tests.
struct CellValue {
  std::optional<nlohmann::json> value;  // nullopt: the cell is empty
  std::optional<Text> error;
};
// `lookup` serves `named` columns.
CellValue read_cell(const std::string& cell, ColumnKind kind, const AgencyLookup& agencies, const NameLookup& lookup = nullptr);

}  // namespace simpul::import
