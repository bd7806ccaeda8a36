#pragma once
// The rules of the knowledge base, pure (no I/O):
//   - what an article holds (known errors: symptom, cause, workaround) and what a rating, a
//     link and a transfer of knowledge hold;
//   - the processes of Madiun Pasal 37 ayat (2) (Batam Pasal 38 ayat (2), Kendari Pasal 31
//     ayat (2), OKI Pasal 37 ayat (2), Probolinggo Pasal 34) as steps:
//     collected (pengumpulan) → processed (pengolahan) → published (penyimpanan) → archived,
//     in that order: publishing what was never processed is refused citing the region's article;
//   - review dates: a published article is reviewed every `review_months` ("perlu ditinjau" after);
//   - who sees what: published articles every staff member, the others their owner agency, the
//     ICT office and the readers of everything (leadership, auditors);
//   - the words of a ticket being written that can suggest an article.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/region_profile.h"
#include "auth/principal.h"
#include "core/lang.h"
#include "modules/knowledge/model.h"

namespace simpul::modules::knowledge {

inline const std::set<std::string> kKinds{"how_to", "known_error", "faq", "lesson_learned", "technology_transfer"};
inline const std::set<std::string> kStatuses{"collected", "processed", "published", "archived"};
inline const std::set<std::string> kActions{"submit_for_review", "return_to_draft", "publish", "review", "archive", "restore"};
inline const std::set<std::string> kLinkKinds{"ticket", "application"};
inline const std::set<std::string> kTransferKinds{"session", "handover"};
inline constexpr int kDefaultReviewMonths = 12;

// ---- input (422 with every field error)
struct ArticleInput {
  std::optional<std::string> kind, title, summary, body;
  std::optional<std::optional<std::string>> symptom, cause, workaround, review_due_on;
  std::optional<std::vector<std::string>> keywords;
  std::optional<int64_t> agency_id;
  std::optional<std::optional<int64_t>> owner_user_id;
};
ArticleInput parse_article(const nlohmann::json& body, bool creating);
void apply(const ArticleInput& in, Article& a);
// 422 when the article as it would be saved breaks a rule of its kind: a known error needs
// its symptom and workaround; the other kinds carry none of the three.
void check_article(const Article& a);

struct StepInput {
  std::string action, note;
};
StepInput parse_step(const nlohmann::json& body);

struct RatingInput {
  int stars = 0;
  std::string comment;
};
RatingInput parse_rating(const nlohmann::json& body);

struct LinkInput {
  std::string kind;
  int64_t target_id = 0;
  bool used = false;
};
LinkInput parse_link(const nlohmann::json& body);

struct TransferInput {
  std::string kind, held_on, title, audience, sha256, notes;
  std::vector<int64_t> agency_ids;
  int64_t participants = 0;
};
// `today`: the region's date; a transfer is recorded once it was held.
TransferInput parse_transfer(const nlohmann::json& body, const std::string& today);

int parse_review_months(const nlohmann::json& body);

// ---- steps
// Why `action` cannot be taken on `a` now; nothing when it can. `order` is the region's
// obligation naming the processes in their order (knowledge-management-process), when it has one.
std::optional<Text> step_refusal(const std::string& action, const Article& a, const std::optional<CitedObligation>& order);
// The steps the article's status allows.
std::vector<std::string> possible_actions(const Article& a);
// Applies a step that step_refusal allowed; `now` RFC 3339, `today` the region's date.
void take_step(const StepInput& step, Article& a, const std::string& now, const std::string& today, int review_months);
// Editing is for drafts and articles under processing.
std::optional<Text> edit_refusal(const Article& a);
// Ratings are for articles in the base.
std::optional<Text> rating_refusal(const Article& a);

// ---- review dates
// The review date a publishing sets: the date the article names when it is after today,
// else `review_months` after today.
std::string review_due_after_publish(const std::string& set_on_article, const std::string& today, int review_months);
// Published and its review date has passed ("perlu ditinjau").
bool review_due(const Article& a, const std::string& today);

// ---- use
// The average of the ratings with one decimal; nothing without ratings.
std::optional<double> rating_average(int64_t sum, int64_t count);

// ---- who sees and edits
// Every staff member sees published articles; the others are for their owner agency's
// operators, the ICT office and those who read everything (leadership, auditors).
bool may_see(const auth::Principal& me, const Article& a);
// Operators edit their own agency's articles only; the ICT office any.
bool may_edit(const auth::Principal& me, const Article& a);

// ---- suggestions
// The words of a ticket being written that can point to an article: three characters or more
// (or a short mix of letters and digits such as "5g"), without the common words of Indonesian and English ("yang", "tidak", "the"),
// each once, at most 12.
std::vector<std::string> suggestion_words(const std::string& text);
// Why an article was suggested, in words: the matched words and the application link.
Text why_suggested(const std::vector<std::string>& matched, const std::string& application_name);

}  // namespace simpul::modules::knowledge
