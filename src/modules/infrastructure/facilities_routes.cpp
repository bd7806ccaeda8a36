// Facilities: the region's data center (Pusat Data) and recovery center (Pusat Pemulihan
// Data), run by the ICT office (Perwali Madiun 39/2021 Pasal 14 ayat (2); Perbup OKI 32/2022
// Pasal 12). Everyone but citizens reads; only the ICT office (infrastructure_manage) edits.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "modules/agencies/store.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/facilities";
const Text kNotFound{"Fasilitas tidak ditemukan.", "Facility not found."};

void check(db::Connection& c, Facility& f) {
  std::vector<FieldError> errors;
  if (f.operator_agency_id && !agencies::exists(c, f.region_id, *f.operator_agency_id))
    errors.push_back({"operator_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (facility_name_taken(c, f.region_id, f.name, f.id))
    errors.push_back({"name", {"Nama " + f.name + " sudah dipakai fasilitas lain.", "The name " + f.name + " is already used by another facility."}});
  fail_on_field_errors(errors);
}

// The ICT office operates the facilities: a new one without an operator gets it.
void default_operator(db::Connection& c, Facility& f) {
  if (f.operator_agency_id) return;
  for (const auto& a : agencies::list(c, f.region_id))
    if (a.ict_office) f.operator_agency_id = a.id;
}

// A data center that stops being one would leave the hosts the regulation places there
// outside it (Madiun Pasal 14 ayat (5)): refused while such a host is in it.
std::optional<Text> kind_change_problem(db::Connection& c, const Facility& f) {
  if (f.kind == "data_center") return std::nullopt;
  HostFilter in_it;
  in_it.facility_id = f.id;
  const auto* profile = region_profile(c, f.region_id);
  for (const auto& h : list_hosts(c, f.region_id, in_it))
    if (auto why = host_placement_problem(profile, h.kind, h.status, f.kind))
      return Text{"Server " + h.name + " di fasilitas ini harus berada di Pusat Data. " + why->id,
                  "The host " + h.name + " in this facility must be in the data center. " + why->en};
  return std::nullopt;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto f = find_facility(c, region_id, id);
  if (!f) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*f));
  res.header("etag", http::etag(f->version));
  return res;
}

}  // namespace

void add_facility_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, page_of(list_facilities(c, req.principal->region_id), req,
                                               [](const Facility& f) { return to_json(f); }));
    });
  });

  router.add("GET", kBase + "/{facility_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "facility_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Facility>(router, ctx, Permission::registry_read,
                             {kBase + "/{facility_id}", "facility_id", "facility", "fasilitas", kNotFound,
                              [](db::Connection& c, const auth::Principal& me, int64_t id) {
                                auto f = find_facility(c, me.region_id, id);
                                if (!f) throw ProblemError(Problem::not_found(kNotFound));
                                return *f;
                              },
                              nullptr, nullptr});

  router.add("POST", kBase, Permission::infrastructure_manage, [&ctx](http::Request& req) {
    auto input = parse_facility(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      Facility f;
      f.region_id = req.principal->region_id;
      apply(input, f);
      default_operator(c, f);
      check(c, f);
      f.created_at = f.updated_at = now_rfc3339();
      insert_facility(c, f);
      audit_creation(c, audit_context(req), "facility.create", "facility", f, [](const Facility& x) { return record_json(x); });
      auto res = response(c, 201, f.region_id, f.id);
      res.header("location", kBase + "/" + std::to_string(f.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{facility_id}", Permission::infrastructure_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "facility_id", kNotFound);
    auto input = parse_facility(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = find_facility(c, region, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      check_version(version, before->version);
      Facility after = *before;
      apply(input, after);
      check(c, after);
      refuse_if(kind_change_problem(c, after));
      commit_change(c, audit_context(req), "facility.update", "facility", *before, after,
                    [](const Facility& x) { return record_json(x); }, update_facility);
      return response(c, 200, region, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
