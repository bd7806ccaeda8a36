#include "app/demo_files.h"

#include <cstdio>

#include "core/digest.h"
#include "files/blob_store.h"
#include "files/store.h"

namespace simpul {

namespace {

// A PDF string literal: ( ) and \ escaped, anything outside printable ASCII as '?'.
std::string pdf_text(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += (c >= 0x20 && c < 0x7F) ? static_cast<char>(c) : '?';
  }
  return out;
}

std::string offset(size_t n) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%010zu", n);
  return buf;
}

}  // namespace

std::string demo_pdf(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 14 Tf 56 780 Td 20 TL";
  for (const auto& line : lines) content += " (" + pdf_text(line) + ") Tj T*";
  content += " ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto o : offsets) pdf += offset(o) + " 00000 n \n";
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return pdf;
}

std::string add_demo_document(db::Connection& c, const std::string& region_id, const std::string& files_dir,
                              const std::string& file_name, const std::string& title, const std::string& now) {
  auto bytes = demo_pdf({"Simpul - contoh dokumen wilayah demo", title, file_name});
  auto sha = sha256_hex(bytes);
  if (!files_dir.empty()) files::BlobStore(files_dir).put(sha, bytes);
  if (!files::find(c, region_id, sha)) {
    files::StoredFile f{0, region_id, sha, file_name, "application/pdf", static_cast<int64_t>(bytes.size()), "simpul-demo", now};
    files::insert(c, f);
  }
  return sha;
}

}  // namespace simpul
