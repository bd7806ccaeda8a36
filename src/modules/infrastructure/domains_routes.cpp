// Domains, subdomains, websites and official e-mail addresses, checked against the naming
// rules of the region's regulation: agency websites under the region's portal (Perwali Madiun
// 39/2021 Pasal 21 ayat (2)), the region's domain, agency subdomains and e-mail addresses
// (Perbup OKI 32/2022 Pasal 22 ayat (2), (3), (6)). A name breaking the rule is refused
// (422) with the expected pattern and the article. The region's own domain is the ICT
// office's (infrastructure_manage); an agency's names are kept by its operator.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "export/download.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/naming.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"
#include "modules/infrastructure/workbook.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/domains";
const Text kNotFound{"Domain tidak ditemukan.", "Domain not found."};
const Text kRegionDomainOnly{"Domain pemerintah daerah dikelola oleh Dinas; hanya superadmin (Dinas) yang dapat mengubahnya.",
                            "The region's domain is managed by the ICT office; only the superadmin (the ICT office) can change it."};

Domain load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto d = find_domain(c, me.region_id, id);
  if (!d) throw ProblemError(Problem::not_found(kNotFound));
  return *d;
}

// The region's domain: the ICT office; an agency's names: its operator (or the ICT office).
void require_keeper(const auth::Principal& me, const Domain& d) {
  if (d.kind == "region_domain") return require_ict_office(me, kRegionDomainOnly);
  if (d.agency_id) require_own_agency(me, *d.agency_id);
}

// The agency (required for every kind but the region's domain, which has none), the
// name's form, the profile's naming rule, and uniqueness in the region.
void check(db::Connection& c, const Domain& d) {
  std::vector<std::string> labels;
  if (d.kind == "region_domain") {
    if (d.agency_id)
      fail_on_field_errors({{"agency_id", {"Domain pemerintah daerah tidak dimiliki satu perangkat daerah; kosongkan agency_id.",
                                           "The region's domain belongs to no single agency; leave agency_id empty."}}});
  } else {
    if (!d.agency_id)
      fail_on_field_errors({{"agency_id", {"Pilih perangkat daerah pemilik nama ini (id).", "Choose the agency this name belongs to (id)."}}});
    auto a = agency_for(c, d.region_id, *d.agency_id, "agency_id");
    labels = agency_labels(a.short_name, a.profile_key);
  }
  if (!is_valid_name(d.kind, d.name))
    fail_on_field_errors({{"name", d.kind == "email"
                                       ? Text{"Bukan alamat surat elektronik yang sah, misalnya dinkes@madiunkota.go.id.",
                                              "Not a valid e-mail address, e.g. dinkes@madiunkota.go.id."}
                                       : Text{"Bukan nama domain yang sah: huruf, angka dan \"-\" dipisah titik, misalnya dinkes.madiunkota.go.id.",
                                              "Not a valid domain name: letters, digits and \"-\" separated by dots, e.g. dinkes.madiunkota.go.id."}}});
  if (auto why = naming_problem(naming_rules(region_profile(c, d.region_id), d.kind), d.kind, d.name, labels))
    fail_on_field_errors({{"name", *why}});
  if (domain_name_taken(c, d.region_id, d.name, d.id))
    fail_on_field_errors({{"name", {"Nama " + d.name + " sudah terdaftar di daerah ini.", "The name " + d.name + " is already registered in this region."}}});
}

DomainFilter filter_of(const http::Request& req) {
  return {http::number_param(req, "agency_id"), http::word_param(req, "kind", kDomainKinds)};
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto d = find_domain(c, region_id, id);
  if (!d) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*d));
  res.header("etag", http::etag(d->version));
  return res;
}

nlohmann::json domain_record(const Domain& d) { return record_json(d); }

}  // namespace

void add_domain_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json rules = nlohmann::json::array();
      const auto* profile = region_profile(c, region);
      for (const auto& kind : kDomainKinds)
        for (const auto& r : naming_rules(profile, kind))
          rules.push_back({{"kind", kind}, {"pattern", r.pattern}, {"citation", r.citation}});
      auto body = page_of(list_domains(c, region, filter), req, [](const Domain& d) { return to_json(d); });
      body["naming_rules"] = rules;
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& d : list_domains(c, region, {})) items.push_back(to_json(d));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "domain");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return xlsx_download(xlsx::write_workbook({domains_sheet(list_domains(c, req.principal->region_id, {}))}), "domain");
    });
  });

  router.add("GET", kBase + "/{domain_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "domain_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Domain>(router, ctx, Permission::registry_read,
                           {kBase + "/{domain_id}", "domain_id", "domain", "domain", kNotFound, load, nullptr, nullptr});

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto input = parse_domain(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Domain d;
      d.region_id = me.region_id;
      apply(input, d);
      require_keeper(me, d);
      check(c, d);
      d.created_at = d.updated_at = now_rfc3339();
      insert_domain(c, d);
      audit_creation(c, audit_context(req), "domain.create", "domain", d, domain_record);
      auto res = response(c, 201, me.region_id, d.id);
      res.header("location", kBase + "/" + std::to_string(d.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{domain_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "domain_id", kNotFound);
    auto input = parse_domain(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me, id);
      require_keeper(me, before);
      check_version(version, before.version);
      Domain after = before;
      apply(input, after);
      require_keeper(me, after);
      check(c, after);
      commit_change(c, audit_context(req), "domain.update", "domain", before, after, domain_record, update_domain);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
