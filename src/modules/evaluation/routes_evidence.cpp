// Evidence (data dukung) for an indicator: an uploaded file, a record in Simpul or a web
// address, added by the assessor team (for any agency) or by an agency's operators (for their
// own agency); removal keeps the row for the record. Also the record kinds evidence can name.
#include "app/audit_context.h"
#include "audit/diff.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/evaluation/evidence_routes_support.h"
#include "modules/evaluation/evidence_rules.h"
#include "modules/evaluation/evidence_store.h"
#include "modules/evaluation/record_kinds.h"
#include "modules/evaluation/routes_support.h"
#include "modules/infrastructure/routes_support.h"

namespace simpul::modules::evaluation {

namespace {

const Text kEvidenceNotFound{"Data dukung tidak ditemukan.", "Evidence not found."};
const char* kEntity = "evaluation_evidence";

// What the caller sent, checked field by field (422 with every field's problem at once).
struct EvidenceInput {
  EvidenceKind kind = EvidenceKind::file;
  std::optional<std::string> title;  // none: the file's name, the record's title or the address
  std::optional<std::string> file_sha256, record_kind, record_id, url;
  std::optional<int64_t> agency_id, question_id;
  std::string note;
};

// A record's id may come as text ("12") or as a number (12).
std::optional<std::string> read_record_id(BodyReader& r, const Text& message) {
  if (r.has("record_id") && r.body()["record_id"].is_number_integer())
    return std::to_string(r.body()["record_id"].get<int64_t>());
  return r.text("record_id", false, 40, message);
}

EvidenceInput read_evidence_input(const nlohmann::json& body) {
  BodyReader r(body, {"kind", "title", "file_sha256", "record_kind", "record_id", "url", "agency_id", "question_id", "note"});
  EvidenceInput in;
  auto kind = r.word("kind", {"file", "record", "url"}, true,
                     {"Pilih jenis data dukung: file (berkas), record (catatan di Simpul) atau url (alamat web).",
                      "Choose the kind of evidence: file, record (a record in Simpul) or url (a web address)."});
  if (kind) in.kind = *parse_evidence_kind(*kind);
  in.title = r.text("title", false, 300, {"Judul data dukung 1 sampai 300 karakter.", "The title has 1 to 300 characters."});
  in.file_sha256 = r.text("file_sha256", false, 64,
                          {"Isi sha256 berkas yang sudah diunggah (64 karakter heksadesimal).",
                           "Give the sha256 of an uploaded file (64 hexadecimal characters)."});
  in.record_kind = r.text("record_kind", false, 60, {"Pilih jenis catatan Simpul.", "Choose the kind of Simpul record."});
  in.record_id = read_record_id(r, {"Isi nomor catatan Simpul.", "Give the number of the Simpul record."});
  in.url = r.text("url", false, 2000, {"Isi alamat web yang diawali http:// atau https://.",
                                       "Give a web address starting with http:// or https://."});
  if (auto a = r.nullable_id("agency_id", {"Pilih perangkat daerah.", "Choose an agency."})) in.agency_id = *a;
  if (auto q = r.nullable_id("question_id", {"Nomor pertanyaan tidak dikenali.", "The question number is not valid."}))
    in.question_id = *q;
  if (auto n = r.nullable_text("note", 2000, {"Catatan paling banyak 2000 karakter.", "The note has at most 2000 characters."}))
    in.note = n->value_or("");
  if (kind) {
    // Each kind names its evidence with its own fields, and only with those.
    auto needs = [&](const char* field, bool given, bool wanted, const Text& missing) {
      if (wanted && !given && !r.has(field)) r.add(field, missing);
      if (!wanted && r.has(field) && !r.body()[field].is_null())
        r.add(field, {"Isian ini hanya untuk data dukung jenis lain, bukan \"" + *kind + "\".",
                      "This field belongs to another kind of evidence, not \"" + *kind + "\"."});
    };
    needs("file_sha256", in.file_sha256.has_value(), in.kind == EvidenceKind::file,
          {"Isi sha256 berkas yang sudah diunggah ke /api/v1/files.", "Give the sha256 of a file uploaded to /api/v1/files."});
    needs("record_kind", in.record_kind.has_value(), in.kind == EvidenceKind::record,
          {"Pilih jenis catatan Simpul.", "Choose the kind of Simpul record."});
    needs("record_id", in.record_id.has_value(), in.kind == EvidenceKind::record,
          {"Isi nomor catatan Simpul.", "Give the number of the Simpul record."});
    needs("url", in.url.has_value(), in.kind == EvidenceKind::url,
          {"Isi alamat web yang diawali http:// atau https://.", "Give a web address starting with http:// or https://."});
  }
  if (in.url)
    if (auto why = url_refusal(*in.url)) r.add("url", *why);
  r.check();
  return in;
}

std::string record_kinds_list_id() {
  std::string out;
  for (const auto& k : record_kinds()) out += (out.empty() ? "" : ", ") + std::string(k.kind);
  return out;
}

void invalid(const std::string& field, Text message) {
  throw ProblemError(Problem::validation_failed({{field, std::move(message)}}));
}

// The evidence as stored, checked against the region: its agency, its file, record or
// address, and the question it answers. Sets the title when none was given.
Evidence checked_evidence(db::Connection& c, const Campaign& campaign, int indicator_no, EvidenceInput in,
                          const auth::Principal& me) {
  const auto& region_id = campaign.region_id;
  Evidence e;
  e.campaign_id = campaign.campaign_id;
  e.region_id = region_id;
  e.indicator_no = indicator_no;
  e.kind = in.kind;
  e.agency_id = in.agency_id;
  if (e.agency_id && !agencies::exists(c, region_id, *e.agency_id))
    invalid("agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency is not in your region."});
  std::string default_title;
  switch (in.kind) {
    case EvidenceKind::file: {
      infrastructure::require_uploaded_file(c, region_id, *in.file_sha256, "file_sha256");
      e.file_sha256 = in.file_sha256;
      default_title = files::find(c, region_id, *in.file_sha256)->name;
      break;
    }
    case EvidenceKind::record: {
      const RecordKind* kind = find_record_kind(*in.record_kind);
      if (!kind)
        invalid("record_kind", {"Jenis catatan \"" + *in.record_kind + "\" tidak dikenal. Pilih salah satu: " + record_kinds_list_id() + ".",
                                "Unknown record kind \"" + *in.record_kind + "\". Choose one of: " + record_kinds_list_id() + "."});
      auto title = record_title(c, region_id, kind->kind, *in.record_id);
      if (!title)
        invalid("record_id", {std::string(kind->label_id) + " dengan nomor " + *in.record_id + " tidak ada di daerah Anda.",
                              std::string(kind->label_en) + " number " + *in.record_id + " does not exist in your region."});
      e.record_kind = std::string(kind->kind);
      e.record_id = in.record_id;
      default_title = *title;
      break;
    }
    case EvidenceKind::url:
      e.url = in.url;
      default_title = *in.url;
      break;
  }
  if (in.question_id) {
    auto q = find_question(c, region_id, *in.question_id);
    if (!q) invalid("question_id", {"Pertanyaan ini tidak ditemukan.", "This question was not found."});
    if (auto why = question_link_refusal(*q, campaign.campaign_id, indicator_no, e.agency_id)) invalid("question_id", *why);
    e.question_id = in.question_id;
  }
  e.title = in.title.value_or(default_title.substr(0, 300));
  e.note = std::move(in.note);
  e.added_by = me.username;
  e.added_at = now_rfc3339();
  return e;
}

nlohmann::json opt_json(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json opt_json(const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// The stored columns: what the audit log records.
nlohmann::json record_json(const Evidence& e) {
  return {{"campaign_id", e.campaign_id},      {"indicator_no", e.indicator_no},
          {"agency_id", opt_json(e.agency_id)}, {"question_id", opt_json(e.question_id)},
          {"kind", evidence_kind_name(e.kind)}, {"title", e.title},
          {"file_sha256", opt_json(e.file_sha256)}, {"record_kind", opt_json(e.record_kind)},
          {"record_id", opt_json(e.record_id)}, {"url", opt_json(e.url)},
          {"note", e.note},                    {"removed_at", opt_json(e.removed_at)},
          {"removed_by", opt_json(e.removed_by)}};
}

// The evidence for people to read: the file with its download, the record with its live
// title and page (the stored title when the record is gone), the agency.
nlohmann::json evidence_json(db::Connection& c, const Evidence& e) {
  nlohmann::json file = nullptr, record = nullptr, agency = nullptr;
  if (e.file_sha256)
    file = {{"sha256", *e.file_sha256}, {"name", e.file_name}, {"href", "/api/v1/files/" + *e.file_sha256}};
  if (e.record_kind && e.record_id) {
    auto title = record_title(c, e.region_id, *e.record_kind, *e.record_id);
    record = {{"kind", *e.record_kind},
              {"id", *e.record_id},
              {"title", title.value_or(e.title)},
              {"exists", title.has_value()},
              {"href", record_href(*e.record_kind, *e.record_id)}};
  }
  if (e.agency_id) agency = {{"id", *e.agency_id}, {"short_name", e.agency_short_name}};
  return {{"id", e.evidence_id},    {"campaign_id", e.campaign_id},       {"indicator_no", e.indicator_no},
          {"kind", evidence_kind_name(e.kind)}, {"title", e.title},       {"file", file},
          {"record", record},       {"url", opt_json(e.url)},             {"agency", agency},
          {"question_id", opt_json(e.question_id)}, {"note", e.note},    {"added_by", e.added_by},
          {"added_at", e.added_at}, {"removed_at", opt_json(e.removed_at)}, {"removed_by", opt_json(e.removed_by)}};
}

}  // namespace

void add_evidence_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const auto evidence = kBase + "/campaigns/{campaign_id}/indicators/{indicator_no}/evidence";

  router.add("GET", kBase + "/record-kinds", Permission::evaluation_read, [](http::Request&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& k : record_kinds())
      items.push_back({{"kind", k.kind}, {"label_id", k.label_id}, {"label_en", k.label_en}});
    return http::Response::json(200, {{"items", items}});
  });

