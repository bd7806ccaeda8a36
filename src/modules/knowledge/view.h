#pragma once
// How the knowledge base answers: an article in a list, the whole article with what hangs on
// it, a transfer, a suggestion; and the obligation of the region's profile the processes follow.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/region_profile.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/message.h"
#include "modules/knowledge/model.h"

namespace simpul::modules::knowledge {

// The region's knowledge-management-process obligation (record knowledge_base), when its profile has one.
std::optional<CitedObligation> knowledge_obligation(db::Connection& c, const std::string& region_id);

// ArticleSummary of docs/management-processes-contract.md.
nlohmann::json summary_json(const Article& a, const std::string& today);
nlohmann::json transfer_json(db::Connection& c, const Transfer& t);
// The whole article as `me` sees it: links, transfers, revisions, events, my rating, the steps `me` may take.
nlohmann::json article_json(db::Connection& c, const auth::Principal& me, const Article& a);
// The article for `me` or 404 / 403 (not theirs to see).
Article load_visible(db::Connection& c, const auth::Principal& me, int64_t id);
// GET …/{id} as answered after every change (ETag: the article's version).
http::Response article_response(db::Connection& c, const auth::Principal& me, int status, int64_t id);

}  // namespace simpul::modules::knowledge
