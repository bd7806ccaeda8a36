// /api/v1/data-sharing-agreements: the agreements under which an agency shares its datasets
// with another (bagi pakai data, Perwali Madiun 39/2021 Pasal 10 ayat (4)). The provider
// (the datasets' owner) or the superadmin keeps them; both parties, the superadmin,
// leadership and auditors read them.
#include <algorithm>

#include "app/audit_context.h"
#include "modules/regions/store.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/datasets/catalog_access.h"
#include "modules/datasets/routes.h"
#include "modules/datasets/rules.h"
#include "modules/datasets/sharing_rules.h"
#include "modules/datasets/store.h"
#include "modules/planning/plan_fields.h"

namespace simpul::modules::datasets {

namespace {

const std::string kBase = "/api/v1/data-sharing-agreements";
const Text kNotProvider{"Perjanjian bagi pakai data dikelola oleh perangkat daerah penyedia datanya; Anda hanya dapat mengelola "
                        "perjanjian perangkat daerah Anda sendiri.",
                        "Data-sharing agreements are kept by the agency that provides the data; you can only manage your own "
                        "agency's agreements."};
const Text kNotParty{"Perjanjian ini antara perangkat daerah lain; Anda hanya dapat melihat perjanjian perangkat daerah Anda.",
                     "This agreement is between other agencies; you can only see your own agency's agreements."};

bool is_party(const auth::Principal& me, const Agreement& a) {
  if (me.role != auth::Role::agency_operator) return true;  // superadmin, leadership, auditor
  return me.agency_id && (*me.agency_id == a.provider_agency_id || *me.agency_id == a.consumer_agency_id);
}

Agreement load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto a = find_agreement(c, me.region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kAgreementNotFound));
  if (!is_party(me, *a)) throw ProblemError(Problem::forbidden(kNotParty));
  return *a;
}

nlohmann::json detail_json(db::Connection& c, const Agreement& a, const std::string& today) {
  auto j = to_json(a, today);
  j["datasets"] = nlohmann::json::array();
  for (auto id : a.dataset_ids)
    if (auto d = find(c, a.region_id, id))
      j["datasets"].push_back({{"id", d->id}, {"code", d->code}, {"title", d->title}, {"classification", d->classification},
                               {"status", d->status}});
  j["document"] = nullptr;
  if (!a.document_sha256.empty())
    if (auto f = files::find(c, a.region_id, a.document_sha256)) j["document"] = files::to_json(*f);
  return j;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto a = find_agreement(c, region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kAgreementNotFound));
  auto res = http::Response::json(status, detail_json(c, *a, regions::region_today(c, region_id)));
  res.header("etag", http::etag(a->version));
  return res;
}

