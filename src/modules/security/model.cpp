#include "modules/security/model.h"

#include "modules/security/values.h"

namespace simpul::modules::security {

std::vector<ProgrammeStage> complete_stages(const std::vector<ProgrammeStage>& stored) {
  std::vector<ProgrammeStage> out;
  for (const auto& key : kProgrammeStages) {
    ProgrammeStage s{key, "", std::nullopt};
    for (const auto& given : stored)
      if (given.stage == key) s = given;
    out.push_back(s);
  }
  return out;
}

nlohmann::json record_json(const Programme& p) {
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& s : p.stages) stages.push_back({{"stage", s.stage}, {"note", s.note}, {"date", or_null(s.date)}});
  return {{"scope",
           {{"data_information", p.scope_data_information},
            {"applications", p.scope_applications},
            {"infrastructure", p.scope_infrastructure},
            {"existing_policy", p.scope_existing_policy},
            {"description", p.scope_description}}},
          {"person_in_charge_id", or_null(p.person_in_charge_id)},
          {"stages", stages},
          {"csirt", {{"name", p.csirt_name}, {"decree", p.csirt_decree}, {"member_ids", p.csirt_member_ids}}},
          {"report_hours", {{"ict_office", p.hours.ict_office}, {"data_owner", p.hours.data_owner}}},
          {"version", p.version},
          {"updated_at", p.updated_at}};
}

nlohmann::json record_json(const Policy& p) {
  return {{"id", p.id},           {"kind", p.kind},       {"title", p.title},           {"body", p.body},
          {"file_sha256", or_null(p.file_sha256)}, {"status", p.status}, {"revision", p.revision},
          {"version", p.version}, {"created_at", p.created_at}, {"updated_at", p.updated_at}};
}

nlohmann::json record_json(const Incident& i) {
  return {{"id", i.id},
          {"number", i.number},
          {"agency_id", i.agency_id},
          {"title", i.title},
          {"description", i.description},
          {"severity", i.severity},
          {"serious", i.serious},
          {"stage", i.stage},
          {"detected_at", i.detected_at},
          {"reported_at", i.reported_at},
          {"closed_at", or_null(i.closed_at)},
          {"lessons_learned", i.lessons_learned},
          {"ict_office_due_at", i.ict_office_due_at},
          {"ict_office_sent_at", or_null(i.ict_office_sent_at)},
          {"data_owner_required", i.data_owner_required},
          {"data_owner_due_at", i.data_owner_due_at},
          {"data_owner_sent_at", or_null(i.data_owner_sent_at)},
          {"version", i.version},
          {"created_at", i.created_at},
          {"updated_at", i.updated_at}};
}

}  // namespace simpul::modules::security
