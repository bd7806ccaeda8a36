#include "modules/evaluation/evidence_store.h"

#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

namespace {

const char* kEvidenceColumns =
    "SELECT e.evidence_id, e.campaign_id, e.region_id, e.indicator_no, e.agency_id, e.question_id, e.kind, e.title, "
    "e.file_sha256, e.record_kind, e.record_id, e.url, e.note, e.added_by, e.added_at, e.removed_at, e.removed_by, "
    "f.name, a.short_name FROM evaluation_evidence e "
    "LEFT JOIN files f ON f.region_id = e.region_id AND f.sha256 = e.file_sha256 "
    "LEFT JOIN agencies a ON a.agency_id = e.agency_id ";

Evidence evidence_of(db::Row& r) {
  Evidence e;
  e.evidence_id = r.int64(0);
  e.campaign_id = r.int64(1);
  e.region_id = r.take_text(2);
  e.indicator_no = int(r.int64(3));
  e.agency_id = db::optional_int64(r, 4);
  e.question_id = db::optional_int64(r, 5);
  e.kind = parse_evidence_kind(r.text(6)).value_or(EvidenceKind::file);
  e.title = r.take_text(7);
  e.file_sha256 = db::optional_text(r, 8);
  e.record_kind = db::optional_text(r, 9);
  e.record_id = db::optional_text(r, 10);
  e.url = db::optional_text(r, 11);
  e.note = db::text_or_empty(r, 12);
  e.added_by = r.take_text(13);
  e.added_at = r.take_text(14);
  e.removed_at = db::optional_text(r, 15);
  e.removed_by = db::optional_text(r, 16);
  e.file_name = db::text_or_empty(r, 17);
  e.agency_short_name = db::text_or_empty(r, 18);
  return e;
}

const char* kQuestionColumns =
    "SELECT q.question_id, q.campaign_id, q.region_id, q.indicator_no, q.agency_id, q.question, q.due_on, q.asked_by, "
    "q.asked_at, q.answer, q.answered_by, q.answered_at, q.version, a.name, a.short_name, "
    "(SELECT COUNT(*) FROM evaluation_evidence e WHERE e.question_id = q.question_id AND e.removed_at IS NULL) "
    "FROM evaluation_questions q JOIN agencies a ON a.agency_id = q.agency_id ";

Question question_of(db::Row& r) {
  Question q;
  q.question_id = r.int64(0);
  q.campaign_id = r.int64(1);
  q.region_id = r.take_text(2);
  q.indicator_no = int(r.int64(3));
  q.agency_id = r.int64(4);
  q.question = r.take_text(5);
  q.due_on = db::optional_text(r, 6);
  q.asked_by = r.take_text(7);
  q.asked_at = r.take_text(8);
  q.answer = db::optional_text(r, 9);
  q.answered_by = db::optional_text(r, 10);
  q.answered_at = db::optional_text(r, 11);
  q.version = r.int64(12);
  q.agency_name = r.take_text(13);
  q.agency_short_name = r.take_text(14);
  q.evidence_count = int(r.int64(15));
  return q;
}

}  // namespace

std::vector<Evidence> list_evidence(db::Connection& c, int64_t campaign_id, int indicator_no, bool include_removed) {
  std::string sql = std::string(kEvidenceColumns) + "WHERE e.campaign_id = ? AND e.indicator_no = ?";
  if (!include_removed) sql += " AND e.removed_at IS NULL";
  sql += " ORDER BY e.evidence_id";
  std::vector<Evidence> out;
  for (auto& r : c.query(sql, {campaign_id, int64_t{indicator_no}})) out.push_back(evidence_of(r));
  return out;
}

std::optional<Evidence> find_evidence(db::Connection& c, const std::string& region_id, int64_t evidence_id) {
  auto rows = c.query(std::string(kEvidenceColumns) + "WHERE e.region_id = ? AND e.evidence_id = ?", {region_id, evidence_id});
  if (rows.empty()) return std::nullopt;
  return evidence_of(rows[0]);
}

int64_t insert_evidence(db::Connection& c, Evidence& e) {
  e.evidence_id =
      c.query("INSERT INTO evaluation_evidence (campaign_id, region_id, indicator_no, agency_id, question_id, kind, title, "
              "file_sha256, record_kind, record_id, url, note, added_by, added_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING evidence_id",
              {e.campaign_id, e.region_id, int64_t{e.indicator_no}, db::value_of(e.agency_id), db::value_of(e.question_id),
               evidence_kind_name(e.kind), e.title, db::value_of(e.file_sha256), db::value_of(e.record_kind),
               db::value_of(e.record_id), db::value_of(e.url), e.note, e.added_by, e.added_at})
          .at(0)
          .int64(0);
  return e.evidence_id;
}

bool mark_evidence_removed(db::Connection& c, const Evidence& e, const std::string& by, const std::string& at) {
  return c.execute("UPDATE evaluation_evidence SET removed_at = ?, removed_by = ? "
                   "WHERE region_id = ? AND evidence_id = ? AND removed_at IS NULL",
                   {at, by, e.region_id, e.evidence_id}) > 0;
}

std::vector<Question> list_questions(db::Connection& c, const std::string& region_id, const QuestionFilter& f) {
  std::string sql = std::string(kQuestionColumns) + "WHERE q.region_id = ?";
  db::Params params{region_id};
  if (f.campaign_id) sql += " AND q.campaign_id = ?", params.push_back(*f.campaign_id);
  if (f.indicator_no) sql += " AND q.indicator_no = ?", params.push_back(int64_t{*f.indicator_no});
  if (f.agency_id) sql += " AND q.agency_id = ?", params.push_back(*f.agency_id);
  if (f.open_only) sql += " AND q.answer IS NULL";
  sql += " ORDER BY q.question_id DESC";
  std::vector<Question> out;
  for (auto& r : c.query(sql, params)) out.push_back(question_of(r));
  return out;
}

std::optional<Question> find_question(db::Connection& c, const std::string& region_id, int64_t question_id) {
  auto rows = c.query(std::string(kQuestionColumns) + "WHERE q.region_id = ? AND q.question_id = ?", {region_id, question_id});
  if (rows.empty()) return std::nullopt;
  return question_of(rows[0]);
}

int64_t insert_question(db::Connection& c, Question& q) {
  q.question_id =
      c.query("INSERT INTO evaluation_questions (campaign_id, region_id, indicator_no, agency_id, question, due_on, "
              "asked_by, asked_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING question_id",
              {q.campaign_id, q.region_id, int64_t{q.indicator_no}, q.agency_id, q.question, db::value_of(q.due_on),
               q.asked_by, q.asked_at, q.version})
          .at(0)
          .int64(0);
  return q.question_id;
}

bool save_question_answer(db::Connection& c, const Question& q, int64_t expected_version) {
  return c.execute("UPDATE evaluation_questions SET answer = ?, answered_by = ?, answered_at = ?, version = ? "
                   "WHERE region_id = ? AND question_id = ? AND version = ?",
                   {db::value_of(q.answer), db::value_of(q.answered_by), db::value_of(q.answered_at), q.version,
                    q.region_id, q.question_id, expected_version}) > 0;
}

EvidenceActor evidence_actor(db::Connection& c, const Campaign& campaign, const auth::Principal& who) {
  EvidenceActor a;
  a.assessor = assessor_role(c, campaign.campaign_id, who.user_id).has_value();
  if (who.role == auth::Role::agency_operator) a.own_agency_id = who.agency_id;
  return a;
}

}  // namespace simpul::modules::evaluation
