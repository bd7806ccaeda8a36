#include "modules/assets/rules.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <tuple>

#include "core/body_reader.h"
#include "core/dates.h"
#include "core/text.h"

namespace simpul::modules::assets {

namespace {

struct StageWords {
  const char* id;
  const char* en;
};

const std::map<std::string, StageWords>& stage_words() {
  static const std::map<std::string, StageWords> words{
      {"planning", {"perencanaan", "planning"}},
      {"procurement", {"pengadaan", "procurement"}},
      {"in_use", {"digunakan", "in use"}},
      {"maintenance", {"pemeliharaan", "maintenance"}},
      {"disposed", {"dihapus", "disposed"}},
  };
  return words;
}

// The steps that may follow each stage, in words, for the refusal that says what comes next.
Text next_steps(const std::string& stage) {
  if (stage == "planning") return {"pengadaan (procure)", "procurement (procure)"};
  if (stage == "procurement") return {"mulai digunakan (put_in_use)", "put in use (put_in_use)"};
  if (stage == "in_use")
    return {"pemeliharaan (start_maintenance) atau penghapusan (dispose)", "maintenance (start_maintenance) or disposal (dispose)"};
  return {"selesai pemeliharaan (end_maintenance) atau penghapusan (dispose)",
          "end of maintenance (end_maintenance) or disposal (dispose)"};
}

std::chrono::sys_days day_of(const std::string& date) { return parse_date(date); }

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// A whole number from `min` to `max`, or null to clear.
std::optional<std::optional<int64_t>> nullable_number(BodyReader& r, const std::string& name, int64_t min, int64_t max,
                                                      const Text& message) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  if (v.is_null()) return std::optional<int64_t>{};
  if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max) return r.add(name, message), std::nullopt;
  return std::optional<int64_t>{v.get<int64_t>()};
}

std::optional<std::optional<std::string>> nullable_word(BodyReader& r, const std::string& name,
                                                        const std::set<std::string>& words, const Text& message) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  if (v.is_null() || (v.is_string() && v.get<std::string>().empty())) return std::optional<std::string>{};
  if (!v.is_string() || !words.count(v.get<std::string>())) return r.add(name, message), std::nullopt;
  return std::optional<std::string>{v.get<std::string>()};
}

bool rule_names_record(const profiles::Obligation& o, const std::string& record) {
  return o.rule.kind == "required_record" && o.rule.value("record") == record;
}

const Text kDate{"Tanggal berformat YYYY-MM-DD, misalnya 2026-03-31.", "A date as YYYY-MM-DD, e.g. 2026-03-31."};

}  // namespace

std::set<std::string> all_categories() {
  std::set<std::string> out = kHardwareCategories;
  out.insert(kSoftwareCategories.begin(), kSoftwareCategories.end());
  return out;
}

bool category_fits(const std::string& kind, const std::string& category) {
  return (kind == "hardware" ? kHardwareCategories : kSoftwareCategories).count(category) > 0;
}

std::string category_family(const std::string& category) {
  if (category == "computer" || category == "laptop" || category == "printer" || category == "peripheral") return "workstation";
  if (category == "server" || category == "storage") return "data_center";
  if (category == "network_device" || category == "security_device") return "network";
  return "other";
}

