// Statements of compliance: what the person responsible states for a duty Simpul keeps no
// record of (docs/compliance-contract.md, "Statements").
#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/compliance/input.h"
#include "modules/compliance/json.h"
#include "modules/compliance/routes_support.h"
#include "modules/compliance/rules.h"
#include "modules/compliance/store.h"
#include "modules/compliance/subjects.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/regions/store.h"

namespace simpul::modules::compliance {

namespace {

const Text kNotFound{"Pernyataan kepatuhan tidak ditemukan.", "Statement of compliance not found."};
const char* kEntity = "compliance_statement";

// The subject with this kind and id among those the obligation binds, or null.
const Subject* bound_subject(const Subjects& all, const profiles::Obligation& o, const std::string& kind,
                             const std::string& id) {
  for (const Subject* s : bound_subjects(all, o.binds))
    if (s->kind == kind && s->id == id) return s;
  return nullptr;
}

// The stored columns: what the audit log records and the response starts from.
nlohmann::json record_json(const Statement& s) {
  auto opt = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"id", s.id},
          {"obligation_id", s.obligation_id},
          {"subject_kind", s.subject_kind},
          {"subject_id", s.subject_id},
          {"agency_id", s.agency_id ? nlohmann::json(*s.agency_id) : nlohmann::json(nullptr)},
          {"done_on", s.done_on},
          {"valid_until", opt(s.valid_until)},
          {"reference", s.reference},
          {"note", s.note},
          {"file_sha256", opt(s.file_sha256)},
          {"created_by", s.created_by},
          {"created_at", s.created_at},
          {"withdrawn_at", opt(s.withdrawn_at)},
          {"withdrawn_by", opt(s.withdrawn_by)},
          {"withdraw_reason", opt(s.withdraw_reason)},
          {"version", s.version}};
}

// The statement with its obligation (and citation) and subject, for people to read.
nlohmann::json statement_json(const Statement& s, const profiles::Profile& profile, const Subjects& subjects) {
  auto out = record_json(s);
  const profiles::Obligation* o = profile.obligation(s.obligation_id);
  const Subject* subject = o ? bound_subject(subjects, *o, s.subject_kind, s.subject_id) : nullptr;
  out["obligation"] = o ? obligation_json(*o, profile) : nlohmann::json(nullptr);
  out["subject"] = subject ? subject_json(*subject) : nlohmann::json(nullptr);
  out["status"] = s.withdrawn_at ? "withdrawn" : "in_force";
  out["file_href"] = s.file_sha256 ? nlohmann::json("/api/v1/files/" + *s.file_sha256) : nlohmann::json(nullptr);
  out["href"] = "/kepatuhan/pernyataan/" + std::to_string(s.id);
  return out;
}

http::Response answer(int status, const Statement& s, const profiles::Profile& profile, const Subjects& subjects) {
  auto res = http::Response::json(status, statement_json(s, profile, subjects));
  res.header("etag", http::etag(s.version));
  return res;
}

// The region's own duties, its committee's and its positions' are the ICT office's to state;
// an agency's duties (and those of what it owns), its operator's too.
void require_rights(const auth::Principal& me, const std::string& subject_kind, std::optional<int64_t> agency_id) {
  bool regions_own = subject_kind == "region" || subject_kind == "committee" || subject_kind == "position" || !agency_id;
  if (regions_own) {
    if (!auth::role_allows(me.role, auth::Permission::compliance_manage))
      throw ProblemError(Problem::forbidden(
          {"Pernyataan untuk kewajiban daerah, tim koordinasi atau jabatan hanya dicatat oleh pengelola kepatuhan (Diskominfo).",
           "Statements for the region's, the committee's or a position's duties are recorded by the compliance manager (the ICT office) only."}));
    return;
  }
  if (!auth::may_access_agency(me, *agency_id))
    throw ProblemError(Problem::forbidden({"Anda hanya dapat mencatat pernyataan untuk kewajiban perangkat daerah Anda sendiri.",
                                           "You can only record statements for your own agency's duties."}));
}

void refuse_data_basis(const profiles::Profile& profile, const profiles::Obligation& o) {
  for (const auto& [obligation, source] : answering_sources(profile))
    if (obligation == &o && source != "statement")
      throw ProblemError(Problem::conflict(
          {"Kewajiban ini dinilai dari data Simpul (" + source + "), bukan dari pernyataan. Lengkapi datanya di Simpul agar statusnya berubah.",
           "This duty is judged from Simpul's records (" + source + "), not from statements. Complete the records in Simpul to change its status."}));
}

void invalid(const std::string& field, Text message) {
  throw ProblemError(Problem::validation_failed({{field, std::move(message)}}));
}

