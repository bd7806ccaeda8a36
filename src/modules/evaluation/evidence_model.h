#pragma once
// Evidence (data dukung) for an indicator and the questions put to agencies, as stored
// (migrations/0021_evaluation.sql, evaluation_evidence and evaluation_questions). Plain data.
#include <cstdint>
#include <optional>
#include <string>

namespace simpul::modules::evaluation {

enum class EvidenceKind { file, record, url };
const char* evidence_kind_name(EvidenceKind k);
std::optional<EvidenceKind> parse_evidence_kind(const std::string& s);

struct Evidence {
  int64_t evidence_id = 0;
  int64_t campaign_id = 0;
  std::string region_id;
  int indicator_no = 0;
  std::optional<int64_t> agency_id;    // whose evidence it is; none: the region's
  std::optional<int64_t> question_id;  // the question it answers
  EvidenceKind kind = EvidenceKind::file;
  std::string title;
  std::optional<std::string> file_sha256;
  std::optional<std::string> record_kind;
  std::optional<std::string> record_id;
  std::optional<std::string> url;
  std::string note;
  std::string added_by;
  std::string added_at;
  std::optional<std::string> removed_at;  // kept for the record once removed
  std::optional<std::string> removed_by;
  // Read with the row, for people to see (not stored here).
  std::string file_name;
  std::string agency_short_name;
};

struct Question {
  int64_t question_id = 0;
  int64_t campaign_id = 0;
  std::string region_id;
  int indicator_no = 0;
  int64_t agency_id = 0;
  std::string question;
  std::optional<std::string> due_on;  // YYYY-MM-DD
  std::string asked_by;
  std::string asked_at;
  std::optional<std::string> answer;  // none: still open
  std::optional<std::string> answered_by;
  std::optional<std::string> answered_at;
  int64_t version = 1;
  // Read with the row, for people to see (not stored here).
  std::string agency_name;
  std::string agency_short_name;
  int evidence_count = 0;  // live evidence attached to this question
};

}  // namespace simpul::modules::evaluation
