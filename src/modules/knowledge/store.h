#pragma once
// SQL for the knowledge base: articles with their search documents, revisions, steps,
// ratings, links and transfers, and the region's review period.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/knowledge/model.h"

namespace simpul::modules::knowledge {

// ---- articles
struct Filter {
  std::optional<int64_t> visible_agency_id;  // operators: published ones and their agency's others
  std::string kind;
  std::optional<int64_t> agency_id;
  std::vector<std::string> statuses;
  std::optional<int64_t> ticket_id, application_id;  // linked to it
  std::string review_due_before;                      // published with review_due_on before this date
  std::vector<std::string> words;                     // full text: every word as a prefix
  int64_t offset = 0, limit = 20;
};
struct Found {
  Article article;
  double rank = 0;  // with words: higher is better
};
// By relevance with words, else by the latest change; review lists by the oldest review date.
std::vector<Found> list(db::Connection& c, const std::string& region_id, const Filter& f);
std::optional<Article> find(db::Connection& c, const std::string& region_id, int64_t id);
int64_t insert(db::Connection& c, Article& a);  // sets a.id
// Writes `a` where the stored version is still `expected_version`.
bool update(db::Connection& c, const Article& a, int64_t expected_version);
// Rewrites the article's search document (title, keywords, the rest).
void index_article(db::Connection& c, const Article& a, bool fresh = false);
void count_view(db::Connection& c, const std::string& region_id, int64_t id);

// ---- suggestions: published articles matching any of the words, those linked to the
// application ranked up; one indexed query.
struct Suggested {
  Article article;
  double score = 0;
  bool linked_to_application = false;
};
std::vector<Suggested> suggest(db::Connection& c, const std::string& region_id, const std::vector<std::string>& words,
                               std::optional<int64_t> application_id, int64_t limit);

// ---- revisions and steps
void insert_revision(db::Connection& c, const Article& a, std::optional<int64_t> published_by);
std::vector<Revision> revisions(db::Connection& c, int64_t article_id);
std::optional<Revision> find_revision(db::Connection& c, int64_t article_id, int64_t revision);
void insert_event(db::Connection& c, const Article& a, std::optional<int64_t> actor, const std::string& action,
                  const std::string& from_status, const std::string& to_status, const std::string& note);
std::vector<Event> events(db::Connection& c, int64_t article_id);

// ---- ratings: one per user; the article's sum and count recounted
struct Rating {
  int64_t stars = 0;
  std::string comment;
};
void save_rating(db::Connection& c, const Article& a, int64_t user_id, const Rating& r, const std::string& now);
std::optional<Rating> rating_of(db::Connection& c, int64_t article_id, int64_t user_id);
void recount_ratings(db::Connection& c, int64_t article_id);

// ---- links
struct Target {
  std::string label;
  int64_t agency_id = 0;
};
std::optional<Target> find_target(db::Connection& c, const std::string& region_id, const std::string& kind, int64_t id);
std::vector<Link> links(db::Connection& c, int64_t article_id);
std::optional<Link> find_link(db::Connection& c, int64_t article_id, int64_t link_id);
std::optional<Link> find_link_to(db::Connection& c, int64_t article_id, const std::string& kind, int64_t target_id);
int64_t insert_link(db::Connection& c, Link& l);  // sets l.id
void mark_used(db::Connection& c, int64_t link_id);
void delete_link(db::Connection& c, int64_t link_id);
void recount_uses(db::Connection& c, int64_t article_id);

// ---- transfers
std::vector<Transfer> transfers(db::Connection& c, int64_t article_id);
std::optional<Transfer> find_transfer(db::Connection& c, int64_t article_id, int64_t transfer_id);
int64_t insert_transfer(db::Connection& c, Transfer& t);  // sets t.id
void delete_transfer(db::Connection& c, int64_t transfer_id);

// ---- the region's review period (months; no row: kDefaultReviewMonths, version 0)
struct Settings {
  int review_months = 12;
  int64_t version = 0;
};
Settings load_settings(db::Connection& c, const std::string& region_id);
bool save_settings(db::Connection& c, const std::string& region_id, int review_months, int64_t expected_version,
                   const std::string& now);

// A user of the region.
bool user_in_region(db::Connection& c, const std::string& region_id, int64_t user_id);

}  // namespace simpul::modules::knowledge
