#include "files/file_rules.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace simpul::files {

namespace {

enum class Signature { pdf, png, jpeg, zip, gzip, text };

struct Known {
  AcceptedType type;
  Signature signature;
};

const std::vector<Known>& known() {
  static const std::vector<Known> all = {
      {{"application/pdf", "PDF"}, Signature::pdf},
      {{"image/png", "PNG"}, Signature::png},
      {{"image/jpeg", "JPEG"}, Signature::jpeg},
      {{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"}, Signature::zip},
      {{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"}, Signature::zip},
      {{"application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"}, Signature::zip},
      {{"application/vnd.oasis.opendocument.text", "ODT"}, Signature::zip},
      {{"application/vnd.oasis.opendocument.spreadsheet", "ODS"}, Signature::zip},
      {{"application/vnd.ms-visio.drawing", "VSDX"}, Signature::zip},
      {{"application/zip", "ZIP"}, Signature::zip},
      {{"application/gzip", "GZIP"}, Signature::gzip},
      {{"text/plain", "teks"}, Signature::text},
      {{"text/csv", "CSV"}, Signature::text},
  };
  return all;
}

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// UTF-8 text without NUL bytes; utf8_length refuses malformed sequences.
bool is_text(std::string_view bytes) {
  return bytes.find('\0') == std::string_view::npos && is_valid_utf8(bytes);
}

bool matches(Signature s, std::string_view bytes) {
  switch (s) {
    case Signature::pdf: return starts_with(bytes, "%PDF-");
    case Signature::png: return starts_with(bytes, "\x89PNG\r\n\x1a\n");
    case Signature::jpeg: return starts_with(bytes, "\xFF\xD8\xFF");
    case Signature::zip: return starts_with(bytes, std::string_view("PK\x03\x04", 4));
    case Signature::gzip: return starts_with(bytes, "\x1F\x8B");
    case Signature::text: return is_text(bytes);
  }
  return false;
}

std::string accepted_labels() {
  std::string out;
  for (const auto& k : known()) out += (out.empty() ? "" : ", ") + k.type.label;
  return out;
}

}  // namespace

const std::vector<AcceptedType>& accepted_types() {
  static const std::vector<AcceptedType> all = [] {
    std::vector<AcceptedType> out;
    for (const auto& k : known()) out.push_back(k.type);
    return out;
  }();
  return all;
}

std::string bare_media_type(std::string_view content_type) {
  auto end = content_type.find(';');
  std::string out = trimmed(std::string(content_type.substr(0, end)));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_accepted_type(const std::string& media_type) {
  return std::any_of(known().begin(), known().end(), [&](const Known& k) { return k.type.media_type == media_type; });
}

std::optional<Text> content_problem(const std::string& media_type, std::string_view bytes) {
  if (bytes.empty()) return Text{"Berkas kosong. Pilih berkas yang berisi.", "The file is empty. Choose a file with content."};
  auto it = std::find_if(known().begin(), known().end(), [&](const Known& k) { return k.type.media_type == media_type; });
  if (it == known().end()) {
    std::string shown = media_type.empty() ? "(tidak disebut)" : media_type;
    return Text{"Jenis berkas " + shown + " tidak diterima. Jenis yang diterima: " + accepted_labels() + ".",
                "Files of type " + (media_type.empty() ? std::string("(none given)") : media_type) +
                    " are not accepted. Accepted: " + accepted_labels() + "."};
  }
  if (!matches(it->signature, bytes))
    return Text{"Isi berkas bukan " + it->type.label + " seperti jenis yang disebut. Periksa berkasnya lalu unggah lagi.",
                "The file's content is not " + it->type.label + " as its type says. Check the file and upload it again."};
  return std::nullopt;
}

std::string safe_file_name(std::string_view raw) {
  auto slash = raw.find_last_of("/\\");
  if (slash != std::string_view::npos) raw = raw.substr(slash + 1);
  std::string out;
  for (unsigned char c : raw)
    if (c >= 0x20 && c != 0x7F && c != '"') out += static_cast<char>(c);
  out = trimmed(out);
  while (!out.empty() && out.front() == '.') out.erase(out.begin());
  if (!is_valid_utf8(out)) out.clear();  // a broken name is not worth keeping
  // At most 200 characters, cut on a character boundary.
  size_t count = 0, cut = out.size();
  for (size_t i = 0; i < out.size(); ++i) {
    if ((static_cast<unsigned char>(out[i]) & 0xC0) == 0x80) continue;
    if (count++ == 200) { cut = i; break; }
  }
  out.resize(cut);
  return out.empty() ? "berkas" : out;
}

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string attachment_header(const std::string& name) {
  static const char* kHex = "0123456789ABCDEF";
  std::string ascii, encoded;
  for (unsigned char c : name) {
    ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%') ? static_cast<char>(c) : '_';
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') encoded += static_cast<char>(c);
    else encoded += std::string("%") + kHex[c >> 4] + kHex[c & 15];
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace simpul::files
