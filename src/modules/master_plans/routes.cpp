#include "modules/master_plans/routes.h"
#include "modules/regions/store.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "export/xlsx.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/master_plans/export.h"
#include "modules/planning/plan_fields.h"
#include "modules/master_plans/rules.h"
#include "modules/master_plans/store.h"

namespace simpul::modules::master_plans {

namespace {

const Text kNotFound{"Rencana induk SPBE tidak ditemukan.", "SPBE master plan not found."};
const std::string kBase = "/api/v1/master-plans";

// What the region's regulation and calendar say, for showing plans.
struct Setting {
  std::string profile_name;
  Regulation regulation;
  std::string today;
};

Setting setting_of(db::Connection& c, const std::string& region_id) {
  const auto* profile = region_profile(c, region_id);
  return {profile ? profile->name : "", regulation_of(profile), regions::region_today(c, region_id)};
}

nlohmann::json reason_options_json(const Setting& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& o : review_reasons(s.profile_name))
    out.push_back({{"code", o.code}, {"label", {{"id", o.label.id}, {"en", o.label.en}}}, {"article", plan_fields::or_null(o.article)}});
  return out;
}

// The plan as the API shows it: the record, its reviews, when the next review is due.
nlohmann::json present(const MasterPlan& p, const Setting& s) {
  auto j = record_json(p);
  j["reviews"] = nlohmann::json::array();
  for (const auto& r : p.reviews) j["reviews"].push_back(to_json(r));
  j["review_months"] = s.regulation.review_months;
  j["review_article"] = plan_fields::or_null(s.regulation.review_article);
  auto due = next_review_due(p, s.regulation.review_months);
  j["next_review_due"] = due ? nlohmann::json(*due) : nlohmann::json(nullptr);
  auto state = review_state(p, s.regulation.review_months, s.today);
  j["review_state"] = state ? nlohmann::json(*state) : nlohmann::json(nullptr);
  j["review_reason_options"] = reason_options_json(s);
  j["contents_article"] = plan_fields::or_null(s.regulation.contents_article);
  j["allowed_actions"] = allowed_actions(p);
  return j;
}

http::Response response(int status, const MasterPlan& p, const Setting& s) {
  auto res = http::Response::json(status, present(p, s));
  res.header("etag", http::etag(p.version));
  return res;
}

MasterPlan load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto p = find(c, region_id, id);
  if (!p) throw ProblemError(Problem::not_found(kNotFound));
  return *p;
}

// Reads the plan's fields from a create or PATCH body onto `p`; says whether the period changed.
bool read_fields(BodyReader& r, MasterPlan& p, bool creating, const std::string& today) {
  auto title = r.text("title", creating, 200, {"Isi judul rencana induk (1-200 karakter).", "Enter the master plan's title (1-200 characters)."});
  auto start = plan_fields::year(r, "start_year", creating);
  auto end = plan_fields::year(r, "end_year", creating);
  auto vision = r.nullable_text("vision", 4000, {"Visi berupa teks sampai 4000 karakter.", "The vision is text of up to 4000 characters."});
  auto missions = plan_fields::text_list(r, "missions");
  auto goals = plan_fields::text_list(r, "goals");
  auto targets = plan_fields::text_list(r, "targets");
  auto policy = plan_fields::text_list(r, "policy_directions");
  auto strategies = plan_fields::text_list(r, "strategies");
  auto rpjmd = r.nullable_text("rpjmd_reference", 500, {"Acuan RPJMD berupa teks sampai 500 karakter.", "The RPJMD reference is text of up to 500 characters."});
  auto decree = plan_fields::decree(r, {p.decree_number, p.decree_date}, today);
  r.check();
  bool period_changed = (start && *start != p.start_year) || (end && *end != p.end_year);
  if (title) p.title = *title;
  if (start) p.start_year = *start;
  if (end) p.end_year = *end;
  if (vision) p.vision = vision->value_or("");
  if (missions) p.missions = *missions;
  if (goals) p.goals = *goals;
  if (targets) p.targets = *targets;
  if (policy) p.policy_directions = *policy;
  if (strategies) p.strategies = *strategies;
  if (rpjmd) p.rpjmd_reference = rpjmd->value_or("");
  p.decree_number = decree.number;
  p.decree_date = decree.date;
  return period_changed;
}

