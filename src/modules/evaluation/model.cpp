#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

const char* kind_name(CampaignKind k) { return k == CampaignKind::monitoring ? "monitoring" : "evaluation"; }
std::optional<CampaignKind> parse_kind(const std::string& s) {
  if (s == "monitoring") return CampaignKind::monitoring;
  if (s == "evaluation") return CampaignKind::evaluation;
  return std::nullopt;
}

const char* status_name(CampaignStatus s) { return s == CampaignStatus::open ? "open" : "signed_off"; }
std::optional<CampaignStatus> parse_status(const std::string& s) {
  if (s == "open") return CampaignStatus::open;
  if (s == "signed_off") return CampaignStatus::signed_off;
  return std::nullopt;
}

const char* role_name(AssessorRole r) {
  switch (r) {
    case AssessorRole::coordinator: return "coordinator";
    case AssessorRole::person_in_charge: return "person_in_charge";
    case AssessorRole::data_entry: return "data_entry";
    case AssessorRole::member: return "member";
  }
  return "member";
}
std::optional<AssessorRole> parse_role(const std::string& s) {
  for (auto r : {AssessorRole::coordinator, AssessorRole::person_in_charge, AssessorRole::data_entry, AssessorRole::member})
    if (s == role_name(r)) return r;
  return std::nullopt;
}

const char* stage_name(ExternalStage s) {
  switch (s) {
    case ExternalStage::document: return "document";
    case ExternalStage::interview: return "interview";
    case ExternalStage::visit: return "visit";
  }
  return "document";
}
std::optional<ExternalStage> parse_stage(const std::string& s) {
  for (auto st : {ExternalStage::document, ExternalStage::interview, ExternalStage::visit})
    if (s == stage_name(st)) return st;
  return std::nullopt;
}

}  // namespace simpul::modules::evaluation
