#include "modules/ict_audits/rules.h"

#include "core/body_reader.h"
#include "core/dates.h"
#include "files/file_rules.h"

namespace simpul::modules::ict_audits {

namespace {

const Text kDate{"Tanggal dengan format YYYY-MM-DD, misalnya 2026-03-31.", "A date as YYYY-MM-DD, e.g. 2026-03-31."};
const Text kSha{"sha256 berkas yang sudah diunggah ke /api/v1/files (64 digit heksadesimal huruf kecil).",
                "The sha256 of a file uploaded to /api/v1/files (64 lower-case hex digits)."};

// A required date: absent or null is an error when `required`.
std::optional<std::string> date_field(BodyReader& r, const std::string& name, bool required) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required || r.has(name)) r.add(name, kDate);
    return std::nullopt;
  }
  auto v = r.nullable_date(name, kDate);  // names the field itself when it is not a date
  if (v && *v) return **v;
  return std::nullopt;
}

std::string sha_field(BodyReader& r, const std::string& name, bool required) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required) r.add(name, kSha);
    return "";
  }
  const auto& v = r.body()[name];
  if (!v.is_string() || !files::is_sha256_hex(v.get<std::string>())) return r.add(name, kSha), "";
  return v.get<std::string>();
}

const char* state_words_id(const std::string& state) {
  if (state == "planned") return "direncanakan";
  if (state == "pre_evaluated") return "sudah dievaluasi internal";
  if (state == "in_progress") return "sedang berjalan";
  if (state == "completed") return "selesai";
  return "sudah dilaporkan";
}

const char* state_words_en(const std::string& state) {
  if (state == "planned") return "planned";
  if (state == "pre_evaluated") return "pre-evaluated";
  if (state == "in_progress") return "in progress";
  if (state == "completed") return "completed";
  return "reported";
}

// What to do next from `state`, in words.
Text next_step(const std::string& state, bool pre_evaluation_required) {
  if (state == "planned" && pre_evaluation_required)
    return {"langkah berikutnya evaluasi internal (pre_evaluate)", "the next step is the internal evaluation (pre_evaluate)"};
  if (state == "planned" || state == "pre_evaluated") return {"langkah berikutnya memulai audit (start)", "the next step is to start it (start)"};
  if (state == "in_progress") return {"langkah berikutnya menyelesaikan audit dengan laporannya (complete)",
                                      "the next step is to complete it with its report (complete)"};
  if (state == "completed") return {"langkah berikutnya melaporkan hasilnya kepada kepala daerah (report_to_head)",
                                    "the next step is to report it to the region head (report_to_head)"};
  return {"tidak ada langkah lagi", "there are no more steps"};
}

Text out_of_order(const Audit& a, bool pre_evaluation_required) {
  auto next = next_step(a.state, pre_evaluation_required);
  return {std::string("Langkah ini tidak dapat dilakukan: audit ") + state_words_id(a.state) + "; " + next.id + ".",
          std::string("This step cannot be taken: the audit is ") + state_words_en(a.state) + "; " + next.en + "."};
}

}  // namespace

bool is_application_kind(const std::string& kind) { return kind == "application" || kind == "application_security"; }

