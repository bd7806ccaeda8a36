// The indicators of a campaign and their answers: the level chosen with its explanation (any
// team member), the verification by the person in charge, the list with its filters.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/diff.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/evaluation/campaign_view.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/rules.h"
#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

namespace {

// The stored answer, or an unanswered one (version 0: no row yet).
Answer answer_or_blank(db::Connection& c, int64_t campaign_id, int indicator_no) {
  auto a = find_answer(c, campaign_id, indicator_no);
  if (a) return *a;
  Answer blank;
  blank.indicator_no = indicator_no;
  return blank;
}

// What is audited of an answer (not who and when: the entry says so itself).
nlohmann::json answer_record(const Answer& a) {
  auto j = answer_json(a);
  for (const char* key : {"updated_by", "updated_at", "version"}) j.erase(key);
  return j;
}

http::Response indicator_response(db::Connection& c, const Campaign& k, int indicator_no) {
  auto v = load_view(c, k);
  const auto& i = require_indicator(*v.framework, indicator_no);
  frameworks::Framework::Placed placed{};
  for (const auto& p : v.framework->indicators())
    if (p.indicator->number == indicator_no) placed = p;
  auto body = indicator_row_json(v, placed, evidence_counts(c, k.campaign_id)[indicator_no],
                                 open_question_counts(c, k.campaign_id)[indicator_no]);
  body["question"] = i.question;
  body["renamable"] = i.renamable;
  nlohmann::json levels = nlohmann::json::array();
  if (const auto* scale = v.framework->scale(i.scale))
    for (const auto& l : scale->levels) {
      const auto* own = v.framework->criteria(i, l.value);
      levels.push_back({{"value", l.value}, {"name", own ? own->name : l.name}, {"criteria", own ? own->criteria : l.criteria}});
    }
  body["levels"] = levels;
  auto answer = answer_or_blank(c, k.campaign_id, indicator_no);
  body["answer"] = answer_json(answer);
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& r : v.external_results)
    if (r.indicator_no == indicator_no)
      stages.push_back({{"stage", stage_name(r.stage)}, {"level", r.level}, {"note", r.note}, {"entered_by", r.entered_by},
                        {"entered_at", r.entered_at}, {"version", r.version}});
  body["external_results"] = stages;
  body["campaign_status"] = status_name(k.status);
  auto res = http::Response::json(200, body);
  res.header("etag", http::etag(answer.version));
  return res;
}

// Saves the changed answer (version + 1, by the caller, now) with its audit entry; 412 when
// someone else wrote it first. Nothing happens when nothing changed.
void save_answer_change(db::Connection& c, const http::Request& req, const Campaign& k, const std::string& action,
                        const Answer& before, Answer& after) {
  auto changes = audit::changes_between(before.version ? answer_record(before) : nlohmann::json(nullptr), answer_record(after));
  if (changes.empty()) return;
  after.updated_by = req.principal->username;
  after.updated_at = now_rfc3339();
  after.version = before.version + 1;
  if (!save_answer(c, k.region_id, k.campaign_id, after, before.version)) check_version(after.version, before.version);
  audit::append(c, audit_context(req), action, "evaluation_answer",
                std::to_string(k.campaign_id) + "/" + std::to_string(after.indicator_no), changes);
}

// Verify and unverify: the person in charge, on an open campaign, on the answer version they saw.
template <class Step>
http::Response verification_step(AppContext& ctx, http::Request& req, const std::string& action, Step step) {
  auto version = http::required_version(req);
  auto id = campaign_param(req);
  auto no = indicator_param(req);
  return ctx.db->write([&](db::Connection& c) {
    auto k = require_campaign(c, req.principal->region_id, id);
    require_indicator(*require_framework(c, k), no);
    require_assessor(c, k, *req.principal, {AssessorRole::person_in_charge});
    require_open(k);
    auto before = answer_or_blank(c, k.campaign_id, no);
    check_version(version, before.version);
    auto after = before;
    step(after);
    save_answer_change(c, req, k, action, before, after);
    return indicator_response(c, k, no);
  });
}

}  // namespace

