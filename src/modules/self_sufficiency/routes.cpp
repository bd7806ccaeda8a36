#include "modules/self_sufficiency/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "core/dates.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/committees/store.h"
#include "modules/people/store.h"
#include "modules/regions/store.h"
#include "modules/self_sufficiency/rules.h"
#include "modules/self_sufficiency/store.h"

namespace simpul::modules::self_sufficiency {

namespace {

const Text kNotFound{"Penilaian PD Mandiri TIK tidak ditemukan.", "PD Mandiri TIK assessment not found."};

// The region's rule, or 409 when its regulation has no PD Mandiri TIK.
const simpul::profiles::SelfSufficiency& rule_of(db::Connection& c, const std::string& region_id) {
  const auto* profile = region_profile(c, region_id);
  if (!profile || !profile->self_sufficiency)
    throw ProblemError(Problem::of("not-in-regulation", 409,
                                   {"Peraturan daerah Anda tidak mengatur PD Mandiri TIK.",
                                    "Your region's regulation has no PD Mandiri TIK (ICT self-sufficient agency)."}));
  return *profile->self_sufficiency;
}

http::Response response(int status, const Assessment& a, const simpul::profiles::SelfSufficiency& rule) {
  auto res = http::Response::json(status, to_json(a, &rule));
  res.header("etag", http::etag(a.version));
  return res;
}

// Only the holder of the deciding position (Madiun: the Sekretaris Daerah, chair of the
// Tim Koordinasi SPBE, Pasal 45 ayat (6)) may decide; the account must be linked to them.
void require_decider(db::Connection& c, const auth::Principal& me, const simpul::profiles::SelfSufficiency& rule) {
  auto committee = committees::find_by_key(c, me.region_id, rule.decided_by_body);
  std::string who = committee ? committee->name : rule.decided_by_body;
  const Text refusal{"Hanya ketua " + who + " yang menetapkan PD Mandiri TIK (" + rule.article +
                         " ayat (6)); akun Anda tidak terhubung dengan jabatan itu.",
                     "Only the chair of " + who + " decides on PD Mandiri TIK (" + rule.article +
                         " ayat (6)); your account is not linked to that position."};
  auto me_person = people::find_by_user(c, me.user_id);
  if (!committee || !me_person) throw ProblemError(Problem::forbidden(refusal));
  for (const auto& m : committee->members)
    if (m.role == rule.decided_by_role && m.holder_id && *m.holder_id == me_person->id) return;
  throw ProblemError(Problem::forbidden(refusal));
}

// Checks who may act before anything is loaded (so a stranger learns nothing about
// which assessments exist), loads, checks the version, applies `step`, saves with the
// audit entry. Without If-Match a lost race is judged again on the winner's state, so
// the loser hears what a later request would (409 invalid-transition), not 412.
template <class Guard, class Step>
http::Response transition(AppContext& ctx, http::Request& req, const std::string& action, Guard guard, Step step) {
  auto id = http::id_param(req, "assessment_id", kNotFound);
  auto version = http::optional_version(req);
  return ctx.db->write([&](db::Connection& c) {
    const auto& rule = rule_of(c, req.principal->region_id);
    guard(c, rule);
    auto before = find(c, req.principal->region_id, id);
    if (!before) throw ProblemError(Problem::not_found(kNotFound));
    check_version(version, before->version);
    auto apply = [&](const Assessment& current) {
      Assessment after = current;
      step(c, rule, after);  // may save other records too (a grant updates the agency)
      commit_change(c, audit_context(req), action, "self_sufficiency_assessment", current, after,
                    [](const Assessment& a) { return to_json(a, nullptr); }, update);
      return after;
    };
    try {
      return response(200, apply(*before), rule);
    } catch (const ProblemError& e) {
      if (version || e.problem().status != 412) throw;
      // Nothing was saved (the losing UPDATE matched no row); judge again on what is stored now.
      auto now = find(c, req.principal->region_id, id);
      if (!now) throw ProblemError(Problem::not_found(kNotFound));
      return response(200, apply(*now), rule);
    }
  });
}

void anyone_allowed(db::Connection&, const simpul::profiles::SelfSufficiency&) {}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const std::string base = "/api/v1/self-sufficiency/assessments";

  router.add("GET", base, Permission::organisation_read, [&ctx](http::Request& req) {
    std::optional<int64_t> agency_id;
    if (auto a = req.query_param("agency_id"); a && !a->empty()) {
      try {
        agency_id = std::stoll(*a);
      } catch (...) {
        throw ProblemError(Problem::bad_request({"agency_id harus berupa angka.", "agency_id must be a number."}));
      }
    }
    std::string status = req.query_param("status").value_or("");
    return ctx.db->read([&](db::Connection& c) {
      const auto& rule = rule_of(c, req.principal->region_id);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& a : list(c, req.principal->region_id, agency_id, status)) items.push_back(to_json(a, &rule));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("GET", base + "/{assessment_id}", Permission::organisation_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "assessment_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& rule = rule_of(c, req.principal->region_id);
      auto a = find(c, req.principal->region_id, id);
      if (!a) throw ProblemError(Problem::not_found(kNotFound));
      return response(200, *a, rule);
    });
  });