ObjectInput parse_object(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"kind", "name", "owner_agency_id", "application_id", "facility_id", "registered_on", "active"});
  ObjectInput in;
  if (creating) {
    in.kind = r.word("kind", kObjectKinds, true,
                     {"Pilih jenis objek: infrastructure, application, infrastructure_security atau application_security.",
                      "Choose the kind: infrastructure, application, infrastructure_security or application_security."});
    in.application_id = r.nullable_id("application_id", {"Pilih aplikasi yang diaudit.", "Choose the application audited."});
  } else {
    for (const char* fixed : {"kind", "application_id"})
      if (r.has(fixed))
        r.add(fixed, {"Jenis dan aplikasi objek audit tidak dapat diubah; buat objek baru.",
                      "The kind and application of an audit object cannot change; create a new object."});
  }
  in.name = r.text("name", creating, 200, {"Isi nama objek audit (1-200 karakter).", "Enter the object's name (1-200 characters)."});
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah pemilik objek.", "Choose the agency that owns the object."});
  in.facility_id = r.nullable_id("facility_id", {"Pilih pusat data atau pusat pemulihan data.", "Choose a data center or recovery center."});
  in.registered_on = date_field(r, "registered_on", false);
  if (creating && r.has("active")) r.add("active", {"Objek baru selalu aktif.", "A new object is always active."});
  else in.active = r.flag("active", false, {"active: true atau false.", "active: true or false."});
  if (in.kind) {
    bool app = is_application_kind(*in.kind);
    bool has_app = in.application_id && *in.application_id;
    if (app && !has_app)
      r.add("application_id", {"Objek aplikasi harus menyebut aplikasinya.", "An application object must name its application."});
    if (!app && has_app)
      r.add("application_id", {"Hanya objek aplikasi yang menyebut aplikasi.", "Only application objects name an application."});
    if (app && in.facility_id && *in.facility_id)
      r.add("facility_id", {"Hanya objek infrastruktur yang menyebut pusat data.", "Only infrastructure objects name a facility."});
  }
  r.check();
  return in;
}

void apply(const ObjectInput& in, AuditObject& o) {
  if (in.kind) o.kind = *in.kind;
  if (in.name) o.name = *in.name;
  if (in.owner_agency_id) o.owner_agency_id = *in.owner_agency_id;
  if (in.application_id) o.application_id = *in.application_id;
  if (in.facility_id) o.facility_id = *in.facility_id;
  if (in.registered_on) o.registered_on = *in.registered_on;
  if (in.active) o.active = *in.active;
}

AuditInput parse_audit(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"object_id", "planned_on", "auditor_kind", "auditor_name", "auditor_credential", "aspects"});
  AuditInput in;
  if (creating) in.object_id = r.id("object_id", true, {"Pilih objek yang diaudit.", "Choose the object audited."});
  else if (r.has("object_id"))
    r.add("object_id", {"Objek audit tidak dapat diubah; buat audit baru.", "The audited object cannot change; create a new audit."});
  in.planned_on = date_field(r, "planned_on", creating);
  in.auditor_kind = r.word("auditor_kind", kAuditorKinds, creating,
                           {"Pilih pelaksana audit: government (lembaga pemerintah), accredited (lembaga terakreditasi) atau "
                            "certified (auditor tersertifikasi).",
                            "Choose the auditor: government (a government institution), accredited (an accredited "
                            "institution) or certified (a certified auditor)."});
  in.auditor_name = r.text("auditor_name", creating, 200, {"Isi nama lembaga atau auditor (1-200 karakter).",
                                                           "Enter the institution's or auditor's name (1-200 characters)."});
  if (auto credential = r.nullable_text("auditor_credential", 200, {"Nomor akreditasi atau sertifikat, paling banyak 200 karakter.",
                                                                    "The accreditation or certificate number, at most 200 characters."}))
    in.auditor_credential = credential->value_or("");
  in.aspects = r.words("aspects", kAspects,
                       {"Aspek yang diperiksa: governance_and_management, functionality, performance, other.",
                        "Aspects examined: governance_and_management, functionality, performance, other."});
  if (creating && !r.has("aspects")) r.add("aspects", {"Pilih paling sedikit satu aspek yang diperiksa.", "Choose at least one aspect to examine."});
  r.check();
  return in;
}

void apply(const AuditInput& in, Audit& a) {
  if (in.object_id) a.object_id = *in.object_id;
  if (in.planned_on) a.planned_on = *in.planned_on;
  if (in.auditor_kind) a.auditor_kind = *in.auditor_kind;
  if (in.auditor_name) a.auditor_name = *in.auditor_name;
  if (in.auditor_credential) a.auditor_credential = *in.auditor_credential;
  if (in.aspects) a.aspects = *in.aspects;
}

