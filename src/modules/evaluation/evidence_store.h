#pragma once
// Evidence and questions to agencies in SQL (migrations/0021_evaluation.sql). Writes run in
// the caller's write transaction; the routes add the audit entries.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "auth/principal.h"
#include "modules/evaluation/evidence_model.h"
#include "modules/evaluation/evidence_rules.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

// The indicator's evidence, oldest first; removed ones too when asked.
std::vector<Evidence> list_evidence(db::Connection& c, int64_t campaign_id, int indicator_no, bool include_removed);
std::optional<Evidence> find_evidence(db::Connection& c, const std::string& region_id, int64_t evidence_id);
int64_t insert_evidence(db::Connection& c, Evidence& e);
// Marks it removed (the row stays); false when it was already removed.
bool mark_evidence_removed(db::Connection& c, const Evidence& e, const std::string& by, const std::string& at);

struct QuestionFilter {
  std::optional<int64_t> campaign_id;
  std::optional<int> indicator_no;
  std::optional<int64_t> agency_id;
  bool open_only = false;  // not yet answered
};
// Newest first, with the agency's names and the count of live evidence answering each.
std::vector<Question> list_questions(db::Connection& c, const std::string& region_id, const QuestionFilter& f);
std::optional<Question> find_question(db::Connection& c, const std::string& region_id, int64_t question_id);
int64_t insert_question(db::Connection& c, Question& q);
// Saves the answer where the version is still `expected_version` (`q.version` is the new one).
bool save_question_answer(db::Connection& c, const Question& q, int64_t expected_version);

// The caller as the evidence rules see them: on the campaign's team or not, and the agency
// an agency operator works for.
EvidenceActor evidence_actor(db::Connection& c, const Campaign& campaign, const auth::Principal& who);

}  // namespace simpul::modules::evaluation
