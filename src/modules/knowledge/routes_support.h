#pragma once
// What the knowledge route files share: the base path, loading an article for a change by
// someone who may edit it, and the route groups add_routes puts together.
#include <string>

#include "app/context.h"
#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/knowledge/model.h"

namespace simpul::modules::knowledge {

inline const std::string kBase = "/api/v1/knowledge";
inline const Text kArticleNotFound{"Artikel pengetahuan tidak ditemukan.", "Knowledge article not found."};
inline const Text kOtherAgency{"Anda hanya dapat mengelola artikel pengetahuan perangkat daerah Anda sendiri.",
                               "You can only manage the knowledge articles of your own agency."};

// The article for a change: 404 unknown, 403 when `me` may not edit it.
Article load_editable(db::Connection& c, const auth::Principal& me, int64_t id);
// Records in the article's history that something hanging on it (a link, a transfer, a
// rating) was added or removed. Such use of the article does not change its content, so its
// version stays: an editor's open form is not made stale by an operator using the article.
void audit_usage(db::Connection& c, const http::Request& req, int64_t article_id, const std::string& action,
                 const std::string& child_name, const nlohmann::json& child, bool added);

void add_article_routes(http::Router& router, AppContext& ctx);
void add_finding_routes(http::Router& router, AppContext& ctx);  // search, suggestions, review-due
void add_usage_routes(http::Router& router, AppContext& ctx);    // ratings, links, transfers, settings

}  // namespace simpul::modules::knowledge