const std::initializer_list<const char*> kPlanFields{"title", "start_year", "end_year", "vision", "missions", "goals",
                                                     "targets", "policy_directions", "strategies", "rpjmd_reference",
                                                     "decree_number", "decree_date"};

// 409 naming the enacted plans whose period overlaps; the UI can offer to supersede them.
[[noreturn]] void refuse_overlap(const std::vector<MasterPlan>& overlapping) {
  const auto& o = overlapping.front();
  std::string name = "\"" + o.title + "\" (" + std::to_string(o.start_year) + "-" + std::to_string(o.end_year) + ")";
  auto p = Problem::conflict({"Periode ini tumpang tindih dengan rencana induk yang berlaku " + name +
                                  ". Hanya satu rencana induk berlaku untuk setiap tahun; gantikan yang lama "
                                  "(supersede_overlapping: true) atau ubah periodenya.",
                              "This period overlaps the enacted master plan " + name +
                                  ". Only one master plan is in force for any year; supersede the old one "
                                  "(supersede_overlapping: true) or change the period."});
  p.extensions = {{"conflicts_with", nlohmann::json::array()}};
  for (const auto& x : overlapping)
    p.extensions["conflicts_with"].push_back(
        {{"id", x.id}, {"title", x.title}, {"start_year", x.start_year}, {"end_year", x.end_year}, {"status", x.status}});
  throw ProblemError(p);
}