// Rules that need the database: both agencies exist; every newly covered dataset is the
// provider's own, active and not secret; the signed document was uploaded.
void check(db::Connection& c, const Agreement& a, const Agreement* before) {
  std::vector<FieldError> errors = agreement_errors(a);
  if (!agencies::exists(c, a.region_id, a.provider_agency_id))
    errors.push_back({"provider_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (!agencies::exists(c, a.region_id, a.consumer_agency_id))
    errors.push_back({"consumer_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  for (auto id : a.dataset_ids) {
    if (before && std::binary_search(before->dataset_ids.begin(), before->dataset_ids.end(), id)) continue;
    auto d = find(c, a.region_id, id);
    if (!d) {
      errors.push_back({"dataset_ids", {"Dataset nomor " + std::to_string(id) + " tidak ada di daerah Anda.",
                                        "Dataset number " + std::to_string(id) + " does not exist in your region."}});
      continue;
    }
    if (auto problem = coverage_problem(*d, a.provider_agency_id)) errors.push_back({"dataset_ids", *problem});
  }
  if (!a.document_sha256.empty() && (!before || before->document_sha256 != a.document_sha256) &&
      !files::find(c, a.region_id, a.document_sha256))
    errors.push_back({"document_sha256", {"Berkas ini belum diunggah; unggah dokumen bertanda tangan dahulu melalui /api/v1/files.",
                                          "This file has not been uploaded; upload the signed document first through /api/v1/files."}});
  fail_on_field_errors(errors);
}

AgreementFilter filter_of(const http::Request& req) {
  AgreementFilter f;
  f.agency_id = http::number_param(req, "agency_id");
  f.dataset_id = http::number_param(req, "dataset_id");
  f.status = req.query_param("status").value_or("");
  if (!f.status.empty() && !kAgreementStatuses.count(f.status))
    throw ProblemError(Problem::bad_request({"status: draft, active atau ended.", "status: draft, active or ended."}));
  return f;
}

// A step on a loaded agreement by its provider: the version the caller saw, `step`, then the
// save with its audit entry.
template <class Step>
http::Response change(AppContext& ctx, http::Request& req, const std::string& action, Step step) {
  auto id = http::id_param(req, "agreement_id", kAgreementNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto version = http::required_version(req);
    auto before = load(c, me, id);
    require_own_agency(me, before.provider_agency_id, kNotProvider);
    check_version(version, before.version);
    Agreement after = before;
    step(c, before, after);
    commit_change(c, audit_context(req), action, "data_sharing_agreement", before, after, agreement_record_json, update_agreement);
    return response(c, 200, me.region_id, id);
  });
}

}  // namespace

void add_sharing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    auto page = http::parse_page_request(req);
    auto after = http::after_number(page);
    std::optional<bool> expiring;
    if (auto v = req.query_param("expiring_soon"); v && !v->empty()) {
      if (*v != "true" && *v != "false")
        throw ProblemError(Problem::bad_request({"expiring_soon: true atau false.", "expiring_soon: true or false."}));
      expiring = *v == "true";
    }
    return ctx.db->read([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto today = regions::region_today(c, me.region_id);
      std::vector<Agreement> items;
      int64_t expiring_count = 0;
      for (auto& a : list_agreements(c, me.region_id, filter)) {
        if (!is_party(me, a)) continue;
        bool soon = expiring_soon(a, today);
        if (expiring && soon != *expiring) continue;
        expiring_count += soon ? 1 : 0;
        items.push_back(std::move(a));
      }
      auto total = items.size();
      if (after) std::erase_if(items, [&](const Agreement& a) { return a.id >= *after; });
      if (items.size() > static_cast<size_t>(page.limit) + 1) items.resize(static_cast<size_t>(page.limit) + 1);
      auto body = http::page_body(std::move(items), page.limit, [](const Agreement& a) { return std::to_string(a.id); },
                                  [&](const Agreement& a) { return to_json(a, today); });
      body["total"] = total;
      body["expiring_soon"] = expiring_count;
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/{agreement_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "agreement_id", kAgreementNotFound);
    return ctx.db->read([&](db::Connection& c) {
      load(c, *req.principal, id);
      return response(c, 200, req.principal->region_id, id);
    });
  });

  add_record_reads<Agreement>(router, ctx, Permission::registry_read,
                              {kBase + "/{agreement_id}", "agreement_id", "data_sharing_agreement", "perjanjian-bagi-pakai-data",
                               kAgreementNotFound, load, nullptr, nullptr});

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto input = parse_agreement(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      Agreement a;
      a.region_id = me.region_id;
      apply(input, a);
      require_own_agency(me, a.provider_agency_id, kNotProvider);
      check(c, a, nullptr);
      a.created_at = a.updated_at = now_rfc3339();
      insert_agreement(c, a);
      audit_creation(c, audit_context(req), "data_sharing_agreement.create", "data_sharing_agreement", a, agreement_record_json);
      auto res = response(c, 201, me.region_id, a.id);
      res.header("location", kBase + "/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{agreement_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto input = parse_agreement(req.json, false);
    return change(ctx, req, "data_sharing_agreement.update", [&](db::Connection& c, const Agreement& before, Agreement& after) {
      refuse_if(cannot_edit(before));
      apply(input, after);
      check(c, after, &before);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{agreement_id}/activate", Permission::registry_edit, [&ctx](http::Request& req) {
    return change(ctx, req, "data_sharing_agreement.activate", [&](db::Connection& c, const Agreement&, Agreement& a) {
      auto today = regions::region_today(c, a.region_id);
      refuse_if(cannot_activate(a, today, sharing_citation(region_profile(c, a.region_id))));
      a.status = "active";
      a.activated_by = req.principal->username;
      a.activated_at = now_rfc3339();
    });
  });

  router.add("POST", kBase + "/{agreement_id}/end", Permission::registry_edit, [&ctx](http::Request& req) {
    auto reason = parse_end_reason(req.json);
    return change(ctx, req, "data_sharing_agreement.end", [&](db::Connection&, const Agreement&, Agreement& a) {
      refuse_if(cannot_end(a));
      a.status = "ended";
      a.ended_by = req.principal->username;
      a.ended_at = now_rfc3339();
      a.end_reason = reason;
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::datasets
