#include "profiles/vocabulary.h"

#include <regex>

namespace simpul::profiles::vocabulary {

using Words = std::set<std::string>;

const Words& term_keys() {
  static const Words w{"region_head", "region_secretary", "agency", "ict_office", "planning_office",
                       "organization_bureau", "committee", "tier1", "tier2", "gcio", "ict_self_sufficient",
                       "data_steward", "service_desk"};
  return w;
}
const Words& required_terms() {
  static const Words w{"region_head", "agency", "ict_office", "committee", "tier1", "tier2"};
  return w;
}
const Words& agency_kinds() {
  static const Words w{"sekretariat", "dinas", "badan", "bagian", "inspektorat", "kecamatan",
                       "kelurahan", "satuan", "rumah_sakit", "kantor", "lainnya"};
  return w;
}
const Words& agency_roles() {
  static const Words w{"ict_office", "planning_office", "organization_bureau"};
  return w;
}
const Words& body_kinds() {
  static const Words w{"committee", "steering_committee", "coordinating_team", "working_group",
                       "evaluator_team", "csirt", "other"};
  return w;
}
const Words& member_roles() {
  static const Words w{"chair", "vice_chair", "secretary", "coordinator", "deputy_coordinator", "member", "advisor"};
  return w;
}
const Words& member_selectors() {
  static const Words w{"other_agency_heads", "every_agency_head", "appointed_staff"};
  return w;
}
const Words& architecture_domains() {
  static const Words w{"reference", "business_process", "data_information", "infrastructure",
                       "application", "security", "service"};
  return w;
}
const Words& subjects() {
  static const Words w{"region", "region_head", "every_agency", "ict_office", "planning_office",
                       "organization_bureau", "committee", "gcio", "each_application", "each_dataset",
                       "each_host", "each_network", "each_service", "each_website", "each_employee"};
  return w;
}
const Words& conditions() {
  static const Words w{"application_common", "application_shared_special", "application_agency_special",
                       "public_service", "ict_self_sufficient", "not_ict_self_sufficient", "runs_own_services"};
  return w;
}
const Words& time_zones() {
  static const Words w{"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"};
  return w;
}
const Words& grants() {
  static const Words w{"develop_applications", "manage_lan", "manage_servers", "run_service_desk"};
  return w;
}

const std::map<std::string, RuleShape>& rule_shapes() {
  static const std::map<std::string, RuleShape> shapes = [] {
    std::map<std::string, RuleShape> s;
    s["periodic_submission"] = {.identifiers = {"evidence"}, .periods = {"period"}};
    s["periodic_event"] = {.identifiers = {"event"}, .optional_identifiers = {"scope"}, .periods = {"period"},
                           .optional_periods = {"lead"}};
    s["required_record"] = {.identifiers = {"record"}, .optional_lists = {"fields"}};
    s["required_role"] = {.identifiers = {"role"}, .min = true};
    s["required_documents"] = {.identifiers = {"before"}, .lists = {"documents"}};
    s["approval_gate"] = {.identifiers = {"action", "approver"}};
    s["placement"] = {.identifiers = {"what", "where"}};
    s["naming"] = {.identifiers = {"what"}, .texts = {"pattern"}};
    s["deadline"] = {.identifiers = {"trigger", "action"}, .periods = {"within"}};
    s["required_link"] = {.identifiers = {"from", "to"}};
    s["prohibition"] = {.identifiers = {"what"}};
    return s;
  }();
  return shapes;
}

bool is_identifier(const std::string& s) {
  static const std::regex re("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  return std::regex_match(s, re);
}

bool is_key(const std::string& s) {
  static const std::regex re("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  return std::regex_match(s, re);
}

bool is_article(const std::string& s) {
  static const std::regex re(R"(Pasal [1-9][0-9]*( ayat \([1-9][0-9]*\))?( huruf [a-z])?( angka [1-9][0-9]*)?)");
  return std::regex_match(s, re);
}

}  // namespace simpul::profiles::vocabulary
