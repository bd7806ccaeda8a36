#include "modules/datasets/sharing_rules.h"

#include <algorithm>
#include <chrono>
#include <regex>

#include "core/body_reader.h"
#include "core/dates.h"
#include "core/text.h"

namespace simpul::modules::datasets {

namespace {

std::chrono::sys_days day_of(const std::string& date) { return parse_date(date); }

const Text kDatasetsMessage{"Dataset yang dibagipakaikan berupa daftar nomor dataset (paling banyak 100).",
                            "The datasets shared are a list of dataset ids (at most 100)."};

std::optional<std::vector<int64_t>> read_dataset_ids(BodyReader& r) {
  if (!r.has("dataset_ids")) return std::nullopt;
  const auto& v = r.body()["dataset_ids"];
  if (!v.is_array() || v.size() > kMaxCoveredDatasets) return r.add("dataset_ids", kDatasetsMessage), std::nullopt;
  std::vector<int64_t> out;
  for (const auto& item : v) {
    if (!item.is_number_integer() || item.get<int64_t>() < 1) return r.add("dataset_ids", kDatasetsMessage), std::nullopt;
    out.push_back(item.get<int64_t>());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::string> read_date(BodyReader& r, const std::string& name, bool required, const Text& what) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required) r.add(name, {what.id + " wajib diisi (YYYY-MM-DD).", what.en + " is required (YYYY-MM-DD)."});
    return std::nullopt;
  }
  auto date = r.nullable_date(name, {what.id + " berupa tanggal YYYY-MM-DD.", what.en + " is a date YYYY-MM-DD."});
  if (!date || !*date) return std::nullopt;
  return **date;
}

}  // namespace

int days_between(const std::string& from, const std::string& to) {
  return static_cast<int>((day_of(to) - day_of(from)).count());
}

AgreementInput parse_agreement(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"provider_agency_id", "consumer_agency_id", "title", "purpose", "scope", "access_mode",
                      "interoperability_standard", "document_number", "document_sha256", "valid_from", "expires_on",
                      "dataset_ids"});
  AgreementInput in;
  in.provider_agency_id = r.id("provider_agency_id", creating,
                               {"Pilih perangkat daerah penyedia (pemilik dataset).", "Choose the providing agency (the datasets' owner)."});
  in.consumer_agency_id = r.id("consumer_agency_id", creating,
                               {"Pilih perangkat daerah pengguna data.", "Choose the agency that uses the data."});
  if (!creating)
    for (const char* side : {"provider_agency_id", "consumer_agency_id"})
      if (r.has(side))
        r.add(side, {"Para pihak perjanjian tidak dapat diganti; buat perjanjian baru.",
                     "The parties of an agreement cannot be changed; make a new agreement."});
  in.title = r.text("title", creating, 300, {"Judul perjanjian 1-300 karakter.", "The agreement title has 1-300 characters."});
  in.purpose = r.text("purpose", creating, 2000,
                      {"Tuliskan tujuan bagi pakai data (1-2000 karakter).", "Write the purpose of sharing the data (1-2000 characters)."});
  in.scope = r.nullable_text("scope", 2000, {"Cakupan paling panjang 2000 karakter.", "The scope has at most 2000 characters."});
  in.access_mode = r.word("access_mode", kAccessModes, creating,
                          {"Pilih cara akses: read_only (baca saja), api, file_transfer (kirim berkas) atau database_link.",
                           "Choose the access: read_only, api, file_transfer or database_link."});
  in.interoperability_standard = r.nullable_text("interoperability_standard", 500,
                                                 {"Standar interoperabilitas paling panjang 500 karakter.",
                                                  "The interoperability standard has at most 500 characters."});
  in.document_number = r.nullable_text("document_number", 200,
                                       {"Nomor naskah perjanjian paling panjang 200 karakter.",
                                        "The agreement's document number has at most 200 characters."});
  const Text sha_message{"Dokumen bertanda tangan dirujuk dengan sha256 berkas yang sudah diunggah (64 huruf heksadesimal).",
                         "The signed document is referred to by the sha256 of an uploaded file (64 hexadecimal characters)."};
  in.document_sha256 = r.nullable_text("document_sha256", 64, sha_message);
  static const std::regex sha_shape("^[0-9a-f]{64}$");
  if (in.document_sha256 && *in.document_sha256) {
    std::string lower = **in.document_sha256;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!std::regex_match(lower, sha_shape)) r.add("document_sha256", sha_message), in.document_sha256.reset();
    else in.document_sha256 = std::optional<std::string>{lower};
  }
  in.valid_from = read_date(r, "valid_from", creating, {"Tanggal mulai berlaku", "The start date"});
  in.expires_on = read_date(r, "expires_on", creating, {"Tanggal berakhir", "The expiry date"});
  in.dataset_ids = read_dataset_ids(r);
  r.check();
  return in;
}

