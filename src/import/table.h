#pragma once
// A spreadsheet as agencies send it for bulk registration: a header row of column
// names and the rows under it, every cell as text, with the row numbers the user sees
// in their spreadsheet program (the header is row 1). Readers for CSV and XLSX fill it.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/lang.h"

namespace simpul::import {

struct Table {
  std::vector<std::string> header;
  struct Row {
    int number = 0;  // as the spreadsheet shows it
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;  // blank rows are left out
};

// The file cannot be read as a table at all (not a spreadsheet, broken, too large):
// said in words for the person who chose the file.
class UnreadableFile : public std::runtime_error {
 public:
  explicit UnreadableFile(Text why) : std::runtime_error(why.en), why_(std::move(why)) {}
  const Text& why() const { return why_; }

 private:
  Text why_;
};

// Limits that keep one upload from taking the server down.
struct ReadLimits {
  size_t max_rows = 50'000;
  size_t max_columns = 200;
  size_t max_cell_bytes = 32 * 1024;
  size_t max_unpacked_bytes = 100 * 1024 * 1024;  // XLSX: what its parts may unpack to
};

// "A", "B", … "Z", "AA": the column letter of a 0-based column index.
std::string column_letter(size_t index);

}  // namespace simpul::import
