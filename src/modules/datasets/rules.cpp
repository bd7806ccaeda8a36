#include "modules/datasets/rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <chrono>
#include <regex>

#include "core/record_code.h"
#include "core/body_reader.h"
#include "core/dates.h"
#include "core/text.h"
#include "modules/planning/period.h"

namespace simpul::modules::datasets {

namespace {

const Text kCodeMessage{"Kode 2-40 karakter: huruf besar dan angka, dipisah \"-\" atau \".\", diawali huruf, misalnya DUKCAPIL-PENDUDUK.",
                        "The code has 2-40 characters: capital letters and digits, separated by \"-\" or \".\", "
                        "starting with a letter, e.g. DUKCAPIL-PENDUDUK."};
const Text kFormatsMessage{"Format berupa daftar paling banyak 10, masing-masing 1-20 huruf, angka, titik atau tanda hubung, misalnya [\"CSV\", \"XLSX\", \"API\"].",
                           "Formats are a list of at most 10, each 1-20 letters, digits, dots or hyphens, e.g. [\"CSV\", \"XLSX\", \"API\"]."};
const Text kKeywordsMessage{"Kata kunci berupa daftar paling banyak 20, masing-masing 1-60 karakter.",
                            "Keywords are a list of at most 20, each 1-60 characters."};
const Text kUrlMessage{"Alamat web diawali http:// atau https://, paling panjang 500 karakter, tanpa spasi.",
                       "A web address starts with http:// or https://, has at most 500 characters and no spaces."};

std::optional<std::vector<std::string>> read_formats(BodyReader& r) {
  if (!r.has("formats")) return std::nullopt;
  const auto& v = r.body()["formats"];
  if (v.is_null()) return std::vector<std::string>{};
  static const std::regex shape(R"(^[A-Z0-9][A-Z0-9.+\-]{0,19}$)");
  if (!v.is_array() || v.size() > kMaxFormats) return r.add("formats", kFormatsMessage), std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : v) {
    if (!item.is_string()) return r.add("formats", kFormatsMessage), std::nullopt;
    std::string f = trimmed(item.get<std::string>());
    for (auto& ch : f) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (!std::regex_match(f, shape)) return r.add("formats", kFormatsMessage), std::nullopt;
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  }
  return out;
}

std::optional<std::vector<std::string>> read_keywords(BodyReader& r) {
  if (!r.has("keywords")) return std::nullopt;
  const auto& v = r.body()["keywords"];
  if (v.is_null()) return std::vector<std::string>{};
  if (!v.is_array() || v.size() > kMaxKeywords) return r.add("keywords", kKeywordsMessage), std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : v) {
    std::string k = item.is_string() ? trimmed(item.get<std::string>()) : "";
    if (k.empty() || utf8_length(k) > 60) return r.add("keywords", kKeywordsMessage), std::nullopt;
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

std::optional<std::optional<std::string>> read_url(BodyReader& r, const std::string& name) {
  auto url = r.nullable_text(name, 500, kUrlMessage);
  if (url && *url) {
    const auto& u = **url;
    bool ok = (u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0) && u.find_first_of(" \t\r\n") == std::string::npos &&
              u.size() > 8;
    if (!ok) return r.add(name, kUrlMessage), std::nullopt;
  }
  return url;
}

// A calendar date that is not after `today`.
std::optional<std::optional<std::string>> read_past_date(BodyReader& r, const std::string& name, const std::string& today,
                                                         const Text& what) {
  auto date = r.nullable_date(name, {what.id + " berupa tanggal YYYY-MM-DD.", what.en + " is a date YYYY-MM-DD."});
  if (date && *date && **date > today) {
    r.add(name, {what.id + " tidak boleh setelah hari ini (" + today + ").", what.en + " cannot be after today (" + today + ")."});
    return std::nullopt;
  }
  return date;
}

std::string cited(const simpul::profiles::Profile& profile, const simpul::profiles::Obligation& o) {
  return profile.citation.short_name + " " + o.article;
}

bool lists(const simpul::profiles::Obligation& o, const std::string& field) {
  const auto& fields = o.rule.list("fields");
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

}  // namespace

DatasetInput parse_dataset(const nlohmann::json& body, bool creating, const std::string& today) {
  BodyReader r(body, {"owner_agency_id", "code", "title", "description", "data_steward_id", "classification",
                      "update_frequency", "last_updated", "formats", "keywords", "theme", "temporal_coverage",
                      "spatial_coverage", "licence", "landing_page", "access_url", "contact_name", "contact_email",
                      "issued", "master_data", "reference_data", "data_key", "status"});
  DatasetInput in;
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah pemilik data.", "Choose the agency that owns the data."});
  if (r.has("owner_agency_id") && !creating)
    r.add("owner_agency_id", {"Pemilik data tidak dapat dipindahkan; catat dataset baru di perangkat daerah yang baru.",
                              "The owner cannot be changed; record a new dataset under the new agency."});
  if (auto code = r.text("code", creating, 40, kCodeMessage)) {
    auto c = normalised_code(*code);
    if (!is_valid_code(c)) r.add("code", kCodeMessage);
    else in.code = c;
  }
  in.title = r.text("title", creating, 300, {"Judul dataset 1-300 karakter.", "The dataset title has 1-300 characters."});
  in.description = r.nullable_text("description", 4000, {"Uraian paling panjang 4000 karakter.", "The description has at most 4000 characters."});
  in.data_steward_id = r.nullable_id("data_steward_id", {"Walidata dipilih dari daftar pegawai (nomor orang).",
                                                         "The data steward (walidata) is chosen from the staff list (a person id)."});
  in.classification = r.word("classification", kClassifications, creating,
                             {"Pilih klasifikasi: public (terbuka), internal, restricted (terbatas) atau secret (rahasia).",
                              "Choose the classification: public, internal, restricted or secret."});
  in.update_frequency = r.word("update_frequency", kFrequencies, creating,
                               {"Pilih frekuensi pemutakhiran: daily, weekly, monthly, quarterly, semiannual, yearly atau irregular.",
                                "Choose the update frequency: daily, weekly, monthly, quarterly, semiannual, yearly or irregular."});
  in.last_updated = read_past_date(r, "last_updated", today, {"Tanggal pemutakhiran terakhir", "The last update"});
  in.issued = read_past_date(r, "issued", today, {"Tanggal terbit", "The issue date"});
  in.formats = read_formats(r);
  in.keywords = read_keywords(r);
  const Text short_text{"Paling panjang 200 karakter.", "At most 200 characters."};
  in.theme = r.nullable_text("theme", 200, short_text);
  in.temporal_coverage = r.nullable_text("temporal_coverage", 200, short_text);
  in.spatial_coverage = r.nullable_text("spatial_coverage", 200, short_text);
  in.licence = r.nullable_text("licence", 200, short_text);
  in.landing_page = read_url(r, "landing_page");
  in.access_url = read_url(r, "access_url");
  in.contact_name = r.nullable_text("contact_name", 200, short_text);
  const Text email_message{"Alamat surel tidak sah, misalnya data@madiunkota.go.id.", "Not a valid e-mail address, e.g. data@madiunkota.go.id."};
  in.contact_email = r.nullable_text("contact_email", 254, email_message);
  static const std::regex email_shape(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
  if (in.contact_email && *in.contact_email && !std::regex_match(**in.contact_email, email_shape)) {
    r.add("contact_email", email_message);
    in.contact_email.reset();
  }
  const Text flag_message{"Isi true atau false.", "Give true or false."};
  in.master_data = r.flag("master_data", false, flag_message);
  in.reference_data = r.flag("reference_data", false, flag_message);
  in.data_key = r.word("data_key", kDataKeys, false,
                       {"Pilih kunci data: nik (kependudukan), nip (kepegawaian), other (kunci lain) atau none.",
                        "Choose the data key: nik (population), nip (staff), other or none."});
  in.status = r.word("status", kStatuses, false, {"Status: active atau retired.", "Status: active or retired."});
  if (creating && in.status && *in.status != "active")
    r.add("status", {"Dataset baru selalu berstatus active.", "A new dataset is always active."});
  r.check();
  return in;
}

void apply(const DatasetInput& in, Dataset& d) {
  auto set = [](const std::optional<std::optional<std::string>>& v, std::string& target) {
    if (v) target = v->value_or("");
  };
  if (in.owner_agency_id) d.owner_agency_id = *in.owner_agency_id;
  if (in.code) d.code = *in.code;
  if (in.title) d.title = *in.title;
  set(in.description, d.description);
  if (in.data_steward_id) d.data_steward_id = *in.data_steward_id;
  if (in.classification) d.classification = *in.classification;
  if (in.update_frequency) d.update_frequency = *in.update_frequency;
  set(in.last_updated, d.last_updated);
  set(in.issued, d.issued);
  if (in.formats) d.formats = *in.formats;
  if (in.keywords) d.keywords = *in.keywords;
  set(in.theme, d.theme);
  set(in.temporal_coverage, d.temporal_coverage);
  set(in.spatial_coverage, d.spatial_coverage);
  set(in.licence, d.licence);
  set(in.landing_page, d.landing_page);
  set(in.access_url, d.access_url);
  set(in.contact_name, d.contact_name);
  set(in.contact_email, d.contact_email);
  if (in.master_data) d.master_data = *in.master_data;
  if (in.reference_data) d.reference_data = *in.reference_data;
  if (in.data_key) d.data_key = *in.data_key;
  if (in.status) d.status = *in.status;
}

std::vector<FieldError> record_errors(const Dataset& d, const std::string& key_citation) {
  std::vector<FieldError> errors;
  if (d.master_data && d.data_key == "none") {
    std::string where = key_citation.empty() ? "" : " (" + key_citation + ")";
    errors.push_back({"data_key", {"Data induk memerlukan kunci pengenal" + where +
                                       ": nik untuk data kependudukan, nip untuk data kepegawaian, atau other.",
                                   "Master data needs an identifying key" + where +
                                       ": nik for population data, nip for staff data, or other."}});
  }
  return errors;
}

std::optional<std::string> next_update_due(const std::string& frequency, const std::string& last_updated,
                                           const std::string& today) {
  if (frequency == "irregular" || !kFrequencies.count(frequency)) return std::nullopt;
  if (last_updated.empty() || !is_calendar_date(last_updated)) return today;
  if (frequency == "daily") return add_days(last_updated, 1);
  if (frequency == "weekly") return add_days(last_updated, 7);
  int months = frequency == "monthly" ? 1 : frequency == "quarterly" ? 3 : frequency == "semiannual" ? 6 : 12;
  return planning::add_months(last_updated, months);
}

bool update_overdue(const Dataset& d, const std::string& today) {
  if (d.status != "active") return false;
  auto due = next_update_due(d.update_frequency, d.last_updated, today);
  if (!due) return false;
  if (d.last_updated.empty()) return true;
  return today > *due;
}

std::string key_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (lists(o, "nik") || lists(o, "nip")) return cited(*profile, o);
  for (const auto& o : profile->obligations)
    if (o.rule.value("record") == "data_management" && lists(o, "master_data")) return cited(*profile, o);
  return "";
}

std::string classification_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (o.rule.value("record") == "dataset" &&
        (lists(o, "security_classification") || lists(o, "confidentiality_status") || lists(o, "access_restriction")))
      return cited(*profile, o);
  return "";
}

std::string sharing_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations) {
    const auto& record = o.rule.value("record");
    if (record == "dataset_sharing" || record == "data_sharing" || record == "data_sharing_sop") return cited(*profile, o);
  }
  for (const auto& o : profile->obligations)
    if (o.rule.value("record") == "dataset" && lists(o, "shared_use")) return cited(*profile, o);
  return "";
}

}  // namespace simpul::modules::datasets