AssetInput parse_asset(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"kind", "category", "code", "name", "owner_agency_id", "stage", "brand", "model", "software_version",
                      "serial_number", "location", "acquired_on", "value", "warranty_until", "licence_kind", "licence_until",
                      "seats", "application_id", "regional_asset_code", "notes"});
  AssetInput in;
  if (creating) {
    in.kind = r.word("kind", kKinds, true, {"Pilih jenis aset: hardware (perangkat keras) atau software (perangkat lunak).",
                                            "Choose the kind: hardware or software."});
    in.stage = r.word("stage", kInitialStages, false,
                      {"Aset baru dimulai pada tahap planning (rencana), in_use (sudah digunakan) atau maintenance; pengadaan "
                       "melalui langkah procure.",
                       "A new asset starts as planning, in_use (already in use) or maintenance; procurement comes through the "
                       "procure step."});
  } else {
    if (r.has("kind"))
      r.add("kind", {"Jenis aset tidak dapat diubah; catat aset baru.", "The kind of an asset cannot change; record a new asset."});
    if (r.has("stage"))
      r.add("stage", {"Tahap aset berubah hanya melalui langkah (POST …/actions).",
                      "The stage changes only through a step (POST …/actions)."});
  }
  in.category = r.word("category", all_categories(), creating,
                       {"Pilih kategori dari daftar (computer, laptop, server, network_device, … ).",
                        "Choose a category from the list (computer, laptop, server, network_device, …)."});
  in.code = r.text("code", creating, 40, {"Isi kode inventaris (1-40 karakter), misalnya DINKES/PC/2024/001.",
                                          "Enter the inventory number (1-40 characters), e.g. DINKES/PC/2024/001."});
  in.name = r.text("name", creating, 200, {"Isi nama aset (1-200 karakter).", "Enter the asset's name (1-200 characters)."});
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah pemilik aset.", "Choose the agency that owns the asset."});
  const Text short_text{"Teks sampai 100 karakter.", "Text of up to 100 characters."};
  in.brand = r.nullable_text("brand", 100, short_text);
  in.model = r.nullable_text("model", 100, short_text);
  in.software_version = r.nullable_text("software_version", 100, short_text);
  in.serial_number = r.nullable_text("serial_number", 100, short_text);
  in.regional_asset_code = r.nullable_text("regional_asset_code", 100, short_text);
  in.location = r.nullable_text("location", 200, {"Lokasi sampai 200 karakter.", "A location of up to 200 characters."});
  in.notes = r.nullable_text("notes", 2000, {"Catatan sampai 2000 karakter.", "Notes of up to 2000 characters."});
  in.acquired_on = r.nullable_date("acquired_on", kDate);
  in.warranty_until = r.nullable_date("warranty_until", kDate);
  in.licence_until = r.nullable_date("licence_until", kDate);
  in.licence_kind = nullable_word(r, "licence_kind", kLicenceKinds,
                                  {"Jenis lisensi: perpetual, subscription, open_source atau oem.",
                                   "Licence kind: perpetual, subscription, open_source or oem."});
  in.value = nullable_number(r, "value", 0, 1'000'000'000'000'000LL,
                             {"Nilai dalam rupiah, bilangan bulat 0 atau lebih.", "The value in rupiah, a whole number of 0 or more."});
  in.seats = nullable_number(r, "seats", 1, 10'000'000, {"Jumlah lisensi: bilangan bulat 1 atau lebih.", "Seats: a whole number of 1 or more."});
  in.application_id = r.nullable_id("application_id", {"Pilih aplikasi yang dilisensikan.", "Choose the licensed application."});
  r.check();
  return in;
}

void apply(const AssetInput& in, Asset& a) {
  if (in.kind) a.kind = *in.kind;
  if (in.stage) a.stage = *in.stage;
  if (in.category) a.category = *in.category;
  if (in.code) a.code = *in.code;
  if (in.name) a.name = *in.name;
  if (in.owner_agency_id) a.owner_agency_id = *in.owner_agency_id;
  for (auto [given, target] : {std::pair{&in.brand, &a.brand}, std::pair{&in.model, &a.model},
                               std::pair{&in.software_version, &a.software_version},
                               std::pair{&in.serial_number, &a.serial_number}, std::pair{&in.location, &a.location},
                               std::pair{&in.regional_asset_code, &a.regional_asset_code}, std::pair{&in.notes, &a.notes}})
    if (*given) *target = (*given)->value_or("");
  if (in.acquired_on) a.acquired_on = *in.acquired_on;
  if (in.warranty_until) a.warranty_until = *in.warranty_until;
  if (in.licence_kind) a.licence_kind = *in.licence_kind;
  if (in.licence_until) a.licence_until = *in.licence_until;
  if (in.value) a.value = *in.value;
  if (in.seats) a.seats = *in.seats;
  if (in.application_id) a.application_id = *in.application_id;
}

