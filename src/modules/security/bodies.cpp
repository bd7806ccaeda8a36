#include "modules/security/bodies.h"

#include <set>

#include "core/body_reader.h"
#include "core/clock.h"
#include "core/text.h"
#include "files/file_rules.h"
#include "modules/tickets/rules.h"

namespace simpul::modules::security {

namespace {

const Text kFlag{"Isi dengan true atau false.", "Give true or false."};
const Text kId{"Pilih data yang ada (id berupa bilangan bulat positif).", "Choose an existing record (a positive whole number id)."};
const Text kDate{"Tanggal berformat YYYY-MM-DD atau null.", "A date as YYYY-MM-DD, or null."};
const Text kSha{"sha256 berkas yang sudah diunggah (64 digit heksadesimal), atau null.",
                "The sha256 of an uploaded file (64 hexadecimal digits), or null."};
const Text kInstant{"Waktu RFC 3339 UTC, misalnya 2026-11-22T05:00:00Z, dan tidak di masa depan.",
                    "An RFC 3339 UTC time such as 2026-11-22T05:00:00Z, not in the future."};

std::set<std::string> set_of(const std::vector<std::string>& words) { return {words.begin(), words.end()}; }

// Text of min..max characters (trimmed); `allow_empty` keeps "" as a value (optional notes).
std::optional<std::string> bounded(BodyReader& r, const std::string& name, bool required, size_t min, size_t max,
                                   const Text& message) {
  auto s = r.text(name, required, max, message);
  if (s && utf8_length(*s) < min) return r.add(name, message), std::nullopt;
  return s;
}

std::string optional_note(BodyReader& r, const std::string& name, size_t max, const Text& message) {
  auto given = r.nullable_text(name, max, message);
  return given && *given ? **given : "";
}

// A past instant in the stored form; field error otherwise.
std::optional<std::string> past_instant(BodyReader& r, const std::string& name, bool required, Instant now) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required) r.add(name, kInstant);
    return std::nullopt;
  }
  const auto& v = r.body()[name];
  if (!v.is_string() || !is_rfc3339_utc(v.get<std::string>())) return r.add(name, kInstant), std::nullopt;
  auto stored = normalise_rfc3339(v.get<std::string>());
  if (instant_of(stored) > now) return r.add(name, kInstant), std::nullopt;
  return stored;
}

std::optional<std::string> sha256_of(BodyReader& r, const std::string& name) {
  if (!r.has(name) || r.body()[name].is_null()) return std::nullopt;
  const auto& v = r.body()[name];
  if (!v.is_string() || !files::is_sha256_hex(v.get<std::string>())) return r.add(name, kSha), std::nullopt;
  return v.get<std::string>();
}

// Reads a nested object with its own reader; its field errors are named "outer.inner".
template <class Read>
void nested(BodyReader& outer, const std::string& name, std::initializer_list<const char*> fields, Read read) {
  const Text kObject{"Isi dengan objek JSON {…}.", "Give a JSON object {…}."};
  if (!outer.has(name) || !outer.body()[name].is_object()) return outer.add(name, kObject);
  BodyReader inner(outer.body()[name], fields);
  read(inner);
  for (const auto& e : inner.errors()) outer.add(name + "." + e.field, e.message);
}

}  // namespace

Instant instant_of(const std::string& rfc3339) { return tickets::instant_of(rfc3339); }

