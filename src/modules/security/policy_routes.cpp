#include "modules/security/policy_routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/security/bodies.h"
#include "modules/security/citations.h"
#include "modules/security/policy_store.h"
#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {

const std::string kBase = "/api/v1/security/policies";
const Text kNotFound{"Kebijakan keamanan informasi tidak ditemukan.", "Information security policy not found."};

nlohmann::json policy_json(db::Connection& c, const Policy& p, int acknowledged, int agencies) {
  auto j = record_json(p);
  j.erase("file_sha256");
  j["file"] = nullptr;
  if (p.file_sha256) {
    auto f = files::find(c, p.region_id, *p.file_sha256);
    j["file"] = {{"sha256", *p.file_sha256}, {"name", f ? f->name : ""}};
  }
  j["published"] = nullptr;
  if (p.revision > 0)
    if (auto r = find_revision(c, p.id, p.revision))
      j["published"] = {{"revision", r->revision},
                        {"title", r->title},
                        {"body", r->body},
                        {"file_sha256", or_null(r->file_sha256)},
                        {"published_at", r->published_at},
                        {"published_by", actor_json(r->published_by_user_id, r->published_by_name)}};
  j["acknowledged"] = acknowledged;
  j["agencies"] = agencies;
  return j;
}

http::Response answer(db::Connection& c, const std::string& region_id, int status, int64_t id) {
  auto p = find_policy(c, region_id, id);
  if (!p) throw ProblemError(Problem::not_found(kNotFound));
  auto counts = current_acknowledgement_counts(c, region_id);
  auto res = http::Response::json(
      status, policy_json(c, *p, counts.count(id) ? counts.at(id) : 0, static_cast<int>(agencies::list(c, region_id).size())));
  res.header("etag", http::etag(p->version));
  if (status == 201) res.header("location", kBase + "/" + std::to_string(id));
  return res;
}

void check_file(db::Connection& c, const Policy& p) {
  if (p.file_sha256 && !files::find(c, p.region_id, *p.file_sha256))
    throw ProblemError(Problem::validation_failed({{"file_sha256", {"Berkas ini belum diunggah; unggah dahulu ke /api/v1/files.",
                                                                    "This file has not been uploaded; upload it to /api/v1/files first."}}}));
}

const auto policy_record = [](const Policy& p) { return record_json(p); };

auto saver() {
  return [](db::Connection& c, const Policy& p, int64_t v) { return update_policy(c, p, v); };
}