  router.add("POST", base, Permission::self_sufficiency_assess, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      const auto& rule = rule_of(c, me.region_id);
      BodyReader r(req.json, {"agency_id", "criteria", "note"});
      auto agency_id = r.id("agency_id", true, {"Pilih perangkat daerah yang dinilai.", "Choose the agency being assessed."});
      auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
      if (!r.has("criteria"))
        r.add("criteria", {"Nilai setiap kriteria " + rule.article + ".", "Judge every criterion of " + rule.article + "."});
      r.check();
      auto judgements = parse_judgements(req.json["criteria"], rule);
      auto agency = agencies::find(c, me.region_id, *agency_id);
      if (!agency)
        throw ProblemError(Problem::validation_failed({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
      if (agency->ict_self_sufficient)
        throw ProblemError(Problem::conflict({agency->name + " sudah ditetapkan sebagai PD Mandiri TIK.", agency->name + " already is a PD Mandiri TIK."}));
      if (has_open(c, me.region_id, agency->id))
        throw ProblemError(Problem::conflict({agency->name + " sudah punya penilaian yang belum selesai; selesaikan atau tarik dulu.",
                                              agency->name + " already has an unfinished assessment; finish or withdraw it first."}));
      Assessment a;
      a.region_id = me.region_id;
      a.agency_id = agency->id;
      a.agency_name = agency->name;
      a.criteria = judgements;
      a.note = note && *note ? **note : "";
      a.assessed_by = me.username;
      a.assessed_at = a.created_at = a.updated_at = now_rfc3339();
      insert(c, a);
      audit_creation(c, audit_context(req), "self_sufficiency.assess", "self_sufficiency_assessment", a,
                     [](const Assessment& x) { return to_json(x, nullptr); });
      auto res = response(201, a, rule);
      res.header("location", "/api/v1/self-sufficiency/assessments/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("POST", base + "/{assessment_id}/propose", Permission::self_sufficiency_assess, [&ctx](http::Request& req) {
    return transition(ctx, req, "self_sufficiency.propose", anyone_allowed, [&](db::Connection&, const simpul::profiles::SelfSufficiency&, Assessment& a) {
      refuse_if(cannot_propose(a));
      a.status = "proposed";
      a.proposed_by = req.principal->username;
      a.proposed_at = now_rfc3339();
    });
  });

  router.add("POST", base + "/{assessment_id}/withdraw", Permission::self_sufficiency_assess, [&ctx](http::Request& req) {
    nlohmann::json body = req.json.is_null() ? nlohmann::json::object() : req.json;
    BodyReader r(body, {"note"});
    auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
    r.check();
    return transition(ctx, req, "self_sufficiency.withdraw", anyone_allowed, [&](db::Connection&, const simpul::profiles::SelfSufficiency&, Assessment& a) {
      refuse_if(cannot_withdraw(a));
      a.status = "withdrawn";
      if (note && *note) a.decision_note = **note;
    });
  }, http::Body::json);

  router.add("POST", base + "/{assessment_id}/decide", Permission::self_sufficiency_decide, [&ctx](http::Request& req) {
    return transition(ctx, req, "self_sufficiency.decide",
                      [&](db::Connection& c, const simpul::profiles::SelfSufficiency& rule) { require_decider(c, *req.principal, rule); },
                      [&](db::Connection& c, const simpul::profiles::SelfSufficiency& rule, Assessment& a) {
      refuse_if(cannot_decide(a));
      auto d = parse_decision(req.json, regions::region_today(c, a.region_id), a.proposed_at.substr(0, 10));
      a.status = d.granted ? "granted" : "refused";
      a.decided_by = req.principal->username;
      a.decided_at = now_rfc3339();
      a.decree_number = d.decree_number;
      a.decree_date = d.decree_date;
      a.decision_note = d.note;
      if (!d.granted) return;
      // The status lands on the agency in the same transaction (Pasal 45 ayat (6)).
      auto before = agencies::find(c, a.region_id, a.agency_id);
      if (!before) throw ProblemError(Problem::not_found({"Perangkat daerah tidak ditemukan.", "Agency not found."}));
      auto after = *before;
      after.ict_self_sufficient = true;
      after.ict_self_sufficient_decree = d.decree_number;
      after.ict_self_sufficient_since = d.decree_date;
      commit_change(c, audit_context(req), "agency.update", "agency", *before, after,
                    [](const agencies::Agency& x) { return agencies::to_json(x); }, agencies::update);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::self_sufficiency
