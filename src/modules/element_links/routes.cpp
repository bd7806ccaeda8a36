#include "modules/element_links/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/element_links/rules.h"
#include "modules/element_links/store.h"
#include "modules/element_links/views.h"

namespace simpul::modules::element_links {

namespace {

const std::string kBase = "/api/v1/element-links";
const Text kLinkNotFound{"Keterkaitan elemen tidak ditemukan.", "Element link not found."};
const Text kElementNotFound{"Elemen SPBE ini tidak ditemukan di daerah Anda.", "This SPBE element was not found in your region."};

Text not_in_region(const std::string& kind) {
  return {"Elemen jenis " + kind + " dengan nomor ini tidak ada di daerah Anda (atau tidak dapat Anda lihat).",
          "There is no element of kind " + kind + " with this id in your region (or you may not see it)."};
}

// The element at one end of a new link, as the caller sees it: 422 on `field` when it does
// not exist, or when it is a dataset hidden from the caller.
Element end_element(db::Connection& c, const auth::Principal& me, const NodeKey& key, const std::string& field) {
  auto view = view_nodes(c, me, {key}).at(key);
  if (!view.element) throw ProblemError(Problem::validation_failed({{field + ".id", not_in_region(key.kind)}}));
  return *view.element;
}

void require_keeper(const auth::Principal& me, const Element& from) {
  if (may_keep_link(me, from.owner_agency_id)) return;
  if (!from.owner_agency_id)
    throw ProblemError(Problem::forbidden(
        {"Elemen ini dikelola Dinas (pusat data, jaringan intra); hanya superadmin yang dapat mengubah keterkaitannya.",
         "This element is run by the ICT office (data center, WAN); only a superadmin can change its links."}));
  throw ProblemError(Problem::forbidden(
      {"Keterkaitan dicatat oleh perangkat daerah pemilik elemen yang menggunakan (sisi \"from\"); "
       "Anda hanya dapat mengelola elemen perangkat daerah Anda sendiri.",
       "A link is kept by the agency owning the element that uses the other (the \"from\" side); "
       "you can only manage the elements of your own agency."}));
}

// A dataset the caller may not see, asked for by its id: 403, as in the datasets registry.
void refuse_hidden(const NodeView& v) {
  if (v.hidden)
    throw ProblemError(Problem::forbidden({"Anda tidak berwenang melihat data ini menurut klasifikasinya.",
                                           "You may not see this dataset, by its classification."}));
}

// The link's own entry, and one in the history of each service it joins (the other
// registries keep their own histories of their records).
void audit_link(db::Connection& c, const http::Request& req, const std::string& action, const Link& l, bool added) {
  auto j = to_json(l);
  nlohmann::json change = {{"before", added ? nlohmann::json(nullptr) : j}, {"after", added ? j : nlohmann::json(nullptr)}};
  auto ctx = audit_context(req);
  audit::append(c, ctx, action, "element_link", std::to_string(l.id), {{"link", change}});
  if (l.from.kind == "service") audit::append(c, ctx, action, "service", std::to_string(l.from.id), {{"uses", change}});
  if (l.to.kind == "service") audit::append(c, ctx, action, "service", std::to_string(l.to.id), {{"used_by", change}});
}

// GET /impact and /dependencies: the start must exist (404) and be an element the caller may
// see (a dataset hidden from the caller is 403, as in the datasets registry).
http::Response traversal(AppContext& ctx, http::Request& req, Direction direction) {
  auto start = parse_element_query(req.query_param("kind"), req.query_param("id"));
  auto only = parse_only(req.query_param("only"));
  return ctx.db->read([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto start_view = view_nodes(c, me, {start}).at(start);
    refuse_hidden(start_view);
    if (!start_view.element) throw ProblemError(Problem::not_found(kElementNotFound));
    auto walked = traverse(start, reachable_edges(c, me.region_id, start, direction), direction);
    std::vector<NodeKey> keys;
    for (const auto& r : walked.reached) keys.push_back(r.node);
    return http::Response::json(200, traversal_json(start_view, walked, direction, view_nodes(c, me, keys), only));
  });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  // Every link of the region, or those touching one element (?kind=&id=), oldest first, by page.
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    LinkFilter filter;
    if (req.query_param("kind") || req.query_param("id"))
      filter.touching = parse_element_query(req.query_param("kind"), req.query_param("id"));
    auto page = http::parse_page_request(req);
    filter.after_id = http::after_number(page);
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      if (filter.touching)
        refuse_hidden(view_nodes(c, *req.principal, {*filter.touching}).at(*filter.touching));
      auto found = links(c, req.principal->region_id, filter);
      auto described = links_json(c, *req.principal, found);
      size_t i = 0;
      return http::Response::json(200, http::page_body(found, page.limit, [](const Link& l) { return std::to_string(l.id); },
                                                       [&](const Link&) { return described[i++]; }));
    });
  });

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto input = parse_link(req.json);
    // Two requests for the same link at once: the second meets the first on retry and gets 409.
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto from = end_element(c, me, input.from, "from");
      end_element(c, me, input.to, "to");
      require_keeper(me, from);
      if (auto existing = find_link(c, me.region_id, input.from, input.to))
        throw ProblemError(Problem::conflict({"Keterkaitan ini sudah dicatat (nomor " + std::to_string(existing->id) + ").",
                                              "This link is already recorded (number " + std::to_string(existing->id) + ")."}));
      Link l{0, me.region_id, input.from, input.to, input.note, me.username, now_rfc3339()};
      insert_link(c, l);
      audit_link(c, req, "element_link.create", l, true);
      auto res = http::Response::json(201, links_json(c, me, {l}).at(0));
      res.header("location", kBase + "/" + std::to_string(l.id));
      return res;
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/{link_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "link_id", kLinkNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto l = find_link(c, me.region_id, id);
      if (!l) throw ProblemError(Problem::not_found(kLinkNotFound));
      // The "from" element may be gone from its registry: then only the ICT office removes the link.
      auto from = find_element(c, me.region_id, l->from);
      require_keeper(me, from.value_or(Element{l->from, "", std::nullopt, "", ""}));
      delete_link(c, me.region_id, id);
      audit_link(c, req, "element_link.delete", *l, false);
    });
    http::Response res;
    res.status = 204;
    return res;
  });

  router.add("GET", "/api/v1/impact", Permission::registry_read,
             [&ctx](http::Request& req) { return traversal(ctx, req, Direction::impact); });
  router.add("GET", "/api/v1/dependencies", Permission::registry_read,
             [&ctx](http::Request& req) { return traversal(ctx, req, Direction::dependencies); });
}

}  // namespace simpul::modules::element_links