Programme parse_programme(const nlohmann::json& body) {
  BodyReader r(body, {"scope", "person_in_charge_id", "stages", "csirt", "report_hours"});
  Programme p;
  nested(r, "scope", {"data_information", "applications", "infrastructure", "existing_policy", "description"},
         [&](BodyReader& s) {
           p.scope_data_information = s.flag("data_information", true, kFlag).value_or(false);
           p.scope_applications = s.flag("applications", true, kFlag).value_or(false);
           p.scope_infrastructure = s.flag("infrastructure", true, kFlag).value_or(false);
           p.scope_existing_policy = s.flag("existing_policy", true, kFlag).value_or(false);
           p.scope_description = optional_note(s, "description", 4000,
                                               {"Uraian ruang lingkup paling panjang 4000 karakter.",
                                                "The scope description has at most 4000 characters."});
         });
  if (!r.has("person_in_charge_id")) r.add("person_in_charge_id", kId);
  if (auto pic = r.nullable_id("person_in_charge_id", kId)) p.person_in_charge_id = *pic;

  const Text kStages{"Daftar tahap: stage salah satu dari scope, person_in_charge, planning, operation_support, "
                     "performance_evaluation, continual_improvement (masing-masing sekali), note paling panjang 4000 karakter, date YYYY-MM-DD atau null.",
                     "A list of stages: stage one of scope, person_in_charge, planning, operation_support, "
                     "performance_evaluation, continual_improvement (each once), note of at most 4000 characters, date YYYY-MM-DD or null."};
  if (!r.has("stages") || !r.body()["stages"].is_array()) {
    r.add("stages", kStages);
  } else {
    std::set<std::string> seen;
    auto known = set_of(kProgrammeStages);
    for (size_t i = 0; i < r.body()["stages"].size(); ++i) {
      const auto& item = r.body()["stages"][i];
      std::string name = "stages." + std::to_string(i);
      if (!item.is_object()) {
        r.add(name, kStages);
        continue;
      }
      BodyReader s(item, {"stage", "note", "date"});
      ProgrammeStage stage;
      stage.stage = s.word("stage", known, true, kStages).value_or("");
      stage.note = optional_note(s, "note", 4000, kStages);
      if (auto d = s.nullable_date("date", kDate)) stage.date = *d;
      if (!stage.stage.empty() && !seen.insert(stage.stage).second) s.add("stage", kStages);
      for (const auto& e : s.errors()) r.add(name + "." + e.field, e.message);
      if (s.errors().empty()) p.stages.push_back(stage);
    }
  }
  p.stages = complete_stages(p.stages);

  nested(r, "csirt", {"name", "decree", "member_ids"}, [&](BodyReader& s) {
    p.csirt_name = optional_note(s, "name", 200, {"Nama CSIRT paling panjang 200 karakter.", "The CSIRT name has at most 200 characters."});
    p.csirt_decree = optional_note(s, "decree", 200, {"Nomor keputusan paling panjang 200 karakter.",
                                                      "The decree reference has at most 200 characters."});
    const Text kMembers{"Daftar id orang anggota CSIRT (bilangan bulat positif, masing-masing sekali).",
                        "A list of the ids of the CSIRT's members (positive whole numbers, each once)."};
    const auto& m = s.body().contains("member_ids") ? s.body()["member_ids"] : nlohmann::json();
    if (!m.is_array()) return s.add("member_ids", kMembers);
    std::set<int64_t> seen;
    for (const auto& id : m) {
      if (!id.is_number_integer() || id.get<int64_t>() < 1 || !seen.insert(id.get<int64_t>()).second)
        return s.add("member_ids", kMembers);
      p.csirt_member_ids.push_back(id.get<int64_t>());
    }
  });

  nested(r, "report_hours", {"ict_office", "data_owner"}, [&](BodyReader& s) {
    const Text kHours{"Jumlah jam 1-720 sejak insiden terdeteksi.", "A number of hours from detection, 1-720."};
    for (auto [name, target] : {std::pair{"ict_office", &p.hours.ict_office}, std::pair{"data_owner", &p.hours.data_owner}}) {
      const auto& v = s.body().contains(name) ? s.body()[name] : nlohmann::json();
      if (!v.is_number_integer() || v.get<int64_t>() < 1 || v.get<int64_t>() > kMaxReportHours) {
        s.add(name, kHours);
        continue;
      }
      *target = static_cast<int>(v.get<int64_t>());
    }
  });
  r.check();
  return p;
}

PolicyInput parse_policy(const nlohmann::json& body, bool create) {
  BodyReader r(body, {"kind", "title", "body", "file_sha256"});
  PolicyInput in;
  in.kind = r.word("kind", set_of(kPolicyKinds), create,
                   {"Jenis kebijakan: ict_use, byod, lan_security, wan_security atau other.",
                    "The kind of policy: ict_use, byod, lan_security, wan_security or other."});
  in.title = bounded(r, "title", create, 3, 200, {"Judul 3-200 karakter.", "A title of 3-200 characters."});
  in.body = bounded(r, "body", create, 1, 100000, {"Isi kebijakan 1-100000 karakter.", "The policy text, 1-100000 characters."});
  if (r.has("file_sha256")) in.file_sha256 = sha256_of(r, "file_sha256");
  r.check();
  return in;
}

void apply(const PolicyInput& in, Policy& p) {
  if (in.kind) p.kind = *in.kind;
  if (in.title) p.title = *in.title;
  if (in.body) p.body = *in.body;
  if (in.file_sha256) p.file_sha256 = *in.file_sha256;
}

