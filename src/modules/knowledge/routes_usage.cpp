// Use and transfer of knowledge (penggunaan, alih pengetahuan dan teknologi: Madiun Pasal 37
// ayat (2)): ratings by any staff member, links from tickets and applications (a Tier 1
// operator using a suggested article on their ticket counts as a use), transfer sessions and
// handovers with their stored file; and the region's review period.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/knowledge/routes_support.h"
#include "modules/knowledge/rules.h"
#include "modules/knowledge/store.h"
#include "modules/knowledge/view.h"
#include "modules/regions/store.h"

namespace simpul::modules::knowledge {

namespace {

const Text kLinkNotFound{"Tautan artikel tidak ditemukan.", "Article link not found."};
const Text kTransferNotFound{"Catatan alih pengetahuan tidak ditemukan.", "Transfer record not found."};
const Text kMayNotLink{"Anda hanya dapat menautkan artikel perangkat daerah Anda sendiri, atau artikel yang sudah terbit ke "
                       "tiket dan aplikasi perangkat daerah Anda.",
                       "You can link only your own agency's articles, or a published article to your own agency's "
                       "tickets and applications."};

http::Response no_content() {
  http::Response res;
  res.status = 204;
  return res;
}

// Whoever may edit the article links it anywhere in the region; an operator links a published
// article to a ticket or an application of their own agency (a Tier 1 operator using it).
void require_may_link(const auth::Principal& me, const Article& a, int64_t target_agency_id) {
  if (may_edit(me, a)) return;
  if (a.status == "published" && me.role == auth::Role::agency_operator && auth::may_access_agency(me, target_agency_id)) return;
  throw ProblemError(Problem::forbidden(kMayNotLink));
}

Article load_article(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto a = find(c, me.region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kArticleNotFound));
  return *a;
}

void add_rating_routes(http::Router& router, AppContext& ctx) {
  // Opening a published article counts a view (penggunaan). A usage counter, not a change of the
  // article: no version step and no audit entry, and reading the article stays a pure read.
  router.add("POST", kBase + "/{article_id}/views", auth::Permission::knowledge_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_visible(c, me, id);
      if (a.status == "published") count_view(c, me.region_id, id);
      return http::Response::json(200, {{"views", load_article(c, me, id).view_count}});
    });
  });

  router.add("POST", kBase + "/{article_id}/ratings", auth::Permission::knowledge_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto input = parse_rating(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_visible(c, me, id);
      refuse_if(rating_refusal(a));
      save_rating(c, a, me.user_id, {input.stars, input.comment}, now_rfc3339());
      recount_ratings(c, id);
      audit_usage(c, req, id, "knowledge_article.rate", "rating", {{"stars", input.stars}}, true);
      auto after = load_article(c, me, id);
      auto average = rating_average(after.rating_sum, after.rating_count);
      return http::Response::json(
          200, {{"rating", {{"average", average ? nlohmann::json(*average) : nlohmann::json(nullptr)}, {"count", after.rating_count}}},
                {"my_rating", {{"stars", input.stars},
                               {"comment", input.comment.empty() ? nlohmann::json(nullptr) : nlohmann::json(input.comment)}}}});
    });
  }, http::Body::json);
}

void add_link_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{article_id}/links", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto input = parse_link(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_article(c, me, id);
      auto target = find_target(c, me.region_id, input.kind, input.target_id);
      if (!target)
        fail_on_field_errors({{"target_id", input.kind == "ticket"
                                                ? Text{"Tiket ini tidak ada di daerah Anda.", "This ticket is not in your region."}
                                                : Text{"Aplikasi ini tidak ada di daerah Anda.", "This application is not in your region."}}});
      require_may_link(me, a, target->agency_id);
      if (auto existing = find_link_to(c, id, input.kind, input.target_id)) {
        if (!input.used || existing->used)
          throw ProblemError(Problem::conflict({"Artikel ini sudah ditautkan ke " + existing->target_label + ".",
                                                "This article is already linked to " + existing->target_label + "."}));
        mark_used(c, existing->id);
        recount_uses(c, id);
        auto l = *find_link(c, id, existing->id);
        audit_usage(c, req, id, "knowledge_article.use", "link", to_json(l), true);
        return http::Response::json(200, to_json(l));
      }
      Link l;
      l.region_id = me.region_id;
      l.article_id = id;
      l.kind = input.kind;
      l.target_id = input.target_id;
      l.used = input.used;
      l.created_by = me.user_id;
      l.created_at = now_rfc3339();
      insert_link(c, l);
      if (l.used) recount_uses(c, id);
      auto saved = *find_link(c, id, l.id);
      audit_usage(c, req, id, l.used ? "knowledge_article.use" : "knowledge_article.link", "link", to_json(saved), true);
      return http::Response::json(201, to_json(saved));
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/{article_id}/links/{link_id}", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto link_id = http::id_param(req, "link_id", kLinkNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_article(c, me, id);
      auto l = find_link(c, id, link_id);
      if (!l) throw ProblemError(Problem::not_found(kLinkNotFound));
      require_may_link(me, a, l->target_agency_id);
      delete_link(c, link_id);
      if (l->used) recount_uses(c, id);
      audit_usage(c, req, id, "knowledge_article.unlink", "link", to_json(*l), false);
    });
    return no_content();
  });
}

