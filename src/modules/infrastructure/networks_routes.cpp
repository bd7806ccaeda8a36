// Networks: the intra-government network between agencies (WAN), run by the ICT office up to
// each agency's router (Perwali Madiun 39/2021 Pasal 18 ayat (6) huruf a; Perbup OKI 32/2022
// Pasal 19 ayat (7)), and each agency's own LAN. Where the regulation has PD Mandiri TIK only
// such an agency runs its LAN itself (Madiun Pasal 18 ayat (6) huruf b-c, Pasal 45). The kind
// and owner of a network are fixed when it is registered; name and description change.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "core/clock.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/networks";
const Text kNotFound{"Jaringan tidak ditemukan.", "Network not found."};
const Text kWanOnly{"Jaringan Antar PD (WAN) dikelola oleh Dinas; hanya superadmin (Dinas) yang dapat mengubahnya.",
                    "The WAN between agencies is run by the ICT office; only the superadmin (the ICT office) can change it."};

Network load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto n = find_network(c, me.region_id, id);
  if (!n) throw ProblemError(Problem::not_found(kNotFound));
  return *n;
}

// Who may change the network: the ICT office for the WAN; for a LAN its agency's operator
// where the regulation lets the agency run it.
void require_manager(db::Connection& c, const auth::Principal& me, const Network& n) {
  if (n.kind == "wan") return require_ict_office(me, kWanOnly);
  require_self_management(c, me, agency_for(c, me.region_id, *n.owner_agency_id, "owner_agency_id"), SelfManaged::lan);
}

void check_name(db::Connection& c, const Network& n) {
  if (network_name_taken(c, n.region_id, n.name, n.id))
    fail_on_field_errors({{"name", {"Nama " + n.name + " sudah dipakai jaringan lain.", "The name " + n.name + " is already used by another network."}}});
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto n = find_network(c, region_id, id);
  if (!n) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*n));
  res.header("etag", http::etag(n->version));
  return res;
}

nlohmann::json network_record(const Network& n) { return record_json(n); }

}  // namespace

void add_network_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto agency = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, page_of(list_networks(c, req.principal->region_id, agency), req,
                                               [](const Network& n) { return to_json(n); }));
    });
  });

  router.add("GET", kBase + "/{network_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "network_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Network>(router, ctx, Permission::registry_read,
                            {kBase + "/{network_id}", "network_id", "network", "jaringan", kNotFound, load, nullptr, nullptr});

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto input = parse_network(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Network n;
      n.region_id = me.region_id;
      apply(input, n);
      require_manager(c, me, n);
      check_name(c, n);
      n.created_at = n.updated_at = now_rfc3339();
      insert_network(c, n);
      audit_creation(c, audit_context(req), "network.create", "network", n, network_record);
      auto res = response(c, 201, me.region_id, n.id);
      res.header("location", kBase + "/" + std::to_string(n.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{network_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "network_id", kNotFound);
    auto input = parse_network(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me, id);
      require_manager(c, me, before);
      check_version(version, before.version);
      Network after = before;
      apply(input, after);
      check_name(c, after);
      commit_change(c, audit_context(req), "network.update", "network", before, after, network_record, update_network);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