int64_t parse_acknowledgement(const nlohmann::json& body) {
  BodyReader r(body, {"agency_id"});
  auto id = r.id("agency_id", true, {"Pilih perangkat daerah yang menyatakan menerima kebijakan.",
                                     "Choose the agency that acknowledges the policy."});
  r.check();
  return *id;
}

IncidentInput parse_incident(const nlohmann::json& body, bool create, Instant now) {
  BodyReader r(body, create ? std::initializer_list<const char*>{"agency_id", "title", "description", "severity", "serious",
                                                                 "detected_at", "ict_office_reported_at"}
                            : std::initializer_list<const char*>{"title", "description", "severity", "serious",
                                                                 "detected_at", "lessons_learned"});
  IncidentInput in;
  if (create) in.agency_id = r.id("agency_id", true, {"Pilih perangkat daerah penyelenggara sistem elektronik.",
                                                      "Choose the agency that operates the electronic system."});
  in.title = bounded(r, "title", create, 3, 200, {"Judul 3-200 karakter.", "A title of 3-200 characters."});
  in.description = bounded(r, "description", create, 1, 10000,
                           {"Uraian kejadian 1-10000 karakter.", "A description of 1-10000 characters."});
  in.severity = r.word("severity", {"low", "medium", "high", "critical"}, create,
                       {"Tingkat keparahan: low, medium, high atau critical.", "Severity: low, medium, high or critical."});
  in.serious = r.flag("serious", false, kFlag);
  in.detected_at = past_instant(r, "detected_at", create, now);
  if (!create && r.has("lessons_learned"))
    in.lessons_learned = optional_note(r, "lessons_learned", 10000, {"Pelajaran yang dipetik paling panjang 10000 karakter.",
                                                                     "Lessons learned have at most 10000 characters."});
  if (create) in.ict_office_reported_at = past_instant(r, "ict_office_reported_at", false, now);
  if (in.detected_at && in.ict_office_reported_at && *in.ict_office_reported_at < *in.detected_at)
    r.add("ict_office_reported_at", {"Laporan ke Dinas Kominfo tidak dapat mendahului saat insiden terdeteksi.",
                                     "The report to the ICT office cannot come before the incident was detected."});
  r.check();
  return in;
}

StepInput parse_step(const nlohmann::json& body) {
  BodyReader r(body, {"action", "note", "lessons_learned"});
  StepInput in;
  in.action = r.word("action", set_of(kActions), true,
                     {"Langkah: triage, contain, eradicate, recover, learn atau close.",
                      "The step: triage, contain, eradicate, recover, learn or close."})
                  .value_or("");
  in.note = r.text("note", true, 4000, {"Catatan langkah ini wajib diisi (paling panjang 4000 karakter).",
                                       "A note on this step is required (at most 4000 characters)."})
                .value_or("");
  if (auto l = r.nullable_text("lessons_learned", 10000, {"Pelajaran yang dipetik paling panjang 10000 karakter.",
                                                          "Lessons learned have at most 10000 characters."}))
    if (*l) in.lessons_learned = **l;
  r.check();
  return in;
}

NoticeInput parse_notice(const nlohmann::json& body, Instant now) {
  BodyReader r(body, {"kind", "sent_at", "note", "sha256"});
  NoticeInput in;
  in.kind = r.word("kind", {"ict_office", "data_owner"}, true,
                   {"Jenis pemberitahuan: ict_office (laporan ke Dinas Kominfo) atau data_owner (pemberitahuan tertulis ke walidata).",
                    "The notice: ict_office (the report to the ICT office) or data_owner (the written notice to the walidata)."})
                .value_or("");
  in.sent_at = past_instant(r, "sent_at", true, now).value_or("");
  in.note = optional_note(r, "note", 4000, {"Catatan paling panjang 4000 karakter.", "A note has at most 4000 characters."});
  in.sha256 = sha256_of(r, "sha256");
  r.check();
  return in;
}

LinkInput parse_link(const nlohmann::json& body) {
  BodyReader r(body, {"kind", "target_id"});
  LinkInput in;
  in.kind = r.word("kind", {"host", "application", "dataset", "risk"}, true,
                   {"Jenis keterkaitan: host, application, dataset atau risk.", "The kind of link: host, application, dataset or risk."})
                .value_or("");
  in.target_id = r.id("target_id", true, kId).value_or(0);
  r.check();
  return in;
}

}  // namespace simpul::modules::security