void check_audit(const Audit& a) {
  std::vector<FieldError> errors;
  if (a.auditor_kind != "government" && a.auditor_credential.empty())
    errors.push_back({"auditor_credential",
                      {"Lembaga terakreditasi atau auditor tersertifikasi harus menyebut nomor akreditasi atau sertifikatnya.",
                       "An accredited institution or a certified auditor must give its accreditation or certificate number."}});
  if (a.aspects.empty())
    errors.push_back({"aspects", {"Pilih paling sedikit satu aspek yang diperiksa.", "Choose at least one aspect to examine."}});
  fail_on_field_errors(errors);
}

StepInput parse_step(const nlohmann::json& body, const std::string& today) {
  StepInput in;
  const Text kAction{"action: pre_evaluate, start, complete atau report_to_head.", "action: pre_evaluate, start, complete or report_to_head."};
  auto action = body.is_object() && body.contains("action") && body["action"].is_string() ? body["action"].get<std::string>() : "";
  if (!kActions.count(action)) fail_on_field_errors({{"action", kAction}});
  in.action = action;
  const Text kNote{"Catatan 1-4000 karakter.", "A note of 1-4000 characters."};
  if (action == "pre_evaluate") {
    BodyReader r(body, {"action", "on", "note", "sha256"});
    in.on = date_field(r, "on", true).value_or("");
    in.note = r.text("note", true, 4000, kNote).value_or("");
    in.sha256 = sha_field(r, "sha256", false);
    r.check();
  } else if (action == "start") {
    BodyReader r(body, {"action", "on"});
    in.on = date_field(r, "on", false).value_or(today);
    r.check();
  } else if (action == "complete") {
    BodyReader r(body, {"action", "completed_on", "report_sha256"});
    in.on = date_field(r, "completed_on", true).value_or("");
    in.sha256 = sha_field(r, "report_sha256", true);
    r.check();
  } else {
    BodyReader r(body, {"action", "sent_on", "note"});
    in.on = date_field(r, "sent_on", true).value_or("");
    in.note = r.text("note", false, 4000, kNote).value_or("");
    r.check();
  }
  return in;
}

std::optional<Text> step_refusal(const std::string& action, const Audit& a,
                                 const std::optional<AuditObligation>& pre_evaluation) {
  bool required = pre_evaluation.has_value();
  if (action == "pre_evaluate" && a.state == "planned") return std::nullopt;
  if (action == "start" && a.state == "pre_evaluated") return std::nullopt;
  if (action == "start" && a.state == "planned") {
    if (!required) return std::nullopt;
    return Text{"Audit belum dapat dimulai: Dinas melakukan evaluasi internal paling lambat 1 (satu) bulan sebelum audit (" +
                    pre_evaluation->citation + "). Catat dulu evaluasi internalnya (pre_evaluate).",
                "The audit cannot start yet: the ICT office carries out an internal evaluation at the latest one month "
                "before the audit (" + pre_evaluation->citation + "). Record the internal evaluation first (pre_evaluate)."};
  }
  if (action == "complete" && a.state == "in_progress") return std::nullopt;
  if (action == "report_to_head" && a.state == "completed") return std::nullopt;
  return out_of_order(a, required);
}

void take_step(const StepInput& step, Audit& a, const std::string& reported_through) {
  if (step.action == "pre_evaluate") {
    a.state = "pre_evaluated";
    a.pre_evaluated_on = step.on;
    a.pre_evaluation_note = step.note;
    a.pre_evaluation_sha256 = step.sha256;
  } else if (step.action == "start") {
    a.state = "in_progress";
    a.started_on = step.on;
  } else if (step.action == "complete") {
    a.state = "completed";
    a.completed_on = step.on;
    a.report_sha256 = step.sha256;
    a.report_due_on = report_due_on(step.on);
  } else {
    a.state = "reported";
    a.reported_on = step.on;
    a.report_note = step.note;
    a.reported_through = reported_through;
  }
}

std::optional<Text> edit_refusal(const Audit& a) {
  if (a.state != "completed" && a.state != "reported") return std::nullopt;
  return Text{"Audit yang sudah selesai tidak dapat diubah; hasilnya tercatat sebagaimana dilaporkan.",
              "A completed audit cannot be changed; its result stays as it was reported."};
}

