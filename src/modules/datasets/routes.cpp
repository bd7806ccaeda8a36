#include "modules/datasets/routes.h"

#include <functional>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "export/xlsx.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/datasets/catalog_access.h"
#include "modules/datasets/registration.h"
#include "modules/datasets/rules.h"
#include "modules/datasets/sharing_rules.h"
#include "modules/datasets/store.h"
#include "modules/datasets/workbook.h"
#include "modules/planning/plan_fields.h"
#include "modules/regions/store.h"

namespace simpul::modules::datasets {

namespace {

const std::string kBase = "/api/v1/datasets";
const std::string kPublic = "/api/v1/public/datasets";
const Text kOtherAgency{"Anda hanya dapat mengelola dataset perangkat daerah Anda sendiri.",
                        "You can only manage the datasets of your own agency."};

Filter filter_of(const http::Request& req) {
  Filter f;
  f.owner_agency_id = http::number_param(req, "agency_id");
  f.classification = req.query_param("classification").value_or("");
  if (!f.classification.empty() && !kClassifications.count(f.classification))
    throw ProblemError(Problem::bad_request({"classification: public, internal, restricted atau secret.",
                                            "classification: public, internal, restricted or secret."}));
  f.status = req.query_param("status").value_or("");
  if (!f.status.empty() && !kStatuses.count(f.status))
    throw ProblemError(Problem::bad_request({"status: active atau retired.", "status: active or retired."}));
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

std::optional<bool> overdue_param(const http::Request& req) {
  auto v = req.query_param("overdue");
  if (!v || v->empty()) return std::nullopt;
  if (*v == "true") return true;
  if (*v == "false") return false;
  throw ProblemError(Problem::bad_request({"overdue: true atau false.", "overdue: true or false."}));
}

// The datasets the caller may see, matching the filter (the page is cut by the caller).
std::vector<Dataset> visible(db::Connection& c, const Viewer& viewer, const std::string& region_id, const Filter& filter,
                             std::optional<bool> overdue) {
  std::vector<Dataset> out;
  for (auto& d : list(c, region_id, filter)) {
    if (!may_read(viewer, d)) continue;
    if (overdue && update_overdue(d, viewer.today) != *overdue) continue;
    out.push_back(std::move(d));
  }
  return out;
}

// One page after the cursor (the last code seen), codes being unique and sorted.
nlohmann::json page_of(std::vector<Dataset> items, const http::PageRequest& page,
                       const std::function<nlohmann::json(const Dataset&)>& as_json) {
  if (page.after) std::erase_if(items, [&](const Dataset& d) { return d.code <= *page.after; });
  if (items.size() > static_cast<size_t>(page.limit) + 1) items.resize(static_cast<size_t>(page.limit) + 1);
  return http::page_body(std::move(items), page.limit, [](const Dataset& d) { return d.code; }, as_json);
}

// Which agreements share the dataset, as its detail view shows them: all of them to its owner
// and the oversight roles; to another agency's operator only those made with their agency.
nlohmann::json shared_with_json(db::Connection& c, const auth::Principal& me, const Dataset& d, const std::string& today) {
  bool sees_all = me.role != auth::Role::agency_operator || (me.agency_id && *me.agency_id == d.owner_agency_id);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : list_agreements(c, d.region_id, {std::nullopt, "", d.id})) {
    if (!sees_all && !(me.agency_id && *me.agency_id == a.consumer_agency_id)) continue;
    out.push_back({{"agreement_id", a.id},
                   {"consumer_agency_id", a.consumer_agency_id},
                   {"consumer_agency_name", a.consumer_agency_name},
                   {"access_mode", a.access_mode},
                   {"valid_from", a.valid_from},
                   {"expires_on", a.expires_on},
                   {"state", agreement_state(a, today)},
                   {"expiring_soon", expiring_soon(a, today)}});
  }
  return out;
}

http::Response detail(db::Connection& c, const auth::Principal& me, int status, const Dataset& d,
                      const std::string& today) {
  auto j = to_json(d, today);
  j["shared_with"] = shared_with_json(c, me, d, today);
  auto res = http::Response::json(status, j);
  res.header("etag", http::etag(d.version));
  return res;
}

// The region named by ?region_id= (anonymous callers) or the caller's own.
std::string public_region(db::Connection& c, const http::Request& req) {
  auto asked = req.query_param("region_id");
  if (asked && !asked->empty()) {
    if (!regions::find(c, *asked))
      throw ProblemError(Problem::not_found({"Daerah tidak ditemukan.", "Region not found."}));
    return *asked;
  }
  if (req.principal) return req.principal->region_id;
  throw ProblemError(Problem::bad_request({"Sebutkan daerahnya dengan region_id, misalnya ?region_id=kota-madiun.",
                                           "Name the region with region_id, e.g. ?region_id=kota-madiun."}));
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    auto overdue = overdue_param(req);
    auto page = http::parse_page_request(req);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto viewer = viewer_for(c, &*req.principal, region);
      auto items = visible(c, viewer, region, filter, overdue);
      auto total = items.size();
      int64_t overdue_count = 0;
      for (const auto& d : items) overdue_count += update_overdue(d, viewer.today) ? 1 : 0;
      auto body = page_of(std::move(items), page, [&](const Dataset& d) { return to_json(d, viewer.today); });
      body["total"] = total;
      body["overdue"] = overdue_count;
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/{dataset_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "dataset_id", kDatasetNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto viewer = viewer_for(c, &*req.principal, region);
      return detail(c, *req.principal, 200, load_visible(c, viewer, region, id), viewer.today);
    });
  });

  add_record_reads<Dataset>(
      router, ctx, Permission::registry_read,
      {kBase + "/{dataset_id}", "dataset_id", "dataset", "dataset", kDatasetNotFound,
       [](db::Connection& c, const auth::Principal& me, int64_t id) {
         return load_visible(c, viewer_for(c, &me, me.region_id), me.region_id, id);
       },
       [](db::Connection& c, const Dataset& d) {
         return nlohmann::json{{"region_id", d.region_id},
                               {"exported_at", now_rfc3339()},
                               {"dataset", to_json(d, regions::region_today(c, d.region_id))}};
       },
       [](db::Connection& c, const Dataset& d) {
         return xlsx::write_workbook(workbook_sheets({d}, regions::region_today(c, d.region_id)));
       }});

  // The whole catalog as the caller may see it.
  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto viewer = viewer_for(c, &*req.principal, region);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& d : visible(c, viewer, region, {}, std::nullopt)) items.push_back(to_json(d, viewer.today));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "katalog-data");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto viewer = viewer_for(c, &*req.principal, region);
      return xlsx_download(xlsx::write_workbook(workbook_sheets(visible(c, viewer, region, {}, std::nullopt), viewer.today)),
                           "katalog-data");
    });
  });
}

