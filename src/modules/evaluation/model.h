#pragma once
// A region's SPBE evaluation campaign for one year, as stored (migrations/0021_evaluation.sql).
// Plain data: the store reads and writes these, the rules and the index read them.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace simpul::modules::evaluation {

enum class CampaignKind { monitoring, evaluation };   // Pemantauan SPBE / Evaluasi SPBE
enum class CampaignStatus { open, signed_off };
enum class AssessorRole { coordinator, person_in_charge, data_entry, member };
enum class ExternalStage { document, interview, visit };  // in the order they happen

struct Campaign {
  int64_t campaign_id = 0;
  std::string region_id;
  int year = 0;
  std::string framework_code;
  CampaignKind kind = CampaignKind::evaluation;
  int target_level = 3;
  std::string target_index;       // "2.60" or empty
  std::string decree_reference;
  CampaignStatus status = CampaignStatus::open;
  std::string created_by;
  std::string created_at;
  int64_t version = 1;
};

struct Assessor {
  int64_t user_id = 0;
  std::string display_name;
  std::string username;
  AssessorRole role = AssessorRole::member;
  std::string unit;
};

struct Answer {
  int indicator_no = 0;
  std::optional<int> level;
  std::string explanation;
  std::optional<int> target_level;
  std::string verified_at;   // empty: not verified
  std::string verified_by;
  std::string updated_by;
  std::string updated_at;
  int64_t version = 0;       // 0: never answered (no row)
};

struct ExternalResult {
  int indicator_no = 0;
  ExternalStage stage = ExternalStage::document;
  int level = 0;
  std::string note;
  std::string entered_by;
  std::string entered_at;
  int64_t version = 1;
};

struct CampaignEvent {
  int64_t event_id = 0;
  std::string kind;          // signed_off | reopened
  std::string reason;
  std::map<int, int> levels; // as signed (signed_off only)
  std::string index_value;   // the published index at sign-off
  std::string by_user;
  std::string at;
};

const char* kind_name(CampaignKind k);
std::optional<CampaignKind> parse_kind(const std::string& s);
const char* status_name(CampaignStatus s);
std::optional<CampaignStatus> parse_status(const std::string& s);
const char* role_name(AssessorRole r);
std::optional<AssessorRole> parse_role(const std::string& s);
const char* stage_name(ExternalStage s);
std::optional<ExternalStage> parse_stage(const std::string& s);

}  // namespace simpul::modules::evaluation
