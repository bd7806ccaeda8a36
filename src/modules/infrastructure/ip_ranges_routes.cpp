// IP ranges: the ICT office numbers the IP addresses of every agency (Perbup OKI 32/2022
// Pasal 20 ayat (1)-(2)) and allocates each agency its ranges. Only the ICT office
// (infrastructure_manage) allocates and changes them; a range that overlaps another range
// of the region - IPv4 or IPv6, containing, contained or equal - is refused with 409 naming
// the range it overlaps. Adjacent ranges do not overlap.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "export/download.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"
#include "modules/infrastructure/workbook.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/ip-ranges";
const Text kNotFound{"Rentang IP tidak ditemukan.", "IP range not found."};

IpRange load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto r = find_ip_range(c, me.region_id, id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  return *r;
}

// " (Perbup OKI 32/2022 Pasal 20 ayat (2))" when the region's regulation gives the ICT
// office the numbering of IP addresses; "" otherwise.
std::string numbering_citation(const simpul::profiles::Profile* profile) {
  if (!profile) return "";
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "approval_gate" && o.rule.value("action") == "assign_ip_address")
      return " (" + profile->citation.short_name + " " + o.article + ")";
  return "";
}

// 409 when `r` overlaps another range of the region, naming it.
void refuse_overlap(db::Connection& c, const IpRange& r) {
  // Allocations of one region take turns (a write that changes nothing but locks the region's
  // row), so two overlapping ranges sent at the same moment cannot both pass this check.
  c.execute("UPDATE regions SET version = version WHERE region_id = ?", {r.region_id});
  auto mine = parse_cidr(r.cidr).cidr;
  for (const auto& other : list_ip_ranges(c, r.region_id, std::nullopt)) {
    if (other.id == r.id) continue;
    auto theirs = parse_cidr(other.cidr).cidr;
    if (!mine || !theirs || !overlaps(*mine, *theirs)) continue;
    auto where = numbering_citation(region_profile(c, r.region_id));
    auto problem = Problem::conflict(
        {"Rentang " + r.cidr + " bertumpang tindih dengan rentang " + other.cidr + " milik " + other.agency_short_name +
             " yang sudah dialokasikan" + where + ". Pilih rentang lain atau ubah alokasi " + other.cidr + " lebih dulu.",
         "The range " + r.cidr + " overlaps the range " + other.cidr + " already allocated to " + other.agency_short_name +
             where + ". Choose another range or change the allocation of " + other.cidr + " first."});
    problem.extensions = {{"overlaps", {{"id", other.id}, {"cidr", other.cidr}, {"agency_id", other.agency_id},
                                        {"agency_short_name", other.agency_short_name}}}};
    throw ProblemError(problem);
  }
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto r = find_ip_range(c, region_id, id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*r));
  res.header("etag", http::etag(r->version));
  return res;
}

nlohmann::json range_record(const IpRange& r) { return record_json(r); }

}  // namespace

void add_ip_range_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto agency = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, page_of(list_ip_ranges(c, req.principal->region_id, agency), req,
                                               [](const IpRange& r) { return to_json(r); }));
    });
  });

  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& r : list_ip_ranges(c, region, std::nullopt)) items.push_back(to_json(r));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "rentang-ip");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return xlsx_download(xlsx::write_workbook({ip_ranges_sheet(list_ip_ranges(c, req.principal->region_id, std::nullopt))}),
                           "rentang-ip");
    });
  });

  router.add("GET", kBase + "/{range_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "range_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<IpRange>(router, ctx, Permission::registry_read,
                            {kBase + "/{range_id}", "range_id", "ip_range", "rentang-ip", kNotFound, load, nullptr, nullptr});

  router.add("POST", kBase, Permission::infrastructure_manage, [&ctx](http::Request& req) {
    auto input = parse_ip_range(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      IpRange r;
      r.region_id = me.region_id;
      apply(input, r);
      agency_for(c, me.region_id, r.agency_id, "agency_id");
      refuse_overlap(c, r);
      r.allocated_by = me.username;
      r.created_at = r.updated_at = now_rfc3339();
      insert_ip_range(c, r);
      audit_creation(c, audit_context(req), "ip_range.create", "ip_range", r, range_record);
      auto res = response(c, 201, me.region_id, r.id);
      res.header("location", kBase + "/" + std::to_string(r.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{range_id}", Permission::infrastructure_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "range_id", kNotFound);
    auto input = parse_ip_range(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me, id);
      check_version(version, before.version);
      IpRange after = before;
      apply(input, after);
      if (after.agency_id != before.agency_id) agency_for(c, me.region_id, after.agency_id, "agency_id");
      refuse_overlap(c, after);
      commit_change(c, audit_context(req), "ip_range.update", "ip_range", before, after, range_record, update_ip_range);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