// The open data catalog: public, active datasets only, without the walidata; anything else
// is "not found" here, so the public learns nothing about what is not open.
void add_public_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kPublic, Permission::public_access, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    filter.classification.clear();
    filter.status.clear();
    filter.public_only = true;
    auto page = http::parse_page_request(req);
    return ctx.db->read([&](db::Connection& c) {
      auto region = public_region(c, req);
      auto today = regions::region_today(c, region);
      auto items = list(c, region, filter);
      auto total = items.size();
      auto body = page_of(std::move(items), page, [&](const Dataset& d) { return public_json(d, today); });
      body["total"] = total;
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kPublic + "/{dataset_id}", Permission::public_access, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "dataset_id", kDatasetNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto region = public_region(c, req);
      auto d = find(c, region, id);
      if (!d || d->classification != "public" || d->status != "active")
        throw ProblemError(Problem::not_found(kDatasetNotFound));
      auto res = http::Response::json(200, public_json(*d, regions::region_today(c, region)));
      res.header("etag", http::etag(d->version));
      return res;
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto today = regions::region_today(c, me.region_id);
      Dataset d = new_dataset(c, me, req.json, today);
      store_new(c, audit_context(req), d);
      auto saved = find(c, me.region_id, d.id);
      auto res = detail(c, me, 201, *saved, today);
      res.header("location", kBase + "/" + std::to_string(d.id));
      return res;
    });
  }, http::Body::json);
  add_import_routes(router, ctx);

  router.add("PATCH", kBase + "/{dataset_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "dataset_id", kDatasetNotFound);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto today = regions::region_today(c, me.region_id);
      auto before = find(c, me.region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kDatasetNotFound));
      require_own_agency(me, before->owner_agency_id, kOtherAgency);
      check_version(version, before->version);
      auto input = parse_dataset(req.json, false, today);
      Dataset after = *before;
      apply(input, after);
      check_dataset(c, after, before->data_steward_id);
      commit_change(c, audit_context(req), "dataset.update", "dataset", *before, after, record_json, update);
      return detail(c, me, 200, *find(c, me.region_id, id), today);
    });
  }, http::Body::json);
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_public_routes(router, ctx);
  add_editing_routes(router, ctx);
  add_sharing_routes(router, ctx);
}

}  // namespace simpul::modules::datasets
