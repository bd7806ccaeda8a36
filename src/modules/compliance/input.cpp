#include "modules/compliance/input.h"

#include "core/body_reader.h"
#include "files/file_rules.h"

namespace simpul::modules::compliance {

namespace {
const std::set<std::string> kSubjectKinds{"region",  "agency",  "application", "dataset",   "host",    "network",
                                          "service", "website", "employee",    "committee", "position"};
}  // namespace

StatementInput read_statement(const nlohmann::json& given, const std::string& today) {
  // A subject's id is text (the region's slug, a record's number); a number is taken as its text.
  nlohmann::json body = given.is_object() ? given : nlohmann::json::object();
  if (body.contains("subject_id") && body["subject_id"].is_number_integer())
    body["subject_id"] = std::to_string(body["subject_id"].get<int64_t>());
  BodyReader r(body, {"obligation_id", "subject_kind", "subject_id", "done_on", "valid_until", "reference", "note",
                      "file_sha256"});
  StatementInput in;
  in.obligation_id = r.text("obligation_id", true, 200, {"Pilih kewajiban yang dinyatakan.", "Choose the duty being stated."})
                         .value_or("");
  in.subject_kind = r.word("subject_kind", kSubjectKinds, true,
                           {"Jenis subjek tidak dikenal (misalnya agency, application, region).",
                            "Unknown subject kind (e.g. agency, application, region)."})
                        .value_or("");
  in.subject_id = r.text("subject_id", true, 200, {"Pilih subjek kewajiban.", "Choose the duty's subject."}).value_or("");
  const Text date_format{"Tanggal harus berformat TTTT-BB-HH, misalnya 2025-01-31.", "The date must be YYYY-MM-DD, e.g. 2025-01-31."};
  auto done = r.nullable_date("done_on", date_format);
  if (!r.has("done_on") || (done && !*done))
    r.add("done_on", {"Isi tanggal kewajiban ini dilaksanakan (tanggal dokumennya).",
                      "Give the date the duty was done (the document's date)."});
  else if (done && **done > today)
    r.add("done_on", {"Tanggal pelaksanaan tidak boleh setelah hari ini (" + today + ").",
                      "The date done cannot be after today (" + today + ")."});
  if (done && *done) in.done_on = **done;
  if (auto until = r.nullable_date("valid_until", date_format); until && *until) {
    in.valid_until = **until;
    if (!in.done_on.empty() && *in.valid_until <= in.done_on)
      r.add("valid_until", {"Tanggal berlaku sampai harus setelah tanggal pelaksanaan.",
                            "The valid-until date must be after the date done."});
  }
  in.reference = r.text("reference", true, 300,
                        {"Tulis nomor atau judul dokumen yang membuktikannya (sampai 300 karakter).",
                         "Give the number or title of the document that shows it (up to 300 characters)."})
                     .value_or("");
  if (auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
      note && *note)
    in.note = **note;
  if (auto file = r.nullable_text("file_sha256", 64, {"Berkas disebut dengan sha256-nya (64 huruf heksadesimal).",
                                                      "A file is named by its sha256 (64 hexadecimal characters)."});
      file && *file) {
    if (simpul::files::is_sha256_hex(**file)) in.file_sha256 = **file;
    else r.add("file_sha256", {"Berkas disebut dengan sha256-nya (64 huruf heksadesimal kecil).",
                               "A file is named by its sha256 (64 lower-case hexadecimal characters)."});
  }
  r.check();
  return in;
}

std::string read_withdrawal(const nlohmann::json& given) {
  nlohmann::json body = given.is_object() ? given : nlohmann::json::object();
  BodyReader r(body, {"reason"});
  auto reason = r.text("reason", true, 2000,
                       {"Tulis alasan pernyataan ini ditarik (sampai 2000 karakter).",
                        "Give the reason this statement is withdrawn (up to 2000 characters)."});
  r.check();
  return reason.value_or("");
}

}  // namespace simpul::modules::compliance
