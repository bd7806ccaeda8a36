// Finding knowledge: the full-text search of the base (published articles for every staff
// member, the others for their owner agency and the ICT office), the suggestions offered to a
// Tier 1 operator while a ticket is written, and the articles due for review ("perlu ditinjau").
#include "auth/policy.h"
#include "db/full_text.h"
#include "http/pagination.h"
#include "http/query_params.h"
#include "modules/knowledge/routes_support.h"
#include "modules/knowledge/rules.h"
#include "modules/knowledge/store.h"
#include "modules/knowledge/view.h"
#include "modules/regions/store.h"

namespace simpul::modules::knowledge {

namespace {

constexpr size_t kMaxQuery = 200;
constexpr size_t kMaxSuggestionText = 2000;

std::string bounded_param(const http::Request& req, const char* name, size_t max) {
  auto v = req.query_param(name).value_or("");
  if (v.size() > max)
    throw ProblemError(Problem::bad_request({std::string(name) + " paling panjang " + std::to_string(max) + " karakter.",
                                             std::string(name) + " has at most " + std::to_string(max) + " characters."}));
  return v;
}

std::vector<std::string> statuses_param(const http::Request& req) {
  std::vector<std::string> out;
  auto text = req.query_param("status").value_or("");
  size_t start = 0;
  while (!text.empty() && start <= text.size()) {
    auto end = text.find(',', start);
    auto word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!kStatuses.count(word))
      throw ProblemError(Problem::bad_request({"status: collected, processed, published atau archived (boleh beberapa, dipisah koma).",
                                               "status: collected, processed, published or archived (several separated by commas)."}));
    out.push_back(word);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Operators see the published articles and their own agency's others.
std::optional<int64_t> visible_agency(const auth::Principal& me) {
  if (me.role == auth::Role::agency_operator) return me.agency_id.value_or(0);
  return std::nullopt;
}

nlohmann::json page_of(const std::vector<Found>& found, const http::PageRequest& page, int64_t offset, const std::string& today,
                       const std::vector<std::string>& words) {
  nlohmann::json items = nlohmann::json::array();
  for (size_t i = 0; i < found.size() && static_cast<int>(i) < page.limit; ++i) {
    auto j = summary_json(found[i].article, today);
    if (!words.empty()) {
      j["rank"] = found[i].rank;
      j["snippet"] = db::full_text::snippet(found[i].article.summary + "\n\n" + found[i].article.body, words);
    }
    items.push_back(j);
  }
  nlohmann::json next = nullptr;
  if (static_cast<int>(found.size()) > page.limit) next = http::encode_cursor(std::to_string(offset + page.limit));
  return {{"items", items}, {"next_cursor", next}};
}

std::string searchable_text(const Article& a) {
  std::string keywords;
  for (const auto& k : a.keywords) keywords += k + " ";
  return a.title + "\n" + keywords + "\n" + a.summary + "\n" + a.symptom + "\n" + a.cause + "\n" + a.workaround + "\n" + a.body;
}

}  // namespace

void add_finding_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::knowledge_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    Filter f;
    f.words = db::full_text::words(bounded_param(req, "q", kMaxQuery));
    f.kind = http::word_param(req, "kind", kKinds);
    f.agency_id = http::number_param(req, "agency_id");
    f.statuses = statuses_param(req);
    f.ticket_id = http::number_param(req, "ticket_id");
    f.application_id = http::number_param(req, "application_id");
    bool due = http::word_param(req, "review_due", {"true", "false"}) == "true";
    f.visible_agency_id = visible_agency(me);
    auto page = http::parse_page_request(req);
    f.offset = http::after_number(page).value_or(0);
    f.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      auto today = regions::region_today(c, me.region_id);
      if (due) f.review_due_before = today;
      return http::Response::json(200, page_of(list(c, me.region_id, f), page, f.offset, today, f.words));
    });
  });

  router.add("GET", kBase + "/review-due", Permission::knowledge_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    Filter f;
    f.agency_id = http::number_param(req, "agency_id");
    f.limit = 500;
    return ctx.db->read([&](db::Connection& c) {
      auto today = regions::region_today(c, me.region_id);
      f.review_due_before = today;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& found : list(c, me.region_id, f)) items.push_back(summary_json(found.article, today));
      return http::Response::json(200, {{"items", items}});
    });
  });

  // Called while the operator types (debounced): one indexed query for the words typed.
  router.add("GET", kBase + "/suggestions", Permission::knowledge_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    auto words = suggestion_words(bounded_param(req, "text", kMaxSuggestionText));
    auto application_id = http::number_param(req, "application_id");
    auto limit = http::number_param(req, "limit").value_or(5);
    if (limit > 10)
      throw ProblemError(Problem::bad_request({"limit: 1 sampai 10.", "limit: 1 to 10."}));
    return ctx.db->read([&](db::Connection& c) {
      std::string application_name;
      if (application_id)
        if (auto target = find_target(c, me.region_id, "application", *application_id)) application_name = target->label;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& s : suggest(c, me.region_id, words, application_id, limit)) {
        const auto& a = s.article;
        auto matched = db::full_text::matched_words(searchable_text(a), words);
        auto why = why_suggested(matched, s.linked_to_application ? application_name : "");
        auto average = rating_average(a.rating_sum, a.rating_count);
        items.push_back({{"id", a.id},
                         {"title", a.title},
                         {"summary", a.summary},
                         {"kind", a.kind},
                         {"agency", {{"id", a.agency_id}, {"short_name", a.agency_short_name}}},
                         {"rating", {{"average", average ? nlohmann::json(*average) : nlohmann::json(nullptr)},
                                     {"count", a.rating_count}}},
                         {"uses", a.use_count},
                         {"linked_to_application", s.linked_to_application},
                         {"matched", matched},
                         {"why", {{"id", why.id}, {"en", why.en}}}});
      }
      return http::Response::json(200, {{"items", items}});
    });
  });
}

}  // namespace simpul::modules::knowledge
