// Campaigns (one per region and year), their assessor team, sign-off and reopening, the
// index of a campaign and the trend over the years.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/diff.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/evaluation/campaign_view.h"
#include "modules/evaluation/framework_store.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/rules.h"
#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

namespace {

const Text kUserNotFound{"Pengguna tidak ditemukan.", "User not found."};
const std::set<std::string> kKinds{"monitoring", "evaluation"};
const std::set<std::string> kRoles{"coordinator", "person_in_charge", "data_entry", "member"};

// The fields a campaign is created with or changed by (PATCH: only those given).
struct CampaignInput {
  std::optional<int> year;
  std::optional<std::string> kind;
  std::optional<std::string> framework_code;
  std::optional<int> target_level;
  std::optional<std::string> target_index;     // "" clears
  std::optional<std::string> decree_reference; // "" clears
};

CampaignInput read_campaign_input(const nlohmann::json& body, bool creating) {
  BodyReader r(body, creating ? std::initializer_list<const char*>{"year", "kind", "framework_code", "target_level",
                                                                    "target_index", "decree_reference"}
                              : std::initializer_list<const char*>{"kind", "target_level", "target_index",
                                                                    "decree_reference"});
  CampaignInput in;
  if (creating) {
    auto year = r.id("year", true, {"Isi tahun penilaian antara 2018 dan 2100.", "Give the year, between 2018 and 2100."});
    if (year && (*year < 2018 || *year > 2100))
      r.add("year", {"Isi tahun penilaian antara 2018 dan 2100.", "Give the year, between 2018 and 2100."});
    else if (year) in.year = int(*year);
    in.framework_code = r.text("framework_code", false, 100,
                               {"Pilih kerangka penilaian yang tersedia.", "Choose an available framework."});
  }
  in.kind = r.word("kind", kKinds, creating,
                   {"Pilih jenis: pemantauan (monitoring) atau evaluasi (evaluation).",
                    "Choose the kind: monitoring or evaluation."});
  if (auto level = r.id("target_level", false, {"Target tingkat kematangan harus bilangan bulat positif.",
                                                  "The target level must be a positive whole number."}))
    in.target_level = int(std::min<int64_t>(*level, 1000));
  if (auto t = r.nullable_text("target_index", 10, {"Target indeks ditulis seperti 2.60.", "Write the target index like 2.60."}))
    in.target_index = t->value_or("");
  if (auto d = r.nullable_text("decree_reference", 300, {"Nomor keputusan paling banyak 300 karakter.",
                                                         "The decree reference has at most 300 characters."}))
    in.decree_reference = d->value_or("");
  r.check();
  return in;
}

// The targets must fit the framework's scales and decimals (422 on the field otherwise).
void check_targets(const frameworks::Framework& f, const Campaign& k) {
  int lowest = 9, highest = 0;
  for (const auto& s : f.scales) lowest = std::min(lowest, s.lowest()), highest = std::max(highest, s.highest());
  std::vector<FieldError> errors;
  if (k.target_level < lowest || k.target_level > highest)
    errors.push_back({"target_level",
                      {"Target tingkat kematangan harus antara " + std::to_string(lowest) + " dan " + std::to_string(highest) + ".",
                       "The target level must be between " + std::to_string(lowest) + " and " + std::to_string(highest) + "."}});
  if (!valid_target_index(k.target_index, f.decimals, highest))
    errors.push_back({"target_index",
                      {"Target indeks ditulis seperti 2.60, antara 0 dan " + std::to_string(highest) + ".",
                       "Write the target index like 2.60, between 0 and " + std::to_string(highest) + "."}});
  fail_on_field_errors(errors);
}

void apply(const CampaignInput& in, Campaign& k) {
  if (in.kind) k.kind = *parse_kind(*in.kind);
  if (in.target_level) k.target_level = *in.target_level;
  if (in.target_index) k.target_index = *in.target_index;
  if (in.decree_reference) k.decree_reference = *in.decree_reference;
}

http::Response campaign_response(db::Connection& c, const Campaign& k, int status) {
  auto v = load_view(c, k);
  auto body = campaign_json(k);
  nlohmann::json team = nlohmann::json::array(), events = nlohmann::json::array();
  for (const auto& a : list_assessors(c, k.campaign_id)) team.push_back(assessor_json(a));
  for (const auto& e : list_events(c, k.campaign_id)) events.push_back(event_json(e));
  auto summary = campaign_summary_json(v);
  for (const char* key : {"answered", "indicators", "verified", "complete"}) body[key] = summary[key];
  body["framework_title"] = v.framework->title;
  body["index_name"] = v.framework->index_name;
  nlohmann::json domains = nlohmann::json::array();
  for (const auto& d : v.self.domains)
    domains.push_back({{"number", d.domain->number}, {"name", d.domain->name}, {"value", index_value_json(d.value)}});
  body["index"] = {{"overall", index_value_json(v.self.overall)},
                   {"predicate", v.self.overall ? nlohmann::json(v.self.predicate) : nlohmann::json(nullptr)},
                   {"complete", v.self.complete()},
                   {"domains", domains}};
  body["team"] = team;
  body["events"] = events;
  auto res = http::Response::json(status, body);
  res.header("etag", http::etag(k.version));
  return res;
}

void audit_campaign(db::Connection& c, const http::Request& req, const std::string& action, const Campaign& k,
                    const nlohmann::json& changes) {
  audit::append(c, audit_context(req), action, "evaluation_campaign", std::to_string(k.campaign_id), changes);
}

// Saves the changed campaign (version + 1) with its audit entry; 412 when someone else was first.
void save_campaign(db::Connection& c, const http::Request& req, const std::string& action, const Campaign& before,
                   Campaign& after, nlohmann::json extra = nlohmann::json::object()) {
  after.version = before.version + 1;
  if (!update_campaign(c, after, before.version)) check_version(after.version, before.version);
  auto changes = audit::changes_between(campaign_json(before), campaign_json(after));
  changes.erase("version");
  for (auto& [key, value] : extra.items()) changes[key] = value;
  audit_campaign(c, req, action, after, changes);
}

// Sign-off and reopening: the coordinator, on the version they saw. `event(c, before)` checks the
// rule and says what happened; it is recorded, the campaign takes `status`, the audit entry follows.
template <class Event>
http::Response coordinator_step(AppContext& ctx, http::Request& req, const std::string& action, CampaignStatus status,
                                Event event) {
  auto version = http::required_version(req);
  auto id = campaign_param(req);
  return ctx.db->write([&](db::Connection& c) {
    auto before = require_campaign(c, req.principal->region_id, id);
    require_assessor(c, before, *req.principal, {AssessorRole::coordinator});
    check_version(version, before.version);
    CampaignEvent e = event(c, before);
    e.by_user = req.principal->username;
    e.at = now_rfc3339();
    insert_event(c, before, e);
    auto after = before;
    after.status = status;
    nlohmann::json what = e.kind == "reopened" ? nlohmann::json{{"reason", {{"before", nullptr}, {"after", e.reason}}}}
                                               : nlohmann::json{{"index", {{"before", nullptr}, {"after", e.index_value}}}};
    save_campaign(c, req, action, before, after, what);
    return campaign_response(c, after, 200);
  });
}

}  // namespace