// Loads the plan, checks the caller's version and applies `step`, saving with the audit entry.
template <class Step>
http::Response change(AppContext& ctx, http::Request& req, const std::string& action, std::optional<int64_t> version,
                      Step step) {
  auto id = http::id_param(req, "master_plan_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& region_id = req.principal->region_id;
    auto setting = setting_of(c, region_id);
    change_record(c, audit_context(req), action, "master_plan", load(c, region_id, id), version,
                  [&](MasterPlan& after) { step(c, setting, after); }, record_json, update);
    return response(200, load(c, region_id, id), setting);
  });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase, Permission::governance_read, [&ctx](http::Request& req) {
    std::string status = req.query_param("status").value_or("");
    if (!status.empty() && status != "draft" && status != "enacted" && status != "superseded")
      throw ProblemError(Problem::bad_request({"status adalah draft, enacted atau superseded.", "status is draft, enacted or superseded."}));
    return ctx.db->read([&](db::Connection& c) {
      auto setting = setting_of(c, req.principal->region_id);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : list(c, req.principal->region_id, status)) items.push_back(present(p, setting));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", kBase, Permission::governance_manage, [&ctx](http::Request& req) {
    return ctx.db->write([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto setting = setting_of(c, region_id);
      MasterPlan p;
      p.region_id = region_id;
      BodyReader r(req.json, kPlanFields);
      read_fields(r, p, true, setting.today);
      fail_on_field_errors(plan_errors(p));
      p.created_at = p.updated_at = now_rfc3339();
      insert(c, p);
      audit_creation(c, audit_context(req), "master_plan.create", "master_plan", p, record_json);
      auto res = response(201, p, setting);
      res.header("location", kBase + "/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", kBase + "/{master_plan_id}", Permission::governance_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "master_plan_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      return response(200, load(c, req.principal->region_id, id), setting_of(c, req.principal->region_id));
    });
  });

  router.add("PATCH", kBase + "/{master_plan_id}", Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    return change(ctx, req, "master_plan.update", version, [&](db::Connection&, const Setting& s, MasterPlan& p) {
      BodyReader r(req.json, kPlanFields);
      bool period_changed = read_fields(r, p, false, s.today);
      refuse_if(cannot_edit(p, period_changed));
      fail_on_field_errors(plan_errors(p));
    });
  }, http::Body::json);

  // Enacting by decree (Batam Pasal 6 ayat (3)); {"supersede_overlapping": true} supersedes
  // the enacted plans the new period overlaps in the same step, each with its audit entry.
  router.add("POST", kBase + "/{master_plan_id}/enact", Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    return change(ctx, req, "master_plan.enact", version, [&](db::Connection& c, const Setting& s, MasterPlan& p) {
      refuse_if(cannot_enact(p));
      BodyReader r(req.json, {"decree_number", "decree_date", "supersede_overlapping"});
      auto decree = plan_fields::decree(r, {p.decree_number, p.decree_date}, s.today);
      auto supersede = r.flag("supersede_overlapping", false, {"supersede_overlapping: true atau false.", "supersede_overlapping: true or false."});
      r.check();
      p.decree_number = decree.number;
      p.decree_date = decree.date;
      fail_on_field_errors(enact_errors(p, s.regulation));
      plan_fields::lock_region_plans(c, p.region_id);
      auto overlapping = overlapping_enacted(p, list(c, p.region_id, "enacted"));
      if (!overlapping.empty() && !supersede.value_or(false)) refuse_overlap(overlapping);
      auto now = now_rfc3339();
      for (const auto& old : overlapping) {
        MasterPlan replaced = old;
        replaced.status = "superseded";
        replaced.superseded_at = now;
        replaced.superseded_by = p.id;
        commit_change(c, audit_context(req), "master_plan.supersede", "master_plan", old, replaced, record_json, update);
      }
      p.status = "enacted";
      p.enacted_at = now;
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{master_plan_id}/supersede", Permission::governance_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    return change(ctx, req, "master_plan.supersede", version, [&](db::Connection&, const Setting&, MasterPlan& p) {
      refuse_if(cannot_supersede(p));
      BodyReader r(req.json, {"note"});
      auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
      r.check();
      p.status = "superseded";
      p.superseded_at = now_rfc3339();
      p.supersede_note = note ? note->value_or("") : "";
    });
  }, http::Body::json);

  // A review is a child record; it also bumps the plan's version (its ETag shows the
  // reviews), so If-Match is checked when given.
  router.add("POST", kBase + "/{master_plan_id}/reviews", Permission::governance_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "master_plan_id", kNotFound);
    auto version = http::optional_version(req);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto setting = setting_of(c, region_id);
      auto before = load(c, region_id, id);
      check_version(version, before.version);
      refuse_if(cannot_review(before));
      BodyReader r(req.json, {"review_date", "reasons", "outcome", "note"});
      auto date = r.nullable_date("review_date", {"Tanggal tinjauan berformat TTTT-BB-HH, misalnya 2024-03-15.",
                                                  "The review date is YYYY-MM-DD, e.g. 2024-03-15."});
      if (!r.has("review_date") || (date && !*date))
        r.add("review_date", {"Isi tanggal tinjauan.", "Enter the date of the review."});
      auto reasons = plan_fields::codes(r, "reasons", review_reason_codes(), 1);
      auto outcome = r.word("outcome", {"unchanged", "revised"}, true,
                            {"Pilih hasil tinjauan: unchanged (tetap) atau revised (diubah).", "Choose the outcome: unchanged or revised."});
      auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
      if (date && *date && **date > setting.today)
        r.add("review_date", {"Tanggal tinjauan tidak boleh di masa depan.", "The review date cannot be in the future."});
      else if (date && *date && **date < before.decree_date)
        r.add("review_date", {"Tanggal tinjauan tidak boleh sebelum penetapan (" + before.decree_date + ").",
                              "The review date cannot be before the plan was enacted (" + before.decree_date + ")."});
      r.check();
      Review review;
      review.region_id = region_id;
      review.master_plan_id = id;
      review.review_date = **date;
      review.reasons = *reasons;
      review.outcome = *outcome;
      review.note = note ? note->value_or("") : "";
      review.recorded_by = req.principal->username;
      review.created_at = now_rfc3339();
      insert_review(c, review);
      commit_child_added(c, audit_context(req), "master_plan.review", "master_plan", before, "review", to_json(review), update);
      return response(201, load(c, region_id, id), setting);
    });
  }, http::Body::json);

  add_record_reads<MasterPlan>(
      router, ctx, Permission::governance_read,
      {kBase + "/{master_plan_id}", "master_plan_id", "master_plan", "rencana-induk", kNotFound,
       [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
       [](db::Connection& c, const MasterPlan& p) { return present(p, setting_of(c, p.region_id)); },
       [](db::Connection& c, const MasterPlan& p) { return workbook(present(p, setting_of(c, p.region_id))); }});
}

}  // namespace simpul::modules::master_plans
