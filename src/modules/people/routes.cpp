#include "modules/people/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/dates.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/people/rules.h"
#include "modules/people/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::people {

namespace {

const Text kNotFound{"Data pegawai tidak ditemukan.", "Person not found."};
const Text kOtherAgency{"Anda hanya dapat mengelola data perangkat daerah Anda sendiri.",
                        "You can only manage the records of your own agency."};

void require_agency_access(const auth::Principal& p, const std::optional<int64_t>& agency_id) {
  // Records without an agency (the region head) are the administrator's.
  if (!agency_id ? p.role == auth::Role::agency_operator : !auth::may_access_agency(p, *agency_id))
    throw ProblemError(Problem::forbidden(kOtherAgency));
}

// References and uniqueness that need the database; field errors, all at once.
void check_references(db::Connection& c, const Person& p, const auth::Principal& actor, const Person* before) {
  std::vector<FieldError> errors;
  if (p.agency_id && !agencies::exists(c, p.region_id, *p.agency_id))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (!p.nip.empty())
    if (auto other = find_by_nip(c, p.region_id, p.nip); other && other->id != p.id)
      errors.push_back({"nip", {"NIP ini sudah terdaftar atas nama " + other->name + ".",
                                "This NIP is already registered for " + other->name + "."}});
  bool user_changed = before ? before->user_id != p.user_id : p.user_id.has_value();
  if (user_changed && actor.role != auth::Role::superadmin)
    throw ProblemError(Problem::forbidden({"Hanya administrator yang dapat menghubungkan pegawai dengan akun Simpul.",
                                           "Only the administrator can link a person to a Simpul account."}));
  if (p.user_id && user_changed) {
    if (c.query("SELECT 1 FROM users WHERE region_id = ? AND user_id = ?", {p.region_id, *p.user_id}).empty())
      errors.push_back({"user_id", {"Akun ini tidak ada di daerah Anda.", "This account does not exist in your region."}});
    else if (auto other = find_by_user(c, *p.user_id); other && other->id != p.id)
      errors.push_back({"user_id", {"Akun ini sudah terhubung dengan " + other->name + ".", "This account is already linked to " + other->name + "."}});
  }
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

http::Response person_response(int status, const Person& p) {
  auto res = http::Response::json(status, to_json(p));
  res.header("etag", http::etag(p.version));
  return res;
}

Person load(db::Connection& c, const http::Request& req) {
  auto p = find(c, req.principal->region_id, http::id_param(req, "person_id", kNotFound));
  if (!p) throw ProblemError(Problem::not_found(kNotFound));
  require_agency_access(*req.principal, p->agency_id);
  return *p;
}

http::Response list_route(AppContext& ctx, http::Request& req) {
  auto page = http::parse_page_request(req);
  Filter f;
  f.limit = page.limit + 1;
  if (auto agency = req.query_param("agency_id"); agency && !agency->empty()) {
    try {
      f.agency_id = std::stoll(*agency);
    } catch (...) {
      throw ProblemError(Problem::bad_request({"agency_id harus berupa angka.", "agency_id must be a number."}));
    }
  }
  const auto& me = *req.principal;
  if (me.role == auth::Role::agency_operator) {
    if (f.agency_id && !auth::may_access_agency(me, *f.agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
    f.agency_id = me.agency_id;
  }
  if (auto q = req.query_param("q")) f.query = q->substr(0, 100);
  if (page.after) {
    auto sep = page.after->rfind('\x1f');
    try {
      if (sep == std::string::npos) throw std::invalid_argument("cursor");
      f.after = std::make_pair(page.after->substr(0, sep), std::stoll(page.after->substr(sep + 1)));
    } catch (...) {
      throw ProblemError(Problem::bad_request({"Kursor halaman tidak sah.", "The page cursor is not valid."}));
    }
  }
  auto people = ctx.db->read([&](db::Connection& c) { return list(c, me.region_id, f); });
  return http::Response::json(
      200, http::page_body(std::move(people), page.limit,
                           [](const Person& p) { return p.name + '\x1f' + std::to_string(p.id); },
                           [](const Person& p) { return to_json(p); }));
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", "/api/v1/people", Permission::organisation_read, [&ctx](http::Request& r) { return list_route(ctx, r); });

  router.add("POST", "/api/v1/people", Permission::staff_manage, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto input = parse_person(req.json, true, regions::region_today(c, req.principal->region_id));
      Person p;
      p.region_id = req.principal->region_id;
      apply(input, p);
      require_agency_access(*req.principal, p.agency_id);
      check_references(c, p, *req.principal, nullptr);
      p.created_at = p.updated_at = now_rfc3339();
      insert(c, p);
      audit_creation(c, audit_context(req), "person.create", "person", p, [](const Person& x) { return to_json(x); });
      auto res = person_response(201, p);
      res.header("location", "/api/v1/people/" + std::to_string(p.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", "/api/v1/people/{person_id}", Permission::organisation_read, [&ctx](http::Request& req) {
    return person_response(200, ctx.db->read([&](db::Connection& c) { return load(c, req); }));
  });

  router.add("PATCH", "/api/v1/people/{person_id}", Permission::staff_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto input = parse_person(req.json, false, regions::region_today(c, req.principal->region_id));
      Person before = load(c, req);
      check_version(version, before.version);
      Person after = before;
      apply(input, after);
      require_agency_access(*req.principal, after.agency_id);
      check_references(c, after, *req.principal, &before);
      commit_change(c, audit_context(req), "person.update", "person", before, after,
                    [](const Person& x) { return to_json(x); }, update);
      return person_response(200, after);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::people
