#include "modules/committees/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "audit/log.h"
#include "core/body_reader.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/committees/store.h"
#include "modules/positions/store.h"
#include "profiles/vocabulary.h"

namespace simpul::modules::committees {

namespace {

const Text kNotFound{"Tim tidak ditemukan.", "Committee not found."};

http::Response committee_response(int status, db::Connection& c, const std::string& region_id, int64_t id) {
  auto k = find(c, region_id, id);
  if (!k) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*k));
  res.header("etag", http::etag(k->version));
  return res;
}

Committee load(db::Connection& c, const http::Request& req) {
  auto k = find(c, req.principal->region_id, http::id_param(req, "committee_id", kNotFound));
  if (!k) throw ProblemError(Problem::not_found(kNotFound));
  return *k;
}

int64_t existing_position(db::Connection& c, const std::string& region_id, BodyReader& r) {
  auto id = r.id("position_id", true, {"Pilih jabatan yang sah.", "Choose a valid position."});
  r.check();
  if (!positions::find(c, region_id, *id))
    throw ProblemError(Problem::validation_failed({{"position_id", {"Jabatan ini tidak ada di daerah Anda.", "This position does not exist in your region."}}}));
  return *id;
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", "/api/v1/committees", Permission::organisation_read, [&ctx](http::Request& req) {
    auto items = ctx.db->read([&](db::Connection& c) { return list(c, req.principal->region_id); });
    nlohmann::json body = {{"items", nlohmann::json::array()}};
    for (const auto& k : items) body["items"].push_back(to_json(k));
    return http::Response::json(200, body);
  });

  router.add("PATCH", "/api/v1/committees/{committee_id}", Permission::organisation_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    BodyReader r(req.json, {"name", "decree_number", "decree_date"});
    auto name = r.text("name", false, 200, {"Isi nama tim (1-200 karakter).", "Enter the committee's name (1-200 characters)."});
    auto number = r.nullable_text("decree_number", 200, {"Nomor keputusan 1-200 karakter.", "The decree number has 1-200 characters."});
    auto date = r.nullable_date("decree_date", {"Tanggal keputusan berformat TTTT-BB-HH, misalnya 2024-03-15.",
                                                "The decree date is YYYY-MM-DD, e.g. 2024-03-15."});
    r.check();
    return ctx.db->write([&](db::Connection& c) {
      Committee before = load(c, req);
      check_version(version, before.version);
      Committee after = before;
      if (name) after.name = *name;
      if (number) after.decree_number = number->value_or("");
      if (date) after.decree_date = date->value_or("");
      commit_change(c, audit_context(req), "committee.update", "committee", before, after, record_json, update);
      return committee_response(200, c, before.region_id, before.id);
    });
  }, http::Body::json);

  router.add("POST", "/api/v1/committees/{committee_id}/members", Permission::organisation_manage, [&ctx](http::Request& req) {
    BodyReader r(req.json, {"role", "position_id"});
    auto role = r.word("role", simpul::profiles::vocabulary::member_roles(), true,
                       {"Pilih kedudukan dalam tim: chair, vice_chair, secretary, coordinator, deputy_coordinator, member, advisor.",
                        "Choose the role in the committee: chair, vice_chair, secretary, coordinator, deputy_coordinator, member, advisor."});
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto position_id = existing_position(c, req.principal->region_id, r);
      Committee k = load(c, req);
      for (const auto& m : k.members)
        if (m.position_id == position_id)
          throw ProblemError(Problem::validation_failed({{"position_id", {"Jabatan ini sudah menjadi anggota tim.", "This position is already a member."}}}));
      auto member_id = add_member(c, k.region_id, k.id, *role, position_id, "");
      touch(c, k.region_id, k.id);
      audit::append(c, audit_context(req), "committee.member_add", "committee", std::to_string(k.id),
                    {{"member", {{"before", nullptr}, {"after", {{"id", member_id}, {"role", *role}, {"position_id", position_id}}}}}});
      return committee_response(201, c, k.region_id, k.id);
    });
  }, http::Body::json);

  router.add("DELETE", "/api/v1/committees/{committee_id}/members/{member_id}", Permission::organisation_manage,
             [&ctx](http::Request& req) {
    auto member_id = http::id_param(req, "member_id", {"Anggota tim tidak ditemukan.", "Member not found."});
    return ctx.db->write([&](db::Connection& c) {
      Committee k = load(c, req);
      const Member* gone = nullptr;
      for (const auto& m : k.members)
        if (m.id == member_id) gone = &m;
      if (!gone || !remove_member(c, k.region_id, k.id, member_id))
        throw ProblemError(Problem::not_found({"Anggota tim tidak ditemukan.", "Member not found."}));
      touch(c, k.region_id, k.id);
      nlohmann::json was = {{"id", gone->id}, {"role", gone->role}};
      if (gone->position_id) was["position_id"] = *gone->position_id;
      if (!gone->selector.empty()) was["selector"] = gone->selector;
      audit::append(c, audit_context(req), "committee.member_remove", "committee", std::to_string(k.id),
                    {{"member", {{"before", was}, {"after", nullptr}}}});
      return committee_response(200, c, k.region_id, k.id);
    });
  });

  router.add("PUT", "/api/v1/architecture-coordinators/{domain}", Permission::organisation_manage, [&ctx](http::Request& req) {
    const auto& domain = req.param("domain");
    if (!simpul::profiles::vocabulary::architecture_domains().count(domain))
      throw ProblemError(Problem::not_found({"Domain arsitektur tidak dikenal.", "Unknown architecture domain."}));
    BodyReader r(req.json, {"agency_id"});
    auto agency_id = r.id("agency_id", true, {"Pilih perangkat daerah yang sah.", "Choose a valid agency."});
    r.check();
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      if (!agencies::exists(c, region, *agency_id))
        throw ProblemError(Problem::validation_failed({{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
      std::string article;
      if (const auto* profile = region_profile(c, region))
        for (const auto& d : profile->architecture_domains)
          if (d.domain == domain) article = d.article;
      std::optional<int64_t> before;
      for (const auto& k : coordinators(c, region))
        if (k.domain == domain) before = k.agency_id;
      Coordinator k{domain, *agency_id, article};
      if (before != k.agency_id) {
        set_coordinator(c, region, k);
        audit::append(c, audit_context(req), "architecture_coordinator.set", "architecture_domain", domain,
                      {{"agency_id", {{"before", before ? nlohmann::json(*before) : nlohmann::json(nullptr)}, {"after", k.agency_id}}}});
      }
      return http::Response::json(200, {{"domain", k.domain}, {"agency_id", k.agency_id}, {"article", k.article.empty() ? nlohmann::json(nullptr) : nlohmann::json(k.article)}});
    });
  }, http::Body::json);

  router.add("PUT", "/api/v1/gcio", Permission::organisation_manage, [&ctx](http::Request& req) {
    BodyReader r(req.json, {"position_id"});
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto position_id = existing_position(c, region, r);
      const auto* profile = region_profile(c, region);
      std::string article = profile && profile->gcio ? profile->gcio->article : "";
      auto before = designation(c, region, "gcio");
      if (!before || before->position_id != position_id) {
        set_designation(c, region, "gcio", position_id, article);
        audit::append(c, audit_context(req), "gcio.set", "designation", "gcio",
                      {{"position_id", {{"before", before ? nlohmann::json(before->position_id) : nlohmann::json(nullptr)},
                                        {"after", position_id}}}});
      }
      return http::Response::json(200, to_json(*designation(c, region, "gcio")));
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::committees
