// Formulir 2.0 Konteks of PermenPANRB 5/2020: one per risk-owner unit (UPR SPBE: an agency)
// and year — its duties and functions, SPBE goals, the people who own, coordinate and manage its
// risks, stakeholders, regulations and the signed integrity pact (Formulir 1.0). The single view
// adds the region's criteria (Formulir 2.6-2.10), so it reads as the whole form.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/risk_reports/routes_support.h"
#include "modules/risk_reports/rules.h"
#include "modules/risk_reports/store.h"
#include "modules/risks/store.h"

namespace simpul::modules::risk_reports {

namespace {

const std::string kBase = "/api/v1/risk-contexts";
const Text kNotFound{"Konteks risiko tidak ditemukan.", "Risk context not found."};

// Rules that need the database: the structure names people of the unit, the pact is a stored file.
void check(db::Connection& c, const RiskContext& x) {
  std::vector<FieldError> errors;
  for (auto [role, person] : {std::pair{"owner", x.structure.owner}, std::pair{"coordinator", x.structure.coordinator},
                              std::pair{"manager", x.structure.manager}})
    if (person && !person_of_agency(c, x.region_id, *person, x.agency_id))
      errors.push_back({std::string("structure.") + role,
                        {"Orang ini bukan pegawai " + x.agency_name + "; struktur pelaksana diisi pegawai unit itu sendiri (Formulir 2.3).",
                         "This person is not on the staff of " + x.agency_name + "; the structure names the unit's own people (Formulir 2.3)."}});
  if (x.integrity_pact_sha256 && !files::find(c, x.region_id, *x.integrity_pact_sha256))
    errors.push_back({"integrity_pact_sha256",
                      {"Berkas dengan sha256 ini belum diunggah. Unggah dulu pakta integritas ke /api/v1/files, lalu kirim sha256-nya.",
                       "No file with this sha256 was uploaded. Upload the integrity pact to /api/v1/files first, then send its sha256."}});
  fail_on_field_errors(errors);
}

nlohmann::json person_json(const std::optional<int64_t>& id, const std::vector<PersonRef>& people) {
  if (!id) return nullptr;
  for (const auto& p : people)
    if (p.id == *id) return {{"id", p.id}, {"name", p.name}, {"nip", p.nip.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.nip)}};
  return {{"id", *id}, {"name", ""}, {"nip", nullptr}};
}

nlohmann::json context_json(db::Connection& c, const RiskContext& x) {
  auto j = record_json(x);
  j["agency"] = {{"id", x.agency_id}, {"name", x.agency_name}, {"short_name", x.agency_short_name}};
  std::vector<int64_t> ids;
  for (const auto& id : {x.structure.owner, x.structure.coordinator, x.structure.manager})
    if (id) ids.push_back(*id);
  auto named = people(c, x.region_id, ids);
  j["structure"] = {{"owner", person_json(x.structure.owner, named)},
                    {"coordinator", person_json(x.structure.coordinator, named)},
                    {"manager", person_json(x.structure.manager, named)}};
  j["integrity_pact"] = nullptr;
  if (x.integrity_pact_sha256)
    if (auto f = files::find(c, x.region_id, *x.integrity_pact_sha256))
      j["integrity_pact"] = {{"sha256", f->sha256}, {"name", f->name}, {"media_type", f->media_type}, {"size_bytes", f->size_bytes}};
  return j;
}

RiskContext load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto x = find_context(c, region_id, id);
  if (!x) throw ProblemError(Problem::not_found(kNotFound));
  return *x;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto x = load(c, region_id, id);
  auto body = context_json(c, x);
  body["criteria"] = risks::to_json(risks::load_criteria(c, region_id));
  auto res = http::Response::json(status, body);
  res.header("etag", http::etag(x.version));
  return res;
}

}  // namespace

void add_context_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::risk_read, [&ctx](http::Request& req) {
    auto year = http::number_param(req, "year");
    auto agency_id = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& x : list_contexts(c, req.principal->region_id, year, agency_id)) items.push_back(context_json(c, x));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("GET", kBase + "/{risk_context_id}", Permission::risk_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "risk_context_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<RiskContext>(router, ctx, Permission::risk_read,
                                {kBase + "/{risk_context_id}", "risk_context_id", "risk_context", "konteks-risiko", kNotFound,
                                 [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
                                 nullptr, nullptr});

  router.add("POST", kBase, Permission::risk_edit, [&ctx](http::Request& req) {
    auto input = parse_context(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      RiskContext x;
      x.region_id = me.region_id;
      apply(input, x);
      require_own_unit(me, x.agency_id);
      x.agency_name = require_agency(c, me.region_id, x.agency_id, "agency_id");
      if (context_exists(c, me.region_id, x.agency_id, x.year))
        throw ProblemError(Problem::conflict({"Unit ini sudah memiliki konteks risiko tahun " + std::to_string(x.year) +
                                                  "; buka dan ubah konteks itu.",
                                              "This unit already has a risk context for " + std::to_string(x.year) +
                                                  "; open and edit that one."}));
      check(c, x);
      x.created_at = x.updated_at = now_rfc3339();
      insert_context(c, x);
      audit_creation(c, audit_context(req), "risk_context.create", "risk_context", x, [](const RiskContext& r) { return record_json(r); });
      auto res = response(c, 201, me.region_id, x.id);
      res.header("location", kBase + "/" + std::to_string(x.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{risk_context_id}", Permission::risk_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "risk_context_id", kNotFound);
    auto input = parse_context(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me.region_id, id);
      require_own_unit(me, before.agency_id);
      check_version(version, before.version);
      RiskContext after = before;
      apply(input, after);
      check(c, after);
      commit_change(c, audit_context(req), "risk_context.update", "risk_context", before, after,
                    [](const RiskContext& r) { return record_json(r); }, update_context);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::risk_reports
