#include "import/csv_reader.h"

#include <csv.h>

#include "core/text.h"

namespace simpul::import {

namespace {

struct Collector {
  const ReadLimits& limits;
  std::vector<std::vector<std::string>> lines;
  std::vector<std::string> current;
  bool too_large = false;

  void field(const char* data, size_t size) {
    if (size > limits.max_cell_bytes || current.size() >= limits.max_columns) too_large = true;
    if (!too_large) current.emplace_back(data ? data : "", data ? size : 0);
  }
  void end_row() {
    if (lines.size() > limits.max_rows) too_large = true;
    if (!too_large) lines.push_back(std::move(current));
    current.clear();
  }
};

void on_field(void* data, size_t size, void* self) { static_cast<Collector*>(self)->field(static_cast<const char*>(data), size); }
void on_row(int, void* self) { static_cast<Collector*>(self)->end_row(); }

// The delimiter of the first line outside quotes: ';' when it has more of them than ','.
unsigned char guess_delimiter(std::string_view bytes) {
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : bytes) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool blank(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (!trimmed(c).empty()) return false;
  return true;
}

}  // namespace

Table read_csv(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (!is_valid_utf8(bytes))
    throw UnreadableFile({"Berkas CSV tidak tersimpan sebagai UTF-8. Simpan ulang sebagai \"CSV UTF-8\" lalu unggah lagi.",
                          "The CSV file is not saved as UTF-8. Save it again as \"CSV UTF-8\" and upload it again."});
  // Every line break ends a row, blank lines too, so row numbers stay those the user
  // sees; Windows line ends become one break first.
  std::string text;
  text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i)
    if (!(bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) text += bytes[i];
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
    throw std::runtime_error("csv_init failed");
  csv_set_delim(&parser, guess_delimiter(text));
  Collector collector{limits, {}, {}, false};
  size_t parsed = csv_parse(&parser, text.data(), text.size(), on_field, on_row, &collector);
  int error = parsed == text.size() ? csv_fini(&parser, on_field, on_row, &collector) : csv_error(&parser);
  csv_free(&parser);
  if (collector.too_large)
    throw UnreadableFile({"Berkas terlalu besar untuk diimpor sekaligus (paling banyak " + std::to_string(limits.max_rows) +
                              " baris dan " + std::to_string(limits.max_columns) + " kolom). Bagi menjadi beberapa berkas.",
                          "The file is too large to import at once (at most " + std::to_string(limits.max_rows) + " rows and " +
                              std::to_string(limits.max_columns) + " columns). Split it into several files."});
  if (error != 0)
    throw UnreadableFile({"Berkas CSV rusak: ada tanda kutip yang tidak ditutup. Periksa berkasnya lalu unggah lagi.",
                          "The CSV file is broken: a quotation mark is not closed. Check the file and upload it again."});
  Table table;
  for (size_t i = 0; i < collector.lines.size(); ++i) {
    auto& cells = collector.lines[i];
    if (table.header.empty() && i == 0) {
      for (auto& c : cells) table.header.push_back(trimmed(c));
      continue;
    }
    if (blank(cells)) continue;
    table.rows.push_back({static_cast<int>(i + 1), std::move(cells)});
  }
  return table;
}

}  // namespace simpul::import