// Checks the statement against the region: its obligation, its subject, who may state it, its file.
Statement checked_statement(db::Connection& c, const auth::Principal& me, const profiles::Profile& profile,
                            const Subjects& subjects, StatementInput in) {
  const profiles::Obligation* o = profile.obligation(in.obligation_id);
  if (!o)
    invalid("obligation_id", {"Kewajiban ini tidak ada dalam peraturan daerah Anda.", "This duty is not in your region's regulation."});
  refuse_data_basis(profile, *o);
  const Subject* subject = bound_subject(subjects, *o, in.subject_kind, in.subject_id);
  if (!subject)
    invalid("subject_id", {"Subjek ini tidak ada di daerah Anda atau tidak terikat kewajiban ini (kewajiban ini mengikat " +
                               subject_kind_of(o->binds) + ").",
                           "This subject is not in your region or not bound by this duty (it binds " + subject_kind_of(o->binds) + ")."});
  require_rights(me, subject->kind, subject->agency_id);
  if (!condition_holds(o->when, *subject))
    invalid("subject_id", {"Kewajiban ini tidak berlaku untuk " + subject->name + " (syarat \"" + o->when + "\").",
                           "This duty does not apply to " + subject->name + " (condition \"" + o->when + "\")."});
  if (in.file_sha256) infrastructure::require_uploaded_file(c, me.region_id, *in.file_sha256, "file_sha256");
  Statement s;
  s.region_id = me.region_id;
  s.obligation_id = o->id;
  s.subject_kind = subject->kind;
  s.subject_id = subject->id;
  s.agency_id = subject->agency_id;
  s.done_on = std::move(in.done_on);
  s.valid_until = std::move(in.valid_until);
  s.reference = std::move(in.reference);
  s.note = std::move(in.note);
  s.file_sha256 = std::move(in.file_sha256);
  s.created_by = me.username;
  s.created_at = now_rfc3339();
  return s;
}

}  // namespace

void add_statement_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const std::string base = kBase + "/statements";

  // Read by everyone who reads compliance: a finding's evidence links its statement.
  router.add("GET", base, Permission::compliance_read, [&ctx](http::Request& req) {
    StatementFilter filter;
    if (auto o = req.query_param("obligation_id"); o && !o->empty()) filter.obligation_id = *o;
    filter.agency_id = http::number_param(req, "agency_id");
    filter.include_withdrawn = http::word_param(req, "include_withdrawn", {"true", "false"}) == "true";
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      auto subjects = load_subjects(c, region_id, profile, std::nullopt);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& s : list_statements(c, region_id, filter)) items.push_back(statement_json(s, profile, subjects));
      return http::Response::json(200, {{"statements", items}});
    });
  });

  router.add("GET", base + "/{statement_id}", Permission::compliance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "statement_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      auto s = find_statement(c, region_id, id);
      if (!s) throw ProblemError(Problem::not_found(kNotFound));
      return answer(200, *s, profile, load_subjects(c, region_id, profile, std::nullopt));
    });
  });

  router.add("POST", base, Permission::compliance_attest, [&ctx, base](http::Request& req) {
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto in = read_statement(req.json, regions::region_today(c, me.region_id));
      const auto& profile = require_profile(c, me.region_id);
      auto subjects = load_subjects(c, me.region_id, profile, std::nullopt);
      Statement s = checked_statement(c, me, profile, subjects, std::move(in));
      insert_statement(c, s);
      audit_creation(c, audit_context(req), "compliance_statement.create", kEntity, s, record_json);
      auto res = answer(201, s, profile, subjects);
      res.header("location", base + "/" + std::to_string(s.id));
      return res;
    });
  }, http::Body::json);

  router.add("POST", base + "/{statement_id}/withdraw", Permission::compliance_attest, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "statement_id", kNotFound);
    auto version = http::required_version(req);
    auto reason = read_withdrawal(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      const auto& profile = require_profile(c, me.region_id);
      auto before = find_statement(c, me.region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      require_rights(me, before->subject_kind, before->agency_id);
      check_version(version, before->version);
      if (before->withdrawn_at)
        throw ProblemError(Problem::of("invalid-transition", 409,
                                       {"Pernyataan ini sudah ditarik pada " + *before->withdrawn_at + ".",
                                        "This statement was already withdrawn on " + *before->withdrawn_at + "."}));
      Statement after = *before;
      after.withdrawn_at = now_rfc3339();
      after.withdrawn_by = me.username;
      after.withdraw_reason = reason;
      after.version = before->version + 1;
      if (!save_withdrawal(c, after, before->version)) check_version(after.version, before->version);  // lost a race: 412
      auto changes = audit::changes_between(record_json(*before), record_json(after));
      changes.erase("version");
      audit::append(c, audit_context(req), "compliance_statement.withdraw", kEntity, std::to_string(id), changes);
      return answer(200, after, profile, load_subjects(c, me.region_id, profile, std::nullopt));
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::compliance