void add_campaign_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const auto campaign = kBase + "/campaigns/{campaign_id}";

  router.add("GET", kBase + "/campaigns", Permission::evaluation_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& k : list_campaigns(c, req.principal->region_id)) items.push_back(campaign_summary_json(load_view(c, k)));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", kBase + "/campaigns", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto in = read_campaign_input(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Campaign k;
      k.region_id = me.region_id;
      k.year = *in.year;
      k.framework_code = in.framework_code.value_or(default_framework_code());
      auto f = framework_for(c, me.region_id, k.framework_code);
      if (!f)
        fail_on_field_errors({{"framework_code",
                               {"Kerangka penilaian \"" + k.framework_code + "\" tidak tersedia.",
                                "The framework \"" + k.framework_code + "\" is not available."}}});
      if (find_campaign_by_year(c, me.region_id, k.year))
        throw ProblemError(Problem::conflict({"Sudah ada penilaian SPBE untuk tahun " + std::to_string(k.year) + ".",
                                              "There is already an SPBE evaluation campaign for " + std::to_string(k.year) + "."}));
      k.target_level = f->default_target_level;
      apply(in, k);
      check_targets(*f, k);
      k.status = CampaignStatus::open;
      k.created_by = me.username;
      k.created_at = now_rfc3339();
      insert_campaign(c, k);
      auto changes = audit::changes_between(nullptr, campaign_json(k));
      for (const char* key : {"version", "created_at", "id"}) changes.erase(key);
      audit_campaign(c, req, "evaluation_campaign.create", k, changes);
      auto res = campaign_response(c, k, 201);
      res.header("location", kBase + "/campaigns/" + std::to_string(k.campaign_id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", campaign, Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    return ctx.db->read([&](db::Connection& c) { return campaign_response(c, require_campaign(c, req.principal->region_id, id), 200); });
  });

  router.add("PATCH", campaign, Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = campaign_param(req);
    auto in = read_campaign_input(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      auto before = require_campaign(c, req.principal->region_id, id);
      check_version(version, before.version);
      require_open(before);
      auto after = before;
      apply(in, after);
      check_targets(*require_framework(c, before), after);
      if (campaign_json(after) != campaign_json(before)) save_campaign(c, req, "evaluation_campaign.update", before, after);
      return campaign_response(c, after, 200);
    });
  }, http::Body::json);

  router.add("PUT", campaign + "/assessors/{user_id}", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    auto user_id = http::id_param(req, "user_id", kUserNotFound);
    BodyReader r(req.json, {"role", "unit"});
    auto role = r.word("role", kRoles, true,
                       {"Pilih peran: koordinator, penanggung jawab, pelaksana entri data, atau anggota.",
                        "Choose the role: coordinator, person in charge, data entry or member."});
    auto unit = r.nullable_text("unit", 200, {"Unit paling banyak 200 karakter.", "The unit has at most 200 characters."});
    r.check();
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto k = require_campaign(c, me.region_id, id);
      auto user = find_staff_user(c, me.region_id, user_id);
      if (!user)
        fail_on_field_errors({{"user_id",
                               {"Tim asesor hanya dapat berisi pegawai daerah ini (bukan warga).",
                                "The assessor team can only hold staff users of this region (not citizens)."}}});
      Assessor a{user->user_id, user->display_name, user->username, *parse_role(*role), unit ? unit->value_or("") : ""};
      auto team = list_assessors(c, k.campaign_id);
      std::optional<Assessor> before;
      for (const auto& t : team) {
        if (t.user_id == a.user_id) before = t;
        else if (single_seat(a.role) && t.role == a.role)
          throw ProblemError(Problem::conflict(
              {"Peran " + role_label_id(a.role) + " sudah dipegang " + t.display_name + ". Lepaskan dulu perannya.",
               "The " + role_label_en(a.role) + " seat is held by " + t.display_name + ". Free it first."}));
      }
      if (before && !unit) a.unit = before->unit;  // unit not given: keep it
      put_assessor(c, k, a, me.username, now_rfc3339());
      audit_campaign(c, req, "evaluation_assessor.put", k,
                     {{"assessor", {{"before", before ? assessor_json(*before) : nlohmann::json(nullptr)},
                                    {"after", assessor_json(a)}}}});
      auto res = http::Response::json(before ? 200 : 201, assessor_json(a));
      return res;
    });
  }, http::Body::json);

  router.add("DELETE", campaign + "/assessors/{user_id}", Permission::evaluation_manage, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    auto user_id = http::id_param(req, "user_id", kUserNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto k = require_campaign(c, req.principal->region_id, id);
      std::optional<Assessor> before;
      for (const auto& t : list_assessors(c, k.campaign_id))
        if (t.user_id == user_id) before = t;
      if (!before)
        throw ProblemError(Problem::not_found({"Pengguna ini tidak ada dalam Tim Asesor Internal penilaian ini.",
                                               "This user is not on the campaign's assessor team."}));
      delete_assessor(c, k.campaign_id, user_id);
      audit_campaign(c, req, "evaluation_assessor.remove", k,
                     {{"assessor", {{"before", assessor_json(*before)}, {"after", nullptr}}}});
      http::Response res;
      res.status = 204;
      return res;
    });
  });

  router.add("POST", campaign + "/sign-off", Permission::evaluation_assess, [&ctx](http::Request& req) {
    return coordinator_step(ctx, req, "evaluation_campaign.sign_off", CampaignStatus::signed_off,
                            [](db::Connection& c, const Campaign& before) {
                              auto v = load_view(c, before);
                              refuse_if(sign_off_refusal(before, sign_off_readiness(*v.framework, v.answers)));
                              CampaignEvent e;
                              e.kind = "signed_off";
                              e.levels = answered_levels(v.answers);
                              e.index_value = v.self.overall ? v.self.overall->text() : "";
                              return e;
                            });
  });

  router.add("POST", campaign + "/reopen", Permission::evaluation_assess, [&ctx](http::Request& req) {
    BodyReader r(req.json, {"reason"});
    auto reason = r.text("reason", true, 2000,
                         {"Tulis alasan membuka kembali penilaian mandiri.", "Give the reason for reopening the self-assessment."});
    r.check();
    return coordinator_step(ctx, req, "evaluation_campaign.reopen", CampaignStatus::open,
                            [&](db::Connection&, const Campaign& before) {
                              refuse_if(reopen_refusal(before));
                              CampaignEvent e;
                              e.kind = "reopened";
                              e.reason = *reason;
                              return e;
                            });
  }, http::Body::json);

  router.add("GET", campaign + "/index", Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, index_report_json(load_view(c, require_campaign(c, req.principal->region_id, id))));
    });
  });

  router.add("GET", kBase + "/trend", Permission::evaluation_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      auto campaigns = list_campaigns(c, req.principal->region_id);
      nlohmann::json years = nlohmann::json::array();
      std::set<std::string> codes;
      for (auto it = campaigns.rbegin(); it != campaigns.rend(); ++it) {  // oldest first
        years.push_back(trend_entry_json(load_view(c, *it)));
        codes.insert(it->framework_code);
      }
      return http::Response::json(200, {{"years", years}, {"same_framework", codes.size() <= 1}});
    });
  });
}

}  // namespace simpul::modules::evaluation
