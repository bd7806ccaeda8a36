#include "modules/competencies/input.h"

#include <algorithm>
#include <cctype>

#include "files/file_rules.h"

namespace simpul::modules::competencies {

namespace {

const Text kDate{"Isi tanggal dengan format TTTT-BB-HH, misalnya 2026-03-15.", "Enter the date as YYYY-MM-DD, e.g. 2026-03-15."};
const Text kSha{"Unggah berkasnya dulu, lalu rujuk dengan sha256-nya (64 digit heksadesimal).",
                "Upload the file first, then refer to it by its sha256 (64 hexadecimal digits)."};
const Text kCompetency{"Pilih kompetensi dari katalog daerah.", "Choose a competency from the region's catalogue."};

// A whole number in [min, max]; absent leaves it alone (an error when `required`).
std::optional<int64_t> whole(BodyReader& r, const std::string& name, int64_t min, int64_t max, bool required,
                             const Text& message) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required || r.has(name)) r.add(name, message);
    return std::nullopt;
  }
  const auto& v = r.body()[name];
  if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max) return r.add(name, message), std::nullopt;
  return v.get<int64_t>();
}

// A required date when creating; present-and-valid replaces `into`.
void date(BodyReader& r, const std::string& name, bool creating, std::string& into) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (creating || r.has(name)) r.add(name, kDate);
    return;
  }
  auto v = r.nullable_date(name, kDate);
  if (v && *v) into = **v;
}

// An optional date: null or absent clears (when creating) or leaves it.
void optional_date(BodyReader& r, const std::string& name, std::string& into) {
  auto v = r.nullable_date(name, kDate);
  if (v) into = v->value_or("");
}

void sha(BodyReader& r, const std::string& name, std::string& into) {
  if (!r.has(name)) return;
  const auto& v = r.body()[name];
  if (v.is_null()) return void(into.clear());
  if (!v.is_string() || !files::is_sha256_hex(v.get<std::string>())) return r.add(name, kSha);
  into = v.get<std::string>();
}

void text(BodyReader& r, const std::string& name, bool creating, size_t max, const Text& message, std::string& into) {
  if (auto v = r.text(name, creating, max, message)) into = *v;
}

void optional_text(BodyReader& r, const std::string& name, size_t max, const Text& message, std::string& into) {
  if (auto v = r.nullable_text(name, max, message)) into = v->value_or("");
}

void optional_id(BodyReader& r, const std::string& name, const Text& message, std::optional<int64_t>& into) {
  if (auto v = r.nullable_id(name, message)) into = *v;
}

std::optional<std::vector<int64_t>> id_list(BodyReader& r, const std::string& name, const Text& message) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  if (!v.is_array() || v.size() > 500) return r.add(name, message), std::nullopt;
  std::vector<int64_t> out;
  for (const auto& id : v) {
    if (!id.is_number_integer() || id.get<int64_t>() < 1) return r.add(name, message), std::nullopt;
    if (std::find(out.begin(), out.end(), id.get<int64_t>()) == out.end()) out.push_back(id.get<int64_t>());
  }
  return out;
}

bool valid_code(const std::string& code) {
  if (code.empty() || code.size() > 20) return false;
  return std::all_of(code.begin(), code.end(),
                     [](unsigned char ch) { return std::isalnum(ch) || ch == '-' || ch == '.'; });
}

}  // namespace

void read_competency(BodyReader& r, bool creating, Competency& into) {
  if (creating) {
    const Text message{"Isi kode 1-20 karakter: huruf, angka, '-' atau '.'.", "Enter a code of 1-20 characters: letters, digits, '-' or '.'."};
    if (auto code = r.text("code", true, 20, message)) {
      std::string upper = *code;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
      if (valid_code(upper)) into.code = upper;
      else r.add("code", message);
    }
  } else if (r.has("code")) {
    r.add("code", {"Kode kompetensi tidak dapat diubah; buat kompetensi baru.", "A competency's code cannot change; create a new one."});
  }
  text(r, "name", creating, 200, {"Isi nama kompetensi (1-200 karakter).", "Enter the competency's name (1-200 characters)."}, into.name);
  if (auto kind = r.word("kind", competency_kinds(), creating,
                         {"Pilih jenis: basic_ict, ict_operation, technical, managerial atau functional.",
                          "Choose the kind: basic_ict, ict_operation, technical, managerial or functional."}))
    into.kind = *kind;
  optional_text(r, "description", 2000, {"Uraian paling panjang 2000 karakter.", "The description has at most 2000 characters."},
                into.description);
}

