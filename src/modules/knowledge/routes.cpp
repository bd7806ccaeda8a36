// The articles: writing one (collected), editing it while it is a draft or under processing,
// its steps through the processes of Madiun Pasal 37 ayat (2) (each publishing kept as a
// revision), reading it (a view is counted: penggunaan) and its revisions and history.
#include "modules/knowledge/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/knowledge/routes_support.h"
#include "modules/knowledge/rules.h"
#include "modules/knowledge/store.h"
#include "modules/knowledge/view.h"
#include "modules/regions/store.h"

namespace simpul::modules::knowledge {

Article load_editable(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto a = find(c, me.region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kArticleNotFound));
  if (!may_edit(me, *a)) throw ProblemError(Problem::forbidden(kOtherAgency));
  return *a;
}

void audit_usage(db::Connection& c, const http::Request& req, int64_t article_id, const std::string& action,
                 const std::string& child_name, const nlohmann::json& child, bool added) {
  nlohmann::json was = added ? nlohmann::json(nullptr) : child, is = added ? child : nlohmann::json(nullptr);
  audit::append(c, audit_context(req), action, "knowledge_article", std::to_string(article_id),
                {{child_name, {{"before", was}, {"after", is}}}});
}

namespace {

// Rules that need the database: the agency and the owner are of the region.
void check_references(db::Connection& c, const Article& a) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, a.region_id, a.agency_id))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (a.owner_user_id && !user_in_region(c, a.region_id, *a.owner_user_id))
    errors.push_back({"owner_user_id", {"Pengguna ini tidak ada di daerah Anda.", "This user does not exist in your region."}});
  fail_on_field_errors(errors);
}

void add_reads(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  // A pure read: the page counts its view with POST …/views (routes_usage.cpp).
  router.add("GET", kBase + "/{article_id}", Permission::knowledge_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& me = *req.principal;
      load_visible(c, me, id);
      return article_response(c, me, 200, id);
    });
  });

  router.add("GET", kBase + "/{article_id}/revisions/{revision}", Permission::knowledge_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    const Text kNoRevision{"Revisi ini tidak ada.", "No such revision."};
    auto number = http::id_param(req, "revision", kNoRevision);
    return ctx.db->read([&](db::Connection& c) {
      auto a = load_visible(c, *req.principal, id);
      auto r = find_revision(c, a.id, number);
      if (!r) throw ProblemError(Problem::not_found(kNoRevision));
      return http::Response::json(200, to_json(*r));
    });
  });

  add_record_reads<Article>(router, ctx, Permission::knowledge_read,
                            {kBase + "/{article_id}", "article_id", "knowledge_article", "artikel-pengetahuan",
                             kArticleNotFound,
                             [](db::Connection& c, const auth::Principal& me, int64_t id) { return load_visible(c, me, id); },
                             [](db::Connection& c, const Article& a) {
                               auto j = record_json(a);
                               j["revisions"] = nlohmann::json::array();
                               for (const auto& r : revisions(c, a.id)) j["revisions"].push_back(to_json(r));
                               return j;
                             },
                             nullptr});
}

void add_writes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto input = parse_article(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      Article a;
      a.region_id = me.region_id;
      if (me.agency_id) a.agency_id = *me.agency_id;
      a.owner_user_id = me.user_id;
      a.created_by = me.user_id;
      apply(input, a);
      if (!input.agency_id && !me.agency_id)
        fail_on_field_errors({{"agency_id", {"Pilih perangkat daerah pemilik artikel.", "Choose the agency that owns the article."}}});
      if (!may_edit(me, a)) throw ProblemError(Problem::forbidden(kOtherAgency));
      check_article(a);
      check_references(c, a);
      a.created_at = a.updated_at = now_rfc3339();
      insert(c, a);
      index_article(c, a, true);
      insert_event(c, a, me.user_id, "create", "", a.status, "");
      audit_creation(c, audit_context(req), "knowledge_article.create", "knowledge_article", a, record_json);
      auto res = article_response(c, me, 201, a.id);
      res.header("location", kBase + "/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{article_id}", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto input = parse_article(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load_editable(c, me, id);
      check_version(version, before.version);
      refuse_if(edit_refusal(before));
      Article after = before;
      apply(input, after);
      if (!may_edit(me, after)) throw ProblemError(Problem::forbidden(kOtherAgency));  // an operator giving it away
      check_article(after);
      check_references(c, after);
      if (commit_change(c, audit_context(req), "knowledge_article.update", "knowledge_article", before, after, record_json,
                        update))
        index_article(c, after);
      return article_response(c, me, 200, id);
    });
  }, http::Body::json);

  // The steps: only whoever may edit the article takes them, so publishing is for the ICT
  // office and the owner agency.
  router.add("POST", kBase + "/{article_id}/actions", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto step = parse_step(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load_editable(c, me, id);
      refuse_if(step_refusal(step.action, before, knowledge_obligation(c, me.region_id)));
      check_version(version, before.version);
      Article after = before;
      take_step(step, after, now_rfc3339(), regions::region_today(c, me.region_id),
                load_settings(c, me.region_id).review_months);
      commit_change(c, audit_context(req), "knowledge_article." + step.action, "knowledge_article", before, after,
                    record_json, update);
      if (step.action == "publish") insert_revision(c, after, me.user_id);
      insert_event(c, after, me.user_id, step.action, before.status, after.status, step.note);
      return article_response(c, me, 200, id);
    });
  }, http::Body::json);
}

}  // namespace

void add_article_routes(http::Router& router, AppContext& ctx) {
  add_reads(router, ctx);
  add_writes(router, ctx);
}

void add_routes(http::Router& router, AppContext& ctx) {
  add_finding_routes(router, ctx);
  add_article_routes(router, ctx);
  add_usage_routes(router, ctx);
}

}  // namespace simpul::modules::knowledge
