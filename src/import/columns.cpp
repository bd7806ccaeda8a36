#include "import/columns.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <regex>

#include "core/dates.h"
#include "core/text.h"

namespace simpul::import {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::optional<std::string> iso_date(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  std::string text = std::to_string(y) + "-" + two(m) + "-" + two(d);
  if (!is_calendar_date(text)) return std::nullopt;  // 31 February and the like
  return text;
}

// A spreadsheet date cell holds days since 1899-12-30 (the 1900 date system).
std::optional<std::string> from_serial(long days) {
  if (days < 1 || days > 120000) return std::nullopt;
  // Civil-from-days (Howard Hinnant's algorithm) on days since 1970-01-01.
  long z = days - 25569 + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return iso_date(static_cast<int>(m <= 2 ? y + 1 : y), static_cast<int>(m), static_cast<int>(d));
}

CellValue bad(Text why) { return {std::nullopt, std::move(why)}; }

// "a; b\nc" -> ["a", "b", "c"]: values separated by ";" or line breaks, blanks dropped.
nlohmann::json list_items(const std::string& s) {
  nlohmann::json items = nlohmann::json::array();
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find_first_of(";\n", start);
    if (end == std::string::npos) end = s.size();
    auto item = trimmed(std::string_view(s).substr(start, end - start));
    if (!item.empty()) items.push_back(item);
    start = end + 1;
  }
  return items;
}

Text unknown_agency(const std::string& name) {
  return {"Perangkat daerah \"" + name + "\" tidak dikenal. Tulis singkatan atau nama lengkapnya seperti di Simpul.",
          "Agency \"" + name + "\" is not known. Write its short name or full name as in Simpul."};
}