std::vector<FieldError> record_errors(const Asset& a) {
  std::vector<FieldError> errors;
  if (!category_fits(a.kind, a.category))
    errors.push_back({"category", a.kind == "hardware"
                                      ? Text{"Kategori perangkat keras: computer, laptop, server, network_device, storage, "
                                             "printer, peripheral, security_device atau other.",
                                             "Hardware categories: computer, laptop, server, network_device, storage, printer, "
                                             "peripheral, security_device or other."}
                                      : Text{"Kategori perangkat lunak: operating_system, office_software, database_software, "
                                             "application_licence, security_software atau other.",
                                             "Software categories: operating_system, office_software, database_software, "
                                             "application_licence, security_software or other."}});
  if (a.kind == "hardware") {
    const Text software_only{"Hanya untuk perangkat lunak; kosongkan untuk perangkat keras.",
                             "For software only; leave it empty for hardware."};
    if (a.licence_kind) errors.push_back({"licence_kind", software_only});
    if (a.licence_until) errors.push_back({"licence_until", software_only});
    if (a.seats) errors.push_back({"seats", software_only});
    if (a.application_id) errors.push_back({"application_id", software_only});
    if (!a.software_version.empty()) errors.push_back({"software_version", software_only});
  }
  if (a.acquired_on && a.warranty_until && *a.warranty_until < *a.acquired_on)
    errors.push_back({"warranty_until", {"Garansi tidak dapat berakhir sebelum tanggal perolehan.",
                                         "The warranty cannot end before the acquisition date."}});
  return errors;
}

std::string search_text(const Asset& a) { return lower(a.code + " " + a.name + " " + a.serial_number); }

std::optional<std::string> expires_on(const Asset& a) {
  if (a.stage == "disposed") return std::nullopt;
  if (a.warranty_until && a.licence_until) return std::min(*a.warranty_until, *a.licence_until);
  return a.warranty_until ? a.warranty_until : a.licence_until;
}

std::optional<std::string> next_stage(const std::string& stage, const std::string& action) {
  static const std::map<std::pair<std::string, std::string>, std::string> steps{
      {{"planning", "procure"}, "procurement"},
      {{"procurement", "put_in_use"}, "in_use"},
      {{"in_use", "start_maintenance"}, "maintenance"},
      {{"maintenance", "end_maintenance"}, "in_use"},
      {{"in_use", "dispose"}, "disposed"},
      {{"maintenance", "dispose"}, "disposed"},
  };
  auto it = steps.find({stage, action});
  if (it == steps.end()) return std::nullopt;
  return it->second;
}

std::optional<Text> cannot_edit(const Asset& a) {
  if (a.stage != "disposed") return std::nullopt;
  auto on = a.disposed_on.value_or(a.stage_since);
  return Text{"Aset ini sudah dihapus pada " + on + " dan hanya dapat dilihat.",
              "This asset was disposed of on " + on + " and can only be viewed."};
}

std::optional<Text> cannot_take(const Asset& a, const std::string& action) {
  if (a.stage == "disposed") {
    auto on = a.disposed_on.value_or(a.stage_since);
    return Text{"Aset ini sudah dihapus pada " + on + " (" + a.disposal_reason + "); langkah lain tidak dapat dilakukan.",
                "This asset was already disposed of on " + on + " (" + a.disposal_reason + "); no other step can be taken."};
  }
  if (next_stage(a.stage, action)) return std::nullopt;
  const auto& words = stage_words().at(a.stage);
  auto next = next_steps(a.stage);
  return Text{std::string("Aset ini sedang dalam tahap ") + words.id + "; langkah berikutnya: " + next.id + ".",
              std::string("This asset is at the ") + words.en + " stage; the next step is " + next.en + "."};
}