void read_requirement(BodyReader& r, Requirement& into) {
  if (auto a = r.word("applies_to", applies_to_words(), true,
                      {"Pilih berlaku untuk: each_employee, every_agency, agencies_with_services atau agencies_running_own_services.",
                       "Choose what it applies to: each_employee, every_agency, agencies_with_services or agencies_running_own_services."}))
    into.applies_to = *a;
  optional_id(r, "competency_id", kCompetency, into.competency_id);
  if (auto kind = r.word("competency_kind", competency_kinds(), false,
                         {"Pilih jenis kompetensi: basic_ict, ict_operation, technical, managerial atau functional.",
                          "Choose the competency kind: basic_ict, ict_operation, technical, managerial or functional."}))
    into.competency_kind = *kind;
  if (auto p = r.flag("pranata_komputer", false, {"Isi true atau false.", "Enter true or false."})) into.pranata_komputer = *p;
  int asked = (into.competency_id ? 1 : 0) + (into.competency_kind.empty() ? 0 : 1) + (into.pranata_komputer ? 1 : 0);
  if (asked != 1 && r.errors().empty())
    r.add("competency_id", {"Pilih tepat satu: kompetensi tertentu, jenis kompetensi, atau Pranata Komputer.",
                            "Choose exactly one: a given competency, a competency kind, or Pranata Komputer."});
  if (auto m = whole(r, "min_people", 1, 100, false, {"Isi jumlah orang 1-100.", "Enter a number of people from 1 to 100."}))
    into.min_people = static_cast<int>(*m);
  optional_text(r, "note", 500, {"Catatan paling panjang 500 karakter.", "The note has at most 500 characters."}, into.text);
}

void read_held(BodyReader& r, bool creating, HeldCompetency& into) {
  if (creating) {
    if (auto id = r.id("competency_id", true, kCompetency)) into.competency_id = *id;
  } else if (r.has("competency_id")) {
    r.add("competency_id", {"Kompetensinya tidak dapat diubah; hapus lalu catat yang benar.",
                            "The competency cannot change; delete it and record the right one."});
  }
  if (auto level = r.word("level", levels(), creating,
                          {"Pilih tingkat: basic, intermediate atau advanced.", "Choose the level: basic, intermediate or advanced."}))
    into.level = *level;
  date(r, "acquired_on", creating, into.acquired_on);
  optional_id(r, "training_id", {"Pilih pelatihan yang dicatat untuk pegawai ini.", "Choose a training recorded for this employee."},
              into.training_id);
  optional_id(r, "certificate_id", {"Pilih sertifikat yang dicatat untuk pegawai ini.", "Choose a certificate recorded for this employee."},
              into.certificate_id);
  optional_text(r, "note", 1000, {"Catatan paling panjang 1000 karakter.", "The note has at most 1000 characters."}, into.note);
}

void read_certificate(BodyReader& r, bool creating, Certificate& into) {
  text(r, "name", creating, 200, {"Isi nama sertifikat (1-200 karakter).", "Enter the certificate's name (1-200 characters)."}, into.name);
  text(r, "issuer", creating, 200, {"Isi penerbit sertifikat (1-200 karakter).", "Enter the issuer (1-200 characters)."}, into.issuer);
  optional_text(r, "number", 100, {"Nomor sertifikat paling panjang 100 karakter.", "The number has at most 100 characters."}, into.number);
  date(r, "issued_on", creating, into.issued_on);
  optional_date(r, "expires_on", into.expires_on);
  optional_id(r, "competency_id", kCompetency, into.competency_id);
  sha(r, "file_sha256", into.file_sha256);
  if (!into.expires_on.empty() && !into.issued_on.empty() && into.expires_on < into.issued_on)
    r.add("expires_on", {"Tanggal berakhir tidak boleh sebelum tanggal terbit.", "The expiry date cannot be before the issue date."});
}

