#include "core/problem.h"

#include <map>
#include <nlohmann/json.hpp>

namespace simpul {

namespace {
const std::map<std::string, Text>& titles() {
  static const std::map<std::string, Text> all = {
      {"bad-request", {"Permintaan tidak dapat dipahami", "Bad request"}},
      {"malformed-json", {"Isi permintaan bukan JSON yang sah", "Malformed JSON body"}},
      {"not-found", {"Tidak ditemukan", "Not found"}},
      {"method-not-allowed", {"Metode tidak diizinkan", "Method not allowed"}},
      {"request-timeout", {"Waktu permintaan habis", "Request timeout"}},
      {"precondition-failed", {"Data sudah diubah orang lain", "Precondition failed"}},
      {"payload-too-large", {"Isi permintaan terlalu besar", "Payload too large"}},
      {"unsupported-media-type", {"Jenis isi tidak didukung", "Unsupported media type"}},
      {"validation-failed", {"Isian belum benar", "Validation failed"}},
      {"headers-too-large", {"Header permintaan terlalu besar", "Request headers too large"}},
      {"internal", {"Terjadi kesalahan pada server", "Internal server error"}},
      {"unavailable", {"Layanan sedang tidak tersedia", "Service unavailable"}},
      {"authentication-required", {"Silakan masuk terlebih dahulu", "Sign-in required"}},
      {"invalid-credentials", {"Nama pengguna atau kata sandi salah", "Wrong username or password"}},
      {"account-locked", {"Akun terkunci", "Account locked"}},
      {"forbidden", {"Tidak diizinkan", "Not allowed"}},
      {"csrf-failed", {"Permintaan ditolak demi keamanan", "Request refused for security"}},
      {"password-change-required", {"Kata sandi harus diganti", "Password change required"}},
      {"token-scope", {"Token API tidak mencakup tindakan ini", "The API token does not cover this action"}},
      {"conflict", {"Data bentrok dengan yang sudah ada", "Conflict with existing data"}},
      {"precondition-required", {"Versi data harus disertakan", "Precondition required"}},
      {"too-many-attempts", {"Terlalu banyak percobaan", "Too many attempts"}},
      {"rate-limited", {"Terlalu banyak permintaan", "Too many requests"}},
      {"invalid-transition", {"Langkah ini belum atau tidak lagi bisa dilakukan", "This step is not possible now"}},
      {"not-in-regulation", {"Tidak diatur dalam peraturan daerah Anda", "Not part of your region's regulation"}},
      {"unsupported-file-type", {"Jenis berkas tidak diterima", "File type not accepted"}},
      {"unacceptable-file", {"Berkas tidak dapat diterima", "File not acceptable"}},
      {"file-missing", {"Isi berkas hilang dari penyimpanan", "File content missing from storage"}},
      {"unreadable-file", {"Berkas tidak dapat dibaca", "File cannot be read"}},
      {"import-invalid", {"Impor dibatalkan: ada isian yang belum benar", "Import cancelled: some cells are not valid"}},
      {"framework-invalid", {"Berkas kerangka penilaian tidak dapat dimuat", "The framework file does not load"}},
  };
  return all;
}
}  // namespace

Text problem_title(const std::string& slug) {
  auto it = titles().find(slug);
  return it != titles().end() ? it->second : Text{"Kesalahan", "Error"};
}

std::string problem_type_uri(const std::string& slug) { return "urn:simpul:problem:" + slug; }

Problem Problem::bad_request(Text detail) { return {"bad-request", 400, std::move(detail), {}}; }
Problem Problem::malformed_json(Text detail) { return {"malformed-json", 400, std::move(detail), {}}; }
Problem Problem::not_found(Text detail) { return {"not-found", 404, std::move(detail), {}}; }
Problem Problem::method_not_allowed() {
  return {"method-not-allowed", 405,
          {"Alamat ini tidak menerima metode tersebut; lihat header Allow untuk metode yang bisa dipakai.",
           "This address does not accept that method; the Allow header lists the methods it does accept."},
          {}};
}
Problem Problem::request_timeout() {
  return {"request-timeout", 408,
          {"Permintaan tidak selesai dikirim dalam batas waktu. Periksa koneksi lalu coba lagi.",
           "The request was not sent completely in time. Check the connection and try again."},
          {}};
}
Problem Problem::precondition_failed(Text detail) {
  return {"precondition-failed", 412, std::move(detail), {}};
}
Problem Problem::payload_too_large(size_t limit) {
  auto n = std::to_string(limit);
  return {"payload-too-large", 413,
          {"Isi permintaan melebihi batas " + n + " bita. Kurangi ukurannya lalu kirim lagi.",
           "The request body is larger than the limit of " + n + " bytes. Make it smaller and send it again."},
          {}};
}
Problem Problem::unsupported_media_type() {
  return {"unsupported-media-type", 415,
          {"Isi permintaan harus berformat JSON (Content-Type: application/json).",
           "The request body must be JSON (Content-Type: application/json)."},
          {}};
}
Problem Problem::validation_failed(std::vector<FieldError> errors) {
  return {"validation-failed", 422,
          {"Beberapa isian belum benar; lihat daftar kesalahan per isian.",
           "Some fields are not valid; see the list of errors per field."},
          std::move(errors)};
}
Problem Problem::headers_too_large(size_t limit) {
  auto n = std::to_string(limit);
  return {"headers-too-large", 431,
          {"Header permintaan melebihi batas " + n + " bita.",
           "The request headers are larger than the limit of " + n + " bytes."},
          {}};
}
Problem Problem::internal() {
  return {"internal", 500,
          {"Terjadi kesalahan pada server. Kejadian ini sudah dicatat; sebutkan kode permintaan saat menghubungi Service Desk.",
           "Something went wrong on the server. It has been logged; quote the request id when you contact the Service Desk."},
          {}};
}
Problem Problem::unavailable(Text detail) { return {"unavailable", 503, std::move(detail), {}}; }
Problem Problem::authentication_required(Text detail) { return {"authentication-required", 401, std::move(detail), {}}; }
Problem Problem::forbidden(Text detail) { return {"forbidden", 403, std::move(detail), {}}; }
Problem Problem::conflict(Text detail) { return {"conflict", 409, std::move(detail), {}}; }
Problem Problem::precondition_required() {
  return {"precondition-required", 428,
          {"Sertakan header If-Match berisi versi (ETag) data yang Anda ubah, agar perubahan orang lain tidak tertimpa.",
           "Send an If-Match header with the version (ETag) you are changing, so nobody else's change is overwritten."},
          {}};
}
Problem Problem::too_many_attempts(long seconds) {
  auto n = std::to_string(seconds);
  return {"too-many-attempts", 429,
          {"Terlalu banyak percobaan masuk. Tunggu " + n + " detik lalu coba lagi.",
           "Too many sign-in attempts. Wait " + n + " seconds and try again."},
          {}};
}
Problem Problem::of(std::string slug, int status, Text detail) { return {std::move(slug), status, std::move(detail), {}}; }

nlohmann::json problem_to_json(const Problem& p, Lang lang, const std::string& instance,
                               const std::string& request_id) {
  nlohmann::json j = {
      {"type", problem_type_uri(p.slug)},
      {"title", problem_title(p.slug).in(lang)},
      {"status", p.status},
      {"detail", p.detail.in(lang)},
  };
  if (!instance.empty()) j["instance"] = instance;
  if (!request_id.empty()) j["request_id"] = request_id;
  if (p.extensions.is_object())
    for (const auto& [key, value] : p.extensions.items())
      if (!j.contains(key)) j[key] = value;  // never overrides the standard members
  if (!p.errors.empty()) {
    auto& list = j["errors"] = nlohmann::json::array();
    for (const auto& e : p.errors) {
      nlohmann::json item = {{"field", e.field}, {"message", e.message.in(lang)}};
      if (e.row > 0) item["row"] = e.row;
      if (!e.column.empty()) item["column"] = e.column;
      list.push_back(std::move(item));
    }
  }
  return j;
}

void refuse_if(const std::optional<Text>& why) {
  if (why) throw ProblemError(Problem::of("invalid-transition", 409, *why));
}

void fail_on_field_errors(const std::vector<FieldError>& errors) {
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

}  // namespace simpul