StepInput parse_step(const nlohmann::json& body, const std::string& today, const std::string& stage_since) {
  BodyReader r(body, {"action", "on", "note", "reason", "decree_reference"});
  StepInput in;
  in.action = r.word("action", kActions, true,
                     {"Langkah: procure, put_in_use, start_maintenance, end_maintenance atau dispose.",
                      "Step: procure, put_in_use, start_maintenance, end_maintenance or dispose."})
                  .value_or("");
  auto on = r.nullable_date("on", kDate);
  in.on = on && *on ? **on : today;
  if (on && *on && in.on > today)
    r.add("on", {"Tanggal langkah tidak boleh di masa depan.", "The date of a step cannot be in the future."});
  else if (on && *on && in.on < stage_since)
    r.add("on", {"Tanggal langkah tidak boleh sebelum langkah sebelumnya (" + stage_since + ").",
                 "The date of a step cannot be before the previous step (" + stage_since + ")."});
  in.note = r.nullable_text("note", 2000, {"Catatan sampai 2000 karakter.", "A note of up to 2000 characters."})
                .value_or(std::nullopt)
                .value_or("");
  bool disposing = in.action == "dispose";
  auto reason = r.text("reason", disposing, 2000,
                       {"Isi alasan penghapusan (rusak berat, usang, hilang …; sampai 2000 karakter).",
                        "Enter why the asset is disposed of (beyond repair, obsolete, lost …; up to 2000 characters)."});
  auto decree = r.text("decree_reference", disposing, 200,
                       {"Isi nomor keputusan penghapusan (sampai 200 karakter).",
                        "Enter the number of the disposal decree (up to 200 characters)."});
  if (!disposing && (reason || decree))
    r.add(reason ? "reason" : "decree_reference",
          {"Alasan dan nomor keputusan hanya untuk penghapusan.", "A reason and decree are only for disposal."});
  r.check();
  if (disposing) in.reason = *reason, in.decree_reference = *decree;
  return in;
}

void take_step(Asset& a, const StepInput& step) {
  a.stage = *next_stage(a.stage, step.action);
  a.stage_since = step.on;
  if (step.action == "put_in_use" && !a.acquired_on) a.acquired_on = step.on;
  if (step.action == "dispose") {
    a.disposed_on = step.on;
    a.disposal_reason = step.reason;
    a.disposal_decree = step.decree_reference;
  }
}

std::optional<CitedObligation> compatibility_obligation(const profiles::Profile* profile) {
  return cited_obligation(profile, [](const profiles::Obligation& o) { return rule_names_record(o, "device_procurement"); });
}

std::optional<Text> cannot_procure(const Asset& a, const std::optional<CitedObligation>& gate) {
  if (!gate || a.kind != "hardware" || a.compatible_with) return std::nullopt;
  return Text{"Pengadaan perangkat baru harus kompatibel dengan perangkat yang sudah ada. Isi pernyataan kompatibilitas "
              "terlebih dahulu (" + gate->citation + ").",
              "New devices must be compatible with the existing ones. State the compatibility first (" + gate->citation + ")."};
}

CompatibilityInput parse_compatibility(const nlohmann::json& body) {
  BodyReader r(body, {"compatible_with", "note"});
  CompatibilityInput in;
  const Text ids{"Daftar nomor aset yang sudah digunakan (paling banyak 100), boleh kosong.",
                 "A list of ids of assets in use (at most 100); it may be empty."};
  if (!r.has("compatible_with") || !r.body()["compatible_with"].is_array() || r.body()["compatible_with"].size() > 100) {
    r.add("compatible_with", ids);
  } else {
    const auto& list = r.body()["compatible_with"];
    for (size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_number_integer() || list[i].get<int64_t>() < 1) {
        r.add("compatible_with." + std::to_string(i), ids);
        continue;
      }
      auto id = list[i].get<int64_t>();
      if (std::find(in.compatible_with.begin(), in.compatible_with.end(), id) == in.compatible_with.end())
        in.compatible_with.push_back(id);
    }
  }
  in.note = r.text("note", true, 2000,
                   {"Jelaskan kompatibilitas dengan perangkat yang ada (1-2000 karakter).",
                    "Explain how it is compatible with the existing devices (1-2000 characters)."})
                .value_or("");
  r.check();
  return in;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"kind", "target_id"});
  LinkInput in;
  in.kind = r.word("kind", kLinkKinds, true, {"Jenis tautan: host, application atau ticket.", "Link kind: host, application or ticket."})
                .value_or("");
  in.target_id = r.id("target_id", true, {"Pilih server, aplikasi atau tiket yang ditautkan.", "Choose the host, application or ticket to link."})
                     .value_or(0);
  r.check();
  return in;
}

int64_t days_between(const std::string& from, const std::string& to) { return (day_of(to) - day_of(from)).count(); }

std::string expiry_status(const std::string& until, const std::string& today, int64_t warning_days) {
  auto left = days_between(today, until);
  if (left < 0) return "expired";
  if (left <= warning_days) return "expiring";
  return "";
}