void read_training(BodyReader& r, bool creating, Training& into) {
  text(r, "title", creating, 200, {"Isi judul pelatihan (1-200 karakter).", "Enter the training's title (1-200 characters)."}, into.title);
  text(r, "organiser", creating, 200, {"Isi penyelenggara (1-200 karakter).", "Enter the organiser (1-200 characters)."}, into.organiser);
  date(r, "starts_on", creating, into.starts_on);
  date(r, "ends_on", creating, into.ends_on);
  if (auto h = whole(r, "hours", 1, 1000, creating, {"Isi jumlah jam pelajaran 1-1000.", "Enter the hours, from 1 to 1000."}))
    into.hours = *h;
  optional_id(r, "competency_id", kCompetency, into.competency_id);
  sha(r, "certificate_file_sha256", into.certificate_file_sha256);
  if (!into.starts_on.empty() && !into.ends_on.empty() && into.ends_on < into.starts_on)
    r.add("ends_on", {"Tanggal selesai tidak boleh sebelum tanggal mulai.", "The end date cannot be before the start date."});
}

void read_plan(BodyReader& r, bool creating, Plan& into) {
  if (creating) {
    if (auto a = r.id("agency_id", true, {"Pilih perangkat daerah.", "Choose the agency."})) into.agency_id = *a;
    if (auto y = whole(r, "year", 2000, 2100, true, {"Isi tahun rencana, misalnya 2026.", "Enter the plan's year, e.g. 2026."}))
      into.year = static_cast<int>(*y);
  } else {
    for (const char* fixed : {"agency_id", "year"})
      if (r.has(fixed))
        r.add(fixed, {"Perangkat daerah dan tahun rencana tidak dapat diubah.", "A plan's agency and year cannot change."});
  }
  optional_text(r, "title", 200, {"Judul paling panjang 200 karakter.", "The title has at most 200 characters."}, into.title);
}

void read_item(BodyReader& r, bool creating, PlanItem& into) {
  if (creating) {
    if (auto id = r.id("competency_id", true, kCompetency)) into.competency_id = *id;
  } else if (r.has("competency_id")) {
    r.add("competency_id", {"Kompetensi butir rencana tidak dapat diubah; tambahkan butir baru.",
                            "An item's competency cannot change; add a new item."});
  }
  text(r, "title", creating, 200, {"Isi judul pelatihan yang direncanakan (1-200 karakter).", "Enter the planned training's title (1-200 characters)."},
       into.title);
  if (auto ids = id_list(r, "target_person_ids", {"Isi daftar pegawai sasaran (nomor orang).", "Enter the targeted people (their ids)."}))
    into.target_person_ids = *ids;
  bool count_given = r.has("target_count") && !r.body()["target_count"].is_null();
  if (auto n = whole(r, "target_count", 1, 100000, false, {"Isi jumlah peserta 1-100000.", "Enter the number of participants, 1-100000."}))
    into.target_count = *n;
  auto targeted = static_cast<int64_t>(into.target_person_ids.size());
  if (!count_given && (creating || into.target_count < targeted)) into.target_count = std::max<int64_t>(1, targeted);
  if (into.target_count < static_cast<int64_t>(into.target_person_ids.size()))
    r.add("target_count", {"Jumlah peserta tidak boleh kurang dari jumlah pegawai sasaran.",
                           "The number of participants cannot be less than the people targeted."});
  if (auto q = whole(r, "quarter", 1, 4, creating, {"Pilih triwulan 1-4.", "Choose the quarter, 1-4."})) into.quarter = static_cast<int>(*q);
  if (auto b = whole(r, "budget_rupiah", 0, 1000000000000000LL, false, {"Isi anggaran dalam rupiah (angka bulat, 0 atau lebih).",
                                                                         "Enter the budget in rupiah (a whole number, 0 or more)."}))
    into.budget_rupiah = *b;
  if (creating) {
    if (r.has("status") || r.has("training_ids"))
      r.add("status", {"Butir baru selalu berstatus planned; ubah statusnya setelah pelatihan terlaksana.",
                       "A new item is always planned; change its status once the training took place."});
    return;
  }
  if (auto s = r.word("status", item_statuses(), false, {"Pilih status: planned, done atau cancelled.", "Choose the status: planned, done or cancelled."}))
    into.status = *s;
  if (auto ids = id_list(r, "training_ids", {"Isi daftar pelatihan yang dicatat (nomornya).", "Enter the recorded trainings (their ids)."}))
    into.training_ids = *ids;
}

}  // namespace simpul::modules::competencies