void add_answer_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const auto indicators = kBase + "/campaigns/{campaign_id}/indicators";

  router.add("GET", indicators, Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    auto aspect = http::number_param(req, "aspect");
    auto unverified = http::word_param(req, "unverified", {"true", "false"}) == "true";
    return ctx.db->read([&](db::Connection& c) {
      auto v = load_view(c, require_campaign(c, req.principal->region_id, id));
      auto evidence = evidence_counts(c, id);
      auto questions = open_question_counts(c, id);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : v.framework->indicators()) {
        if (aspect && p.aspect->number != *aspect) continue;
        const auto* a = v.answer(p.indicator->number);
        if (unverified && a && !a->verified_at.empty()) continue;
        items.push_back(indicator_row_json(v, p, evidence[p.indicator->number], questions[p.indicator->number]));
      }
      return http::Response::json(200, {{"items", items}, {"status", status_name(v.campaign.status)}});
    });
  });

  router.add("GET", indicators + "/{indicator_no}", Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    auto no = indicator_param(req);
    return ctx.db->read([&](db::Connection& c) { return indicator_response(c, require_campaign(c, req.principal->region_id, id), no); });
  });

  router.add("PUT", indicators + "/{indicator_no}", Permission::evaluation_assess, [&ctx](http::Request& req) {
    auto version = http::optional_version(req);
    auto id = campaign_param(req);
    auto no = indicator_param(req);
    return ctx.db->write([&](db::Connection& c) {
      auto k = require_campaign(c, req.principal->region_id, id);
      auto f = require_framework(c, k);
      const auto& indicator = require_indicator(*f, no);
      require_assessor(c, k, *req.principal);
      require_open(k);
      const auto* scale = f->scale(indicator.scale);
      int lowest = scale ? scale->lowest() : 1, highest = scale ? scale->highest() : 5;
      Text range{"Pilih tingkat " + std::to_string(lowest) + " sampai " + std::to_string(highest) + " (" +
                     (scale ? scale->name : indicator.scale) + ").",
                 "Choose a level from " + std::to_string(lowest) + " to " + std::to_string(highest) + " (" +
                     (scale ? scale->name : indicator.scale) + ")."};
      BodyReader r(req.json, {"level", "explanation", "target_level"});
      auto level = r.nullable_id("level", range);
      if (level && *level && (**level < lowest || **level > highest)) r.add("level", range);
      auto target = r.nullable_id("target_level", range);
      if (target && *target && (**target < lowest || **target > highest)) r.add("target_level", range);
      auto explanation = r.nullable_text("explanation", 20000, {"Penjelasan paling banyak 20.000 karakter.",
                                                                "The explanation has at most 20,000 characters."});
      if (!r.has("level") && !r.has("explanation") && !r.has("target_level"))
        r.add("level", {"Pilih tingkat atau tulis penjelasan.", "Choose a level or write an explanation."});
      r.check();

      auto before = answer_or_blank(c, k.campaign_id, no);
      if (before.version > 0 && !version) throw ProblemError(Problem::precondition_required());
      check_version(version, before.version);
      auto after = before;
      if (level) after.level = *level ? std::optional<int>(int(**level)) : std::nullopt;
      if (target) after.target_level = *target ? std::optional<int>(int(**target)) : std::nullopt;
      if (explanation) after.explanation = explanation->value_or("");
      if (answer_record(after) != answer_record(before)) after.verified_at.clear(), after.verified_by.clear();
      save_answer_change(c, req, k, "evaluation_answer.set", before, after);
      return indicator_response(c, k, no);
    });
  }, http::Body::json);

  router.add("POST", indicators + "/{indicator_no}/verification", Permission::evaluation_assess, [&ctx](http::Request& req) {
    return verification_step(ctx, req, "evaluation_answer.verify", [&](Answer& a) {
      refuse_if(verification_refusal(a));
      if (!a.verified_at.empty()) return;  // already verified: nothing to do
      a.verified_by = req.principal->username;
      a.verified_at = now_rfc3339();
    });
  });

  router.add("DELETE", indicators + "/{indicator_no}/verification", Permission::evaluation_assess, [&ctx](http::Request& req) {
    return verification_step(ctx, req, "evaluation_answer.unverify", [](Answer& a) {
      a.verified_by.clear();
      a.verified_at.clear();
    });
  });
}

}  // namespace simpul::modules::evaluation