nlohmann::json ack_json(const Acknowledgement& a) {
  return {{"agency_id", a.agency_id},
          {"revision", a.revision},
          {"acknowledged_at", a.acknowledged_at},
          {"acknowledged_by", actor_json(a.by_user_id, a.by_name)}};
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::security_read, [&ctx](http::Request& req) {
    std::set<std::string> kinds(kPolicyKinds.begin(), kPolicyKinds.end());
    auto kind = http::word_param(req, "kind", kinds);
    auto status = http::word_param(req, "status", {"draft", "published"});
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto counts = current_acknowledgement_counts(c, region);
      int agencies = static_cast<int>(agencies::list(c, region).size());
      nlohmann::json items = nlohmann::json::array();
      for (const auto& p : list_policies(c, region, kind, status))
        items.push_back(policy_json(c, p, counts.count(p.id) ? counts.at(p.id) : 0, agencies));
      return http::Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
    });
  });

  router.add("GET", kBase + "/{policy_id}", Permission::security_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "policy_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return answer(c, req.principal->region_id, 200, id); });
  });

  add_record_reads<Policy>(router, ctx, Permission::security_read,
                           {kBase + "/{policy_id}", "policy_id", "security_policy", "kebijakan-keamanan", kNotFound,
                            [](db::Connection& c, const auth::Principal& me, int64_t id) {
                              auto p = find_policy(c, me.region_id, id);
                              if (!p) throw ProblemError(Problem::not_found(kNotFound));
                              return *p;
                            },
                            nullptr, nullptr});

  router.add("GET", kBase + "/{policy_id}/acknowledgements", Permission::security_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "policy_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto p = find_policy(c, region, id);
      if (!p) throw ProblemError(Problem::not_found(kNotFound));
      auto acks = acknowledgements(c, id);
      nlohmann::json rows = nlohmann::json::array();
      std::vector<AgencyAcknowledgement> coverage_input;
      for (const auto& a : agencies::list(c, region)) {
        const Acknowledgement* ack = acks.count(a.id) ? &acks.at(a.id) : nullptr;
        std::optional<int> revision;
        if (ack) revision = ack->revision;
        coverage_input.push_back({a.id, revision});
        rows.push_back({{"agency_id", a.id},
                        {"name", a.name},
                        {"short_name", a.short_name},
                        {"state", acknowledgement_state(p->revision, revision)},
                        {"acknowledged_revision", ack ? nlohmann::json(ack->revision) : nlohmann::json()},
                        {"acknowledged_at", ack ? nlohmann::json(ack->acknowledged_at) : nlohmann::json()},
                        {"acknowledged_by", ack ? actor_json(ack->by_user_id, ack->by_name) : nlohmann::json()}});
      }
      auto coverage = acknowledgement_coverage(p->revision, coverage_input);
      return http::Response::json(200, {{"policy_id", id},
                                        {"revision", p->revision},
                                        {"acknowledged", coverage.acknowledged},
                                        {"total", coverage.total},
                                        {"agencies", rows}});
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::security_manage, [&ctx](http::Request& req) {
    auto input = parse_policy(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      Policy p;
      p.region_id = req.principal->region_id;
      apply(input, p);
      check_file(c, p);
      p.created_at = p.updated_at = now_rfc3339();
      insert_policy(c, p);
      audit_creation(c, audit_context(req), "security_policy.create", "security_policy", p, policy_record);
      return answer(c, p.region_id, 201, p.id);
    });
  }, http::Body::json);

  // A published policy is revised by editing it: the edit opens the next draft while the last
  // published revision stays in force with its acknowledgements.
  router.add("PATCH", kBase + "/{policy_id}", Permission::security_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "policy_id", kNotFound);
    auto input = parse_policy(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = find_policy(c, region, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      change_record(c, audit_context(req), "security_policy.update", "security_policy", *before, version,
                    [&](Policy& p) {
                      apply(input, p);
                      check_file(c, p);
                      Policy unchanged = *before;
                      unchanged.status = p.status;
                      if (!audit::changes_between(record_json(unchanged), record_json(p)).empty()) p.status = "draft";
                    },
                    policy_record, saver());
      return answer(c, region, 200, id);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{policy_id}/publish", Permission::security_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "policy_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = find_policy(c, me.region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      check_version(version, before->version);
      refuse_if(publish_refusal(before->status));
      auto at = now_rfc3339();
      change_record(c, audit_context(req), "security_policy.publish", "security_policy", *before, version,
                    [&](Policy& p) {
                      p.status = "published";
                      p.revision = before->revision + 1;
                    },
                    policy_record, saver());
      insert_revision(c, me.region_id, id,
                      {before->revision + 1, before->title, before->body, before->file_sha256, at, me.user_id, ""});
      return answer(c, me.region_id, 200, id);
    });
  });

  router.add("POST", kBase + "/{policy_id}/acknowledgements", Permission::security_report, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "policy_id", kNotFound);
    auto agency_id = parse_acknowledgement(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto p = find_policy(c, me.region_id, id);
      if (!p) throw ProblemError(Problem::not_found(kNotFound));
      if (!agencies::exists(c, me.region_id, agency_id))
        throw ProblemError(Problem::validation_failed(
            {{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
      if (!auth::may_access_agency(me, agency_id))
        throw ProblemError(Problem::forbidden({"Anda hanya dapat menyatakan penerimaan kebijakan untuk perangkat daerah Anda sendiri.",
                                               "You can only acknowledge a policy for your own agency."}));
      refuse_if(acknowledgement_refusal(p->revision, citation_text(security_citations(region_profile(c, me.region_id)).policy)));
      if (auto existing = find_acknowledgement(c, id, agency_id, p->revision))
        return http::Response::json(200, ack_json(*existing));
      Acknowledgement a{agency_id, p->revision, now_rfc3339(), me.user_id, me.display_name};
      insert_acknowledgement(c, me.region_id, id, a);
      audit::append(c, audit_context(req), "security_policy.acknowledge", "security_policy", std::to_string(id),
                    {{"acknowledgement", {{"before", nullptr}, {"after", {{"agency_id", agency_id}, {"revision", a.revision}}}}}});
      return http::Response::json(201, ack_json(a));
    });
  }, http::Body::json);
}

}  // namespace

void add_policy_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
}

}  // namespace simpul::modules::security