std::optional<Text> finding_refusal(const Audit& a) {
  if (a.state == "in_progress" || a.state == "completed" || a.state == "reported") return std::nullopt;
  return Text{"Temuan dicatat setelah audit dimulai; mulai dulu auditnya (start).",
              "Findings are recorded once the audit has started; start the audit first (start)."};
}

std::optional<Text> already_open_refusal(const std::vector<Audit>& open_audits_of_object) {
  if (open_audits_of_object.empty()) return std::nullopt;
  const auto& a = open_audits_of_object.front();
  return Text{"Objek ini sudah punya audit yang belum selesai (direncanakan " + a.planned_on + "); ubah audit itu atau selesaikan dulu.",
              "This object already has an audit that is not completed (planned for " + a.planned_on +
                  "); change that audit or complete it first."};
}

FindingInput parse_finding(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"severity", "title", "description", "recommendation", "owner_agency_id", "due_on"});
  FindingInput in;
  in.severity = r.word("severity", kSeverities, creating, {"Pilih tingkat: low, medium, high atau critical.",
                                                          "Choose the severity: low, medium, high or critical."});
  in.title = r.text("title", creating, 200, {"Isi judul temuan (1-200 karakter).", "Enter the finding's title (1-200 characters)."});
  in.description = r.text("description", creating, 4000, {"Uraikan temuan (1-4000 karakter).", "Describe the finding (1-4000 characters)."});
  in.recommendation = r.text("recommendation", creating, 4000, {"Isi rekomendasi (1-4000 karakter).",
                                                                "Enter the recommendation (1-4000 characters)."});
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah yang menindaklanjuti.",
                                                          "Choose the agency that follows it up."});
  in.due_on = date_field(r, "due_on", creating);
  r.check();
  return in;
}

void apply(const FindingInput& in, Finding& f) {
  if (in.severity) f.severity = *in.severity;
  if (in.title) f.title = *in.title;
  if (in.description) f.description = *in.description;
  if (in.recommendation) f.recommendation = *in.recommendation;
  if (in.owner_agency_id) f.owner_agency_id = *in.owner_agency_id;
  if (in.due_on) f.due_on = *in.due_on;
}

FollowUpInput parse_follow_up(const nlohmann::json& body) {
  BodyReader r(body, {"note", "sha256"});
  FollowUpInput in;
  in.note = r.text("note", true, 4000, {"Uraikan tindak lanjutnya (1-4000 karakter).", "Describe the follow-up (1-4000 characters)."})
                .value_or("");
  in.sha256 = sha_field(r, "sha256", false);
  r.check();
  return in;
}

bool has_evidence(const std::vector<FollowUp>& follow_ups) {
  for (const auto& f : follow_ups)
    if (!f.note.empty() && !f.sha256.empty()) return true;
  return false;
}

std::optional<Text> close_refusal(const Finding& f) {
  if (f.status == "closed") return Text{"Temuan ini sudah ditutup.", "This finding is already closed."};
  if (has_evidence(f.follow_ups)) return std::nullopt;
  return Text{"Temuan belum dapat ditutup: belum ada tindak lanjut dengan bukti. Perangkat daerah pemilik temuan mencatat "
              "tindak lanjut berisi uraian dan berkas bukti, baru kemudian temuan ditutup.",
              "The finding cannot be closed yet: there is no follow-up with evidence. The agency that owns it records a "
              "follow-up with a note and an evidence file; then the finding can be closed."};
}

std::optional<Text> reopen_refusal(const Finding& f) {
  if (f.status == "closed") return std::nullopt;
  return Text{"Temuan ini masih terbuka.", "This finding is still open."};
}

std::optional<Text> follow_up_refusal(const Finding& f) {
  if (f.status == "open") return std::nullopt;
  return Text{"Temuan ini sudah ditutup; buka kembali dulu (reopen) untuk menambah tindak lanjut.",
              "This finding is closed; reopen it first to add a follow-up."};
}

bool finding_overdue(const Finding& f, const std::string& today) { return f.status == "open" && f.due_on < today; }

}  // namespace simpul::modules::ict_audits
