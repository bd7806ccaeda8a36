#include "modules/positions/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/body_reader.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/people/store.h"
#include "modules/positions/store.h"

namespace simpul::modules::positions {

namespace {

const Text kNotFound{"Jabatan tidak ditemukan.", "Position not found."};
const Text kOtherAgency{"Anda hanya dapat mengelola jabatan perangkat daerah Anda sendiri.",
                        "You can only manage the positions of your own agency."};

void require_agency_access(const auth::Principal& p, const std::optional<int64_t>& agency_id) {
  if (!agency_id ? p.role == auth::Role::agency_operator : !auth::may_access_agency(p, *agency_id))
    throw ProblemError(Problem::forbidden(kOtherAgency));
}

// The audit compares what the record says, not the joined holder details.
nlohmann::json record_json(const Position& p) {
  auto j = to_json(p);
  j["holder"] = p.holder_person_id ? nlohmann::json(*p.holder_person_id) : nlohmann::json(nullptr);
  return j;
}

struct PositionInput {
  std::optional<std::optional<int64_t>> agency_id;
  std::optional<std::string> title;
  std::optional<bool> is_head;
  std::optional<std::optional<int64_t>> holder_person_id;
};

PositionInput parse(const nlohmann::json& body, bool creating) {
  BodyReader r(body, creating ? std::initializer_list<const char*>{"agency_id", "title", "is_head", "holder_person_id"}
                              : std::initializer_list<const char*>{"title", "is_head", "holder_person_id"});
  PositionInput in;
  if (creating) in.agency_id = r.nullable_id("agency_id", {"Pilih perangkat daerah yang sah.", "Choose a valid agency."});
  in.title = r.text("title", creating, 200, {"Isi nama jabatan (1-200 karakter).", "Enter the position's title (1-200 characters)."});
  in.is_head = r.flag("is_head", false, {"Kepala perangkat daerah: ya (true) atau tidak (false).", "Head of the agency: true or false."});
  in.holder_person_id = r.nullable_id("holder_person_id", {"Pilih pegawai yang sah.", "Choose a valid person."});
  r.check();
  return in;
}

void check(db::Connection& c, const Position& p, const auth::Principal& actor) {
  std::vector<FieldError> errors;
  if (p.agency_id && !agencies::exists(c, p.region_id, *p.agency_id))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (p.is_head && !p.agency_id)
    errors.push_back({"is_head", {"Hanya jabatan di suatu perangkat daerah yang dapat menjadi kepalanya.",
                                  "Only a position in an agency can be its head."}});
  if (p.is_head && p.agency_id)
    for (const auto& other : list(c, p.region_id, p.agency_id))
      if (other.is_head && other.id != p.id)
        errors.push_back({"is_head", {"Perangkat daerah ini sudah punya kepala: " + other.title + ".",
                                      "This agency already has a head: " + other.title + "."}});
  if (p.holder_person_id) {
    auto holder = people::find(c, p.region_id, *p.holder_person_id);
    if (!holder)
      errors.push_back({"holder_person_id", {"Pegawai ini tidak ada di daerah Anda.", "This person does not exist in your region."}});
    else if (actor.role == auth::Role::agency_operator && !(holder->agency_id && auth::may_access_agency(actor, *holder->agency_id)))
      throw ProblemError(Problem::forbidden(kOtherAgency));
  }
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

http::Response response(int status, db::Connection& c, const Position& p) {
  auto fresh = find(c, p.region_id, p.id);  // with the holder's details
  auto res = http::Response::json(status, to_json(fresh ? *fresh : p));
  res.header("etag", http::etag(p.version));
  return res;
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", "/api/v1/positions", Permission::organisation_read, [&ctx](http::Request& req) {
    std::optional<int64_t> agency_id;
    if (auto a = req.query_param("agency_id"); a && !a->empty()) {
      try {
        agency_id = std::stoll(*a);
      } catch (...) {
        throw ProblemError(Problem::bad_request({"agency_id harus berupa angka.", "agency_id must be a number."}));
      }
    }
    auto items = ctx.db->read([&](db::Connection& c) { return list(c, req.principal->region_id, agency_id); });
    nlohmann::json body = {{"items", nlohmann::json::array()}};
    for (const auto& p : items) body["items"].push_back(to_json(p));
    return http::Response::json(200, body);
  });

  router.add("POST", "/api/v1/positions", Permission::staff_manage, [&ctx](http::Request& req) {
    auto input = parse(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      Position p;
      p.region_id = req.principal->region_id;
      p.agency_id = input.agency_id.value_or(std::nullopt);
      p.title = *input.title;
      p.is_head = input.is_head.value_or(false);
      p.holder_person_id = input.holder_person_id.value_or(std::nullopt);
      require_agency_access(*req.principal, p.agency_id);
      check(c, p, *req.principal);
      p.created_at = p.updated_at = now_rfc3339();
      insert(c, p);
      audit_creation(c, audit_context(req), "position.create", "position", p, record_json);
      auto res = response(201, c, p);
      res.header("location", "/api/v1/positions/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", "/api/v1/positions/{position_id}", Permission::staff_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "position_id", kNotFound);
    auto input = parse(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto before = find(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      require_agency_access(*req.principal, before->agency_id);
      check_version(version, before->version);
      Position after = *before;
      if (input.title) after.title = *input.title;
      if (input.is_head) after.is_head = *input.is_head;
      if (input.holder_person_id) after.holder_person_id = *input.holder_person_id;
      check(c, after, *req.principal);
      commit_change(c, audit_context(req), "position.update", "position", *before, after, record_json, update);
      return response(200, c, after);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::positions