std::string date_after(const std::string& date, int64_t days) { return format_date(day_of(date) + std::chrono::days{days}); }

int64_t parse_warning_days(const nlohmann::json& body) {
  BodyReader r(body, {"warning_days"});
  const Text message{"Jangka peringatan 1-365 hari.", "The warning window is 1-365 days."};
  auto days = nullable_number(r, "warning_days", 1, 365, message);
  if (!days || !*days) {
    if (r.errors().empty()) r.add("warning_days", message);
  }
  r.check();
  return **days;
}

std::optional<CitedObligation> report_obligation(const profiles::Profile* profile) {
  return cited_obligation(profile, [](const profiles::Obligation& o) { return rule_names_record(o, "spbe_asset_inventory_report"); });
}

std::string asset_office_name(const profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& agency : profile->agencies)
    if (lower(agency.name).find("aset") != std::string::npos) return agency.name;
  return "";
}

bool counts_in_year(const Asset& a, int year) {
  auto since = a.acquired_on.value_or(a.created_at.substr(0, 10));
  return since.size() >= 4 && std::stoi(since.substr(0, 4)) <= year;
}

void snapshot(InventoryReport& report, const std::vector<Asset>& counted) {
  std::map<std::tuple<std::string, int64_t, std::string>, ReportRow> rows;
  report.total_count = report.total_value = 0;
  report.missing.clear();
  for (const auto& a : counted) {
    auto& row = rows[{a.owner_agency_name, a.owner_agency_id, a.category}];
    row.agency_id = a.owner_agency_id;
    row.agency_name = a.owner_agency_name;
    row.category = a.category;
    row.kind = a.kind;
    int64_t* by_stage[] = {&row.planning, &row.procurement, &row.in_use, &row.maintenance, &row.disposed};
    const char* stages[] = {"planning", "procurement", "in_use", "maintenance", "disposed"};
    for (size_t i = 0; i < 5; ++i)
      if (a.stage == stages[i]) ++*by_stage[i];
    if (a.stage == "disposed") continue;
    ++row.count;
    row.value += a.value.value_or(0);
    ++report.total_count;
    report.total_value += a.value.value_or(0);
    if (a.regional_asset_code.empty()) report.missing.push_back({a.id, a.code, a.name, a.owner_agency_name});
  }
  report.rows.clear();
  for (auto& [_, row] : rows) report.rows.push_back(row);
  report.missing_count = static_cast<int64_t>(report.missing.size());
}

int parse_report_year(const nlohmann::json& body, int current_year) {
  BodyReader r(body, {"year"});
  const Text message{"Tahun laporan dari 2000 sampai " + std::to_string(current_year) + ".",
                     "The report's year, from 2000 to " + std::to_string(current_year) + "."};
  auto year = nullable_number(r, "year", 2000, current_year, message);
  if ((!year || !*year) && r.errors().empty()) r.add("year", message);
  r.check();
  return static_cast<int>(**year);
}

SubmitInput parse_submit(const nlohmann::json& body, const std::string& today) {
  BodyReader r(body, {"sent_on", "recipient"});
  SubmitInput in;
  auto sent = r.nullable_date("sent_on", kDate);
  if (!sent || !*sent) {
    if (!r.has("sent_on") || (sent && !*sent)) r.add("sent_on", kDate);
  } else if (**sent > today) {
    r.add("sent_on", {"Tanggal pengiriman tidak boleh di masa depan.", "The date it was sent cannot be in the future."});
  }
  in.recipient = r.text("recipient", true, 200,
                        {"Isi penerima laporan, misalnya Badan Keuangan dan Aset Daerah (1-200 karakter).",
                         "Enter who receives the report, e.g. the regional finance and asset office (1-200 characters)."})
                     .value_or("");
  r.check();
  in.sent_on = **sent;
  return in;
}

std::optional<Text> cannot_submit(const InventoryReport& r) {
  if (r.state != "sent") return std::nullopt;
  return Text{"Laporan inventaris tahun " + std::to_string(r.year) + " sudah dikirim pada " + r.sent_on.value_or("") + ".",
              "The inventory report of " + std::to_string(r.year) + " was already sent on " + r.sent_on.value_or("") + "."};
}

}  // namespace simpul::modules::assets