void apply(const AgreementInput& in, Agreement& a) {
  auto set = [](const std::optional<std::optional<std::string>>& v, std::string& target) {
    if (v) target = v->value_or("");
  };
  if (in.provider_agency_id) a.provider_agency_id = *in.provider_agency_id;
  if (in.consumer_agency_id) a.consumer_agency_id = *in.consumer_agency_id;
  if (in.title) a.title = *in.title;
  if (in.purpose) a.purpose = *in.purpose;
  set(in.scope, a.scope);
  if (in.access_mode) a.access_mode = *in.access_mode;
  set(in.interoperability_standard, a.interoperability_standard);
  set(in.document_number, a.document_number);
  set(in.document_sha256, a.document_sha256);
  if (in.valid_from) a.valid_from = *in.valid_from;
  if (in.expires_on) a.expires_on = *in.expires_on;
  if (in.dataset_ids) a.dataset_ids = *in.dataset_ids;
}

std::vector<FieldError> agreement_errors(const Agreement& a) {
  std::vector<FieldError> errors;
  if (a.provider_agency_id == a.consumer_agency_id)
    errors.push_back({"consumer_agency_id", {"Perangkat daerah pengguna harus berbeda dari penyedia.",
                                             "The using agency must differ from the providing agency."}});
  if (!a.valid_from.empty() && !a.expires_on.empty() && a.expires_on < a.valid_from)
    errors.push_back({"expires_on", {"Tanggal berakhir tidak boleh sebelum tanggal mulai berlaku (" + a.valid_from + ").",
                                     "The expiry date cannot be before the start date (" + a.valid_from + ")."}});
  return errors;
}

std::optional<Text> coverage_problem(const Dataset& d, int64_t provider_agency_id) {
  if (d.owner_agency_id != provider_agency_id)
    return Text{"Dataset " + d.code + " bukan milik perangkat daerah penyedia; hanya pemilik data yang dapat membagipakaikannya.",
                "Dataset " + d.code + " is not owned by the providing agency; only the data's owner can share it."};
  if (d.classification == "secret")
    return Text{"Dataset " + d.code + " berklasifikasi rahasia dan tidak dapat dibagipakaikan melalui perjanjian.",
                "Dataset " + d.code + " is classified secret and cannot be shared under an agreement."};
  if (d.status != "active")
    return Text{"Dataset " + d.code + " sudah tidak aktif.", "Dataset " + d.code + " is retired."};
  return std::nullopt;
}

std::string agreement_state(const Agreement& a, const std::string& today) {
  if (a.status != "active") return a.status;
  if (today < a.valid_from) return "scheduled";
  if (today > a.expires_on) return "expired";
  return "active";
}

bool grants_access(const Agreement& a, const std::string& today) { return agreement_state(a, today) == "active"; }

bool expiring_soon(const Agreement& a, const std::string& today) {
  return grants_access(a, today) && days_between(today, a.expires_on) <= kExpiryWarningDays;
}

std::optional<Text> cannot_edit(const Agreement& a) {
  if (a.status == "ended")
    return Text{"Perjanjian ini sudah berakhir dan tidak dapat diubah; buat perjanjian baru.",
                "This agreement has ended and cannot be changed; make a new agreement."};
  return std::nullopt;
}

std::optional<Text> cannot_activate(const Agreement& a, const std::string& today, const std::string& citation) {
  std::string where = citation.empty() ? "" : " (" + citation + ")";
  if (a.status != "draft")
    return Text{"Hanya perjanjian berstatus draft yang dapat diberlakukan.", "Only a draft agreement can be put into force."};
  if (a.document_number.empty())
    return Text{"Isi nomor naskah perjanjian atau keputusan sebelum memberlakukannya" + where + ".",
                "Give the number of the agreement or decree before putting it into force" + where + "."};
  if (a.dataset_ids.empty())
    return Text{"Pilih paling sedikit satu dataset yang dibagipakaikan" + where + ".",
                "Choose at least one dataset to share" + where + "."};
  if (a.expires_on < today)
    return Text{"Perjanjian ini sudah lewat tanggal berakhirnya (" + a.expires_on + "); perbarui tanggalnya dahulu.",
                "This agreement is past its expiry date (" + a.expires_on + "); update the dates first."};
  return std::nullopt;
}

std::optional<Text> cannot_end(const Agreement& a) {
  if (a.status == "ended") return Text{"Perjanjian ini sudah berakhir.", "This agreement has already ended."};
  return std::nullopt;
}

std::string parse_end_reason(const nlohmann::json& body) {
  nlohmann::json b = body.is_null() ? nlohmann::json::object() : body;
  BodyReader r(b, {"reason"});
  auto reason = r.nullable_text("reason", 2000, {"Alasan paling panjang 2000 karakter.", "The reason has at most 2000 characters."});
  r.check();
  return reason && *reason ? **reason : "";
}

}  // namespace simpul::modules::datasets
