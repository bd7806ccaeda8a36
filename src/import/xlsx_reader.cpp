#include "import/xlsx_reader.h"

#include <zip.h>

#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>

#include "core/text.h"

namespace simpul::import {

namespace {

const Text kBroken{"Berkas bukan buku kerja XLSX yang dapat dibaca. Simpan ulang dari program lembar kerja sebagai .xlsx lalu unggah lagi.",
                   "The file is not a readable XLSX workbook. Save it again from your spreadsheet program as .xlsx and upload it again."};

Text too_large(const ReadLimits& limits) {
  return {"Berkas terlalu besar untuk diimpor sekaligus (paling banyak " + std::to_string(limits.max_rows) + " baris dan " +
              std::to_string(limits.max_columns) + " kolom). Bagi menjadi beberapa berkas.",
          "The file is too large to import at once (at most " + std::to_string(limits.max_rows) + " rows and " +
              std::to_string(limits.max_columns) + " columns). Split it into several files."};
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

class Archive {
 public:
  Archive(std::string_view bytes, const ReadLimits& limits) : limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) throw UnreadableFile(kBroken);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
      zip_source_free(source);
      throw UnreadableFile(kBroken);
    }
    zip_.reset(archive);
  }

  // A part of the package, or nullopt when absent; refuses parts that unpack too large.
  std::optional<std::string> part(const std::string& name) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip_.get(), name.c_str(), 0, &stat) != 0) return std::nullopt;
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > limits_.max_unpacked_bytes - unpacked_)
      throw UnreadableFile(too_large(limits_));
    zip_file_t* file = zip_fopen(zip_.get(), name.c_str(), 0);
    if (!file) throw UnreadableFile(kBroken);
    std::string out(stat.size, '\0');
    zip_int64_t read = zip_fread(file, out.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) throw UnreadableFile(kBroken);
    unpacked_ += stat.size;
    return out;
  }

 private:
  const ReadLimits& limits_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
  size_t unpacked_ = 0;
};

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single)) throw UnreadableFile(kBroken);
  return doc;
}

// The text of a string item: <t> directly, or the runs <r><t> of rich text.
std::string item_text(const pugi::xml_node& si) {
  if (auto t = si.child("t")) return t.text().get();
  std::string out;
  for (auto r : si.children("r")) out += r.child("t").text().get();
  return out;
}

// The path of the first worksheet, following workbook.xml and its relationships.
std::string first_sheet_path(Archive& zip) {
  auto workbook = zip.part("xl/workbook.xml");
  auto rels = zip.part("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw UnreadableFile(kBroken);
  auto wb = parse(*workbook);
  auto sheet = wb.child("workbook").child("sheets").child("sheet");
  std::string rid = sheet.attribute("r:id").value();
  auto rel_doc = parse(*rels);
  for (auto rel : rel_doc.child("Relationships").children("Relationship")) {
    if (rid != rel.attribute("Id").value()) continue;
    std::string target = rel.attribute("Target").value();
    if (!target.empty() && target.front() == '/') return target.substr(1);
    return "xl/" + target;
  }
  if (zip.part("xl/worksheets/sheet1.xml")) return "xl/worksheets/sheet1.xml";
  throw UnreadableFile(kBroken);
}

// "BC12" -> column index 54 (0-based); nullopt when it is not a cell reference.
std::optional<size_t> column_of(std::string_view ref) {
  size_t index = 0, letters = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    index = index * 26 + static_cast<size_t>(c - 'A' + 1);
    ++letters;
  }
  if (letters == 0 || letters > 3) return std::nullopt;
  return index - 1;
}

}  // namespace

Table read_xlsx(std::string_view bytes, const ReadLimits& limits) {
  Archive zip(bytes, limits);
  std::vector<std::string> shared;
  if (auto strings = zip.part("xl/sharedStrings.xml")) {
    auto doc = parse(*strings);
    for (auto si : doc.child("sst").children("si")) shared.push_back(item_text(si));
  }
  auto sheet_xml = zip.part(first_sheet_path(zip));
  if (!sheet_xml) throw UnreadableFile(kBroken);
  auto sheet = parse(*sheet_xml);

  Table table;
  bool header_done = false;
  for (auto row : sheet.child("worksheet").child("sheetData").children("row")) {
    int number = row.attribute("r").as_int(0);
    std::vector<std::string> cells;
    for (auto c : row.children("c")) {
      auto column = column_of(c.attribute("r").value());
      size_t at = column ? *column : cells.size();
      if (at >= limits.max_columns) throw UnreadableFile(too_large(limits));
      std::string type = c.attribute("t").value();
      std::string value;
      if (type == "s") {
        auto i = c.child("v").text().as_ullong(shared.size());
        if (i >= shared.size()) throw UnreadableFile(kBroken);
        value = shared[i];
      } else if (type == "inlineStr") {
        value = item_text(c.child("is"));
      } else if (type == "b") {
        value = c.child("v").text().as_int() ? "TRUE" : "FALSE";
      } else {
        value = c.child("v").text().get();  // numbers, formula results (t="str"), errors as their text
      }
      if (value.size() > limits.max_cell_bytes) throw UnreadableFile(too_large(limits));
      if (cells.size() <= at) cells.resize(at + 1);
      cells[at] = std::move(value);
    }
    if (!header_done) {
      for (auto& c : cells) table.header.push_back(trimmed(c));
      header_done = true;
      continue;
    }
    bool blank = true;
    for (const auto& c : cells) blank = blank && trimmed(c).empty();
    if (blank) continue;
    if (table.rows.size() >= limits.max_rows) throw UnreadableFile(too_large(limits));
    table.rows.push_back({number ? number : static_cast<int>(table.rows.size() + 2), std::move(cells)});
  }
  return table;
}

}  // namespace simpul::import