  router.add("GET", evidence, Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    int no = indicator_param(req);
    bool removed = http::word_param(req, "removed", {"true", "false"}) == "true";
    return ctx.db->read([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, id);
      require_indicator(*require_framework(c, campaign), no);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& e : list_evidence(c, id, no, removed)) items.push_back(evidence_json(c, e));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", evidence, Permission::evaluation_evidence, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    int no = indicator_param(req);
    auto in = read_evidence_input(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto campaign = require_campaign(c, me.region_id, id);
      require_indicator(*require_framework(c, campaign), no);
      forbid_if(add_evidence_refusal(evidence_actor(c, campaign, me), in.agency_id));
      require_open(campaign);
      Evidence e = checked_evidence(c, campaign, no, std::move(in), me);
      insert_evidence(c, e);
      audit::append(c, audit_context(req), "evaluation_evidence.add", kEntity, std::to_string(e.evidence_id),
                    audit::changes_between(nullptr, record_json(e)));
      return http::Response::json(201, evidence_json(c, *find_evidence(c, me.region_id, e.evidence_id)));
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/evidence/{evidence_id}", Permission::evaluation_evidence, [&ctx](http::Request& req) {
    auto evidence_id = http::id_param(req, "evidence_id", kEvidenceNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = find_evidence(c, me.region_id, evidence_id);
      if (!before) throw ProblemError(Problem::not_found(kEvidenceNotFound));
      auto campaign = require_campaign(c, me.region_id, before->campaign_id);
      forbid_if(remove_evidence_refusal(evidence_actor(c, campaign, me), before->agency_id));
      require_open(campaign);
      Evidence after = *before;
      after.removed_at = now_rfc3339();
      after.removed_by = me.username;
      if (!mark_evidence_removed(c, after, *after.removed_by, *after.removed_at))
        throw ProblemError(Problem::of("invalid-transition", 409,
                                       {"Data dukung ini sudah dihapus pada " + before->removed_at.value_or("") + ".",
                                        "This evidence was already removed on " + before->removed_at.value_or("") + "."}));
      audit::append(c, audit_context(req), "evaluation_evidence.remove", kEntity, std::to_string(evidence_id),
                    audit::changes_between(record_json(*before), record_json(after)));
      return no_content();
    });
  });
}

}  // namespace simpul::modules::evaluation
