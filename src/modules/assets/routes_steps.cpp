// What happens to an asset: the lifecycle steps of Madiun Pasal 35 ayat (2) (refused out of
// order, and for a disposed asset, in plain words), the compatibility statement a new device
// needs where the profile says so (Kendari Pasal 19 ayat (8)), and the links to the hosts,
// applications and tickets it belongs to. Each change is one transaction with its audit entry.
#include <set>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/assets/registration.h"
#include "modules/assets/routes_support.h"
#include "modules/assets/rules.h"
#include "modules/assets/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::assets {

namespace {

const Text kLinkNotFound{"Tautan aset tidak ditemukan.", "Asset link not found."};

// Loads the asset the caller may change (404, 403 another agency's, 409 disposed) and checks
// the version they saw when `version` is given.
Asset editable_asset(db::Connection& c, const auth::Principal& me, int64_t id, std::optional<int64_t> version) {
  auto a = load_asset(c, me.region_id, id);
  require_owner(me, a.owner_agency_id);
  if (version) check_version(version, a.version);
  refuse_if(cannot_edit(a));
  return a;
}

nlohmann::json compatibility_json(db::Connection& c, const Asset& a) {
  auto gate = compatibility_obligation(region_profile(c, a.region_id));
  nlohmann::json obligation = nullptr;
  if (gate) obligation = {{"id", "new-devices-compatible"}, {"article", gate->article}, {"text", gate->text}, {"citation", gate->citation}};
  nlohmann::json statement = nullptr;
  if (a.compatible_with) {
    nlohmann::json named = nlohmann::json::array();
    for (auto id : *a.compatible_with)
      if (auto other = find(c, a.region_id, id))
        named.push_back({{"id", other->id}, {"code", other->code}, {"name", other->name}, {"category", other->category},
                         {"stage", other->stage}});
    statement = {{"compatible_with", named}, {"note", a.compatibility_note}, {"stated_on", a.compatibility_on.value_or("")},
                 {"stated_by", a.compatibility_by}};
  }
  std::vector<std::string> family;
  for (const auto& category : kHardwareCategories)
    if (category_family(category) == category_family(a.category)) family.push_back(category);
  nlohmann::json candidates = nlohmann::json::array();
  if (a.kind == "hardware")
    for (const auto& other : in_use_of_agency(c, a.region_id, a.owner_agency_id, family, a.id))
      candidates.push_back({{"id", other.id}, {"code", other.code}, {"name", other.name}, {"category", other.category},
                            {"brand", other.brand}, {"model", other.model}});
  return {{"asset_id", a.id},
          {"required", gate.has_value() && a.kind == "hardware"},
          {"obligation", obligation},
          {"statement", statement},
          {"candidates", candidates}};
}

void add_lifecycle_routes(http::Router& router, AppContext& ctx) {
  router.add("POST", kBase + "/{asset_id}/actions", auth::Permission::asset_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "asset_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load_asset(c, me.region_id, id);
      require_owner(me, before.owner_agency_id);
      check_version(version, before.version);
      auto step = parse_step(req.json, regions::region_today(c, me.region_id), before.stage_since);
      refuse_if(cannot_take(before, step.action));
      if (step.action == "procure") refuse_if(cannot_procure(before, compatibility_obligation(region_profile(c, me.region_id))));
      Asset after = before;
      take_step(after, step);
      commit_change(c, audit_context(req), "asset." + step.action, "asset", before, after, record_json, update);
      Event e;
      e.region_id = me.region_id;
      e.asset_id = id;
      e.action = step.action;
      e.from_stage = before.stage;
      e.to_stage = after.stage;
      e.on = step.on;
      e.note = step.note;
      e.reason = step.reason;
      e.decree_reference = step.decree_reference;
      e.actor = me.username;
      e.created_at = after.updated_at;
      insert_event(c, e);
      return asset_response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

void add_compatibility_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase + "/{asset_id}/compatibility", auth::Permission::asset_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "asset_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, compatibility_json(c, load_asset(c, req.principal->region_id, id)));
    });
  });

  router.add("PUT", kBase + "/{asset_id}/compatibility", auth::Permission::asset_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "asset_id", kNotFound);
    auto input = parse_compatibility(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = editable_asset(c, me, id, version);
      std::set<int64_t> in_use;
      for (const auto& other : in_use_among(c, me.region_id, input.compatible_with)) in_use.insert(other.id);
      std::vector<FieldError> errors;
      for (size_t i = 0; i < input.compatible_with.size(); ++i)
        if (!in_use.count(input.compatible_with[i]) || input.compatible_with[i] == id)
          errors.push_back({"compatible_with." + std::to_string(i),
                            {"Pilih aset lain di daerah Anda yang sedang digunakan.", "Choose another asset of your region that is in use."}});
      fail_on_field_errors(errors);
      Asset after = before;
      after.compatible_with = input.compatible_with;
      after.compatibility_note = input.note;
      after.compatibility_on = regions::region_today(c, me.region_id);
      after.compatibility_by = me.username;
      commit_change(c, audit_context(req), "asset.compatibility", "asset", before, after, record_json, update);
      return asset_response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

void add_link_routes(http::Router& router, AppContext& ctx) {
  router.add("POST", kBase + "/{asset_id}/links", auth::Permission::asset_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "asset_id", kNotFound);
    auto input = parse_link(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto asset = editable_asset(c, me, id, std::nullopt);
      auto name = target_name(c, me.region_id, input.kind, input.target_id);
      if (!name)
        throw ProblemError(Problem::not_found({"Server, aplikasi atau tiket yang ditautkan tidak ada di daerah Anda.",
                                               "The host, application or ticket to link is not in your region."}));
      if (link_exists(c, id, input.kind, input.target_id))
        throw ProblemError(Problem::conflict({"Aset ini sudah ditautkan ke " + *name + ".", "This asset is already linked to " + *name + "."}));
      Link l{0, me.region_id, id, input.kind, input.target_id, *name, me.username, now_rfc3339()};
      insert_link(c, l);
      commit_child_added(c, audit_context(req), "asset.link", "asset", asset, "links", to_json(l), update);
      auto res = http::Response::json(201, to_json(l));
      res.header("location", kBase + "/" + std::to_string(id));
      return res;
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/{asset_id}/links/{link_id}", auth::Permission::asset_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "asset_id", kNotFound);
    auto link_id = http::id_param(req, "link_id", kLinkNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = editable_asset(c, me, id, std::nullopt);
      auto link = find_link(c, me.region_id, id, link_id);
      if (!link) throw ProblemError(Problem::not_found(kLinkNotFound));
      delete_link(c, me.region_id, link_id);
      Asset after = before;
      after.version = before.version + 1;
      after.updated_at = now_rfc3339();
      if (!update(c, after, before.version)) check_version(after.version, before.version);
      audit::append(c, audit_context(req), "asset.unlink", "asset", std::to_string(id),
                    {{"links", {{"before", to_json(*link)}, {"after", nullptr}}}});
    });
    http::Response res;
    res.status = 204;
    return res;
  });
}

}  // namespace

void add_step_routes(http::Router& router, AppContext& ctx) {
  add_lifecycle_routes(router, ctx);
  add_compatibility_routes(router, ctx);
  add_link_routes(router, ctx);
}

}  // namespace simpul::modules::assets