void add_transfer_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{article_id}/transfers", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_editable(c, me, id);
      auto input = parse_transfer(req.json, regions::region_today(c, me.region_id));
      std::vector<FieldError> errors;
      for (auto agency : input.agency_ids)
        if (!agencies::exists(c, me.region_id, agency)) {
          errors.push_back({"agency_ids", {"Perangkat daerah " + std::to_string(agency) + " tidak ada di daerah Anda.",
                                           "Agency " + std::to_string(agency) + " is not in your region."}});
          break;
        }
      if (!input.sha256.empty() && !files::find(c, me.region_id, input.sha256))
        errors.push_back({"sha256", {"Berkas dengan sha256 ini belum diunggah. Unggah dulu ke /api/v1/files, lalu kirim sha256-nya.",
                                     "No file with this sha256 was uploaded. Upload it to /api/v1/files first, then send its sha256."}});
      fail_on_field_errors(errors);
      Transfer t;
      t.region_id = me.region_id;
      t.article_id = a.id;
      t.kind = input.kind;
      t.held_on = input.held_on;
      t.title = input.title;
      t.audience = input.audience;
      t.agency_ids = input.agency_ids;
      t.participants = input.participants;
      t.file_sha256 = input.sha256;
      t.notes = input.notes;
      t.created_by = me.user_id;
      t.created_at = now_rfc3339();
      insert_transfer(c, t);
      auto j = transfer_json(c, t);
      audit_usage(c, req, id, "knowledge_article.transfer", "transfer", j, true);
      return http::Response::json(201, j);
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/{article_id}/transfers/{transfer_id}", Permission::knowledge_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "article_id", kArticleNotFound);
    auto transfer_id = http::id_param(req, "transfer_id", kTransferNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto a = load_editable(c, me, id);
      auto t = find_transfer(c, a.id, transfer_id);
      if (!t) throw ProblemError(Problem::not_found(kTransferNotFound));
      auto j = transfer_json(c, *t);
      delete_transfer(c, transfer_id);
      audit_usage(c, req, id, "knowledge_article.transfer_removed", "transfer", j, false);
    });
    return no_content();
  });
}

http::Response settings_response(db::Connection& c, const std::string& region_id) {
  auto s = load_settings(c, region_id);
  auto res = http::Response::json(200, {{"review_months", s.review_months}, {"version", s.version}});
  res.header("etag", http::etag(s.version));
  return res;
}

void add_settings_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/settings", Permission::knowledge_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return settings_response(c, req.principal->region_id); });
  });

  // The review period is the region's: set by the ICT office.
  router.add("PUT", kBase + "/settings", Permission::knowledge_edit, [&ctx](http::Request& req) {
    if (req.principal->role != auth::Role::superadmin)
      throw ProblemError(Problem::forbidden({"Jangka waktu peninjauan artikel ditetapkan oleh Dinas Kominfo (superadmin).",
                                             "The review period is set by the ICT office (superadmin)."}));
    auto version = http::required_version(req);
    auto months = parse_review_months(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_settings(c, region);
      check_version(version, before.version);
      if (!save_settings(c, region, months, before.version, now_rfc3339())) check_version(before.version + 1, before.version);
      audit::append(c, audit_context(req), "knowledge_settings.update", "knowledge_settings", region,
                    {{"review_months", {{"before", before.review_months}, {"after", months}}}});
      return settings_response(c, region);
    });
  }, http::Body::json);
}

}  // namespace

void add_usage_routes(http::Router& router, AppContext& ctx) {
  add_rating_routes(router, ctx);
  add_link_routes(router, ctx);
  add_transfer_routes(router, ctx);
  add_settings_routes(router, ctx);
}

}  // namespace simpul::modules::knowledge