CellValue read_date(const std::string& s) {
  static const std::regex iso(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
  static const std::regex local(R"((\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))");
  static const std::regex serial(R"(\d{1,6}(\.\d+)?)");
  std::smatch m;
  std::optional<std::string> date;
  if (std::regex_match(s, m, iso)) date = iso_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  else if (std::regex_match(s, m, local)) date = iso_date(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
  else if (std::regex_match(s, serial)) date = from_serial(std::stol(s));
  if (!date)
    return bad({"\"" + s + "\" bukan tanggal. Tulis seperti 2026-03-31 atau 31/03/2026.",
                "\"" + s + "\" is not a date. Write it like 2026-03-31 or 31/03/2026."});
  return {*date, std::nullopt};
}

}  // namespace

CellValue read_cell(const std::string& raw, ColumnKind kind, const AgencyLookup& agencies, const NameLookup& lookup) {
  std::string s = trimmed(raw);
  if (s.empty()) return {};
  switch (kind) {
    case ColumnKind::text: return {s, std::nullopt};
    case ColumnKind::integer: {
      long long n = 0;
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
      if (ec != std::errc() || end != s.data() + s.size()) {
        // A spreadsheet may store 12 as "12.0".
        double d = 0;
        auto [dend, dec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (dec == std::errc() && dend == s.data() + s.size() && d == static_cast<double>(static_cast<long long>(d)))
          return {static_cast<long long>(d), std::nullopt};
        return bad({"\"" + s + "\" bukan bilangan bulat.", "\"" + s + "\" is not a whole number."});
      }
      return {n, std::nullopt};
    }
    case ColumnKind::number: {
      std::string dotted = s;
      std::replace(dotted.begin(), dotted.end(), ',', '.');
      double d = 0;
      auto [end, ec] = std::from_chars(dotted.data(), dotted.data() + dotted.size(), d);
      if (ec != std::errc() || end != dotted.data() + dotted.size())
        return bad({"\"" + s + "\" bukan angka.", "\"" + s + "\" is not a number."});
      return {d, std::nullopt};
    }
    case ColumnKind::boolean: {
      auto v = lower(s);
      if (v == "ya" || v == "y" || v == "yes" || v == "true" || v == "1" || v == "benar") return {true, std::nullopt};
      if (v == "tidak" || v == "t" || v == "no" || v == "n" || v == "false" || v == "0" || v == "salah")
        return {false, std::nullopt};
      return bad({"\"" + s + "\": tulis ya atau tidak.", "\"" + s + "\": write yes or no."});
    }
    case ColumnKind::date: return read_date(s);
    case ColumnKind::list: return {list_items(s), std::nullopt};
    case ColumnKind::agency: {
      if (auto id = agencies(s)) return {*id, std::nullopt};
      return bad(unknown_agency(s));
    }
    case ColumnKind::named: {
      if (lookup)
        if (auto id = lookup(s)) return {*id, std::nullopt};
      return bad({"\"" + s + "\" tidak ditemukan di Simpul. Tulis namanya persis seperti tercatat.",
                  "\"" + s + "\" is not found in Simpul. Write its name exactly as recorded."});
    }
    case ColumnKind::agencies: {
      nlohmann::json ids = nlohmann::json::array();
      for (const auto& name : list_items(s)) {
        auto id = agencies(name.get<std::string>());
        if (!id) return bad(unknown_agency(name.get<std::string>()));
        ids.push_back(*id);
      }
      return {ids, std::nullopt};
    }
  }
  return {};
}

Mapped map_rows(const Table& table, const std::vector<Column>& columns, const AgencyLookup& agencies,
                const NamedLookups& named) {
  Mapped out;
  std::vector<const Column*> at(table.header.size(), nullptr);
  std::string known;
  for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c.headers.front();
  for (size_t i = 0; i < table.header.size(); ++i) {
    const auto& name = table.header[i];
    if (name.empty()) continue;
    auto letter = column_letter(i);
    for (const auto& c : columns)
      for (const auto& h : c.headers)
        if (lower(h) == lower(name)) at[i] = &c;
    if (!at[i]) {
      out.errors.push_back({"", {"Kolom \"" + name + "\" tidak dikenal. Kolom yang dikenal: " + known + ".",
                                 "Column \"" + name + "\" is not known. Known columns: " + known + "."}, 1, letter});
      continue;
    }
    if (out.letters.count(at[i]->field)) {
      out.errors.push_back({at[i]->field, {"Kolom \"" + name + "\" muncul dua kali.", "Column \"" + name + "\" appears twice."}, 1, letter});
      at[i] = nullptr;
      continue;
    }
    out.letters[at[i]->field] = letter;
  }
  for (const auto& c : columns) out.headers[c.field] = c.headers.front();
  for (const auto& c : columns)
    if (c.required && !out.letters.count(c.field))
      out.errors.push_back({c.field, {"Kolom \"" + c.headers.front() + "\" wajib ada di baris judul.",
                                      "The column \"" + c.headers.front() + "\" must be in the header row."}, 1, ""});
  if (!out.errors.empty()) {  // rows cannot be read against a header that is wrong
    out.header_wrong = true;
    return out;
  }

  for (const auto& row : table.rows) {
    RowBody body{row.number, nlohmann::json::object()};
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (i >= at.size() || !at[i]) {
        if (!trimmed(row.cells[i]).empty()) {
          out.errors.push_back({"", {"Ada isian di kolom tanpa judul.", "There is a value in a column without a header."},
                                row.number, column_letter(i)});
          out.rows_in_error.insert(row.number);
        }
        continue;
      }
      auto lookup = named.find(at[i]->field);
      auto cell = read_cell(row.cells[i], at[i]->kind, agencies, lookup != named.end() ? lookup->second : nullptr);
      if (cell.error) {
        out.errors.push_back({at[i]->field, *cell.error, row.number, column_letter(i)});
        out.rows_in_error.insert(row.number);
      } else if (cell.value) {
        body.body[at[i]->field] = *cell.value;
      }
    }
    out.rows.push_back(std::move(body));
  }
  return out;
}

void place_errors(const Mapped& mapped, int row, const std::vector<FieldError>& field_errors, std::vector<FieldError>& out) {
  for (auto e : field_errors) {
    e.row = row;
    // "steps[2].name" belongs to the column of "steps".
    auto base = e.field.substr(0, e.field.find_first_of(".["));
    auto it = mapped.letters.find(base);
    e.column = it != mapped.letters.end() ? it->second : "";
    auto header = mapped.headers.find(base);
    if (e.column.empty() && header != mapped.headers.end()) {  // the sheet lacks the column: name it
      e.message.id = "Kolom \"" + header->second + "\" belum ada di lembar kerja. " + e.message.id;
      e.message.en = "The column \"" + header->second + "\" is not in the spreadsheet. " + e.message.en;
    }
    out.push_back(std::move(e));
  }
}

}  // namespace simpul::import
