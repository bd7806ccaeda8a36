#include "modules/business_processes/model.h"

namespace simpul::modules::business_processes {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json record_json(const BusinessProcess& p) {
  nlohmann::json steps = nlohmann::json::array();
  for (size_t i = 0; i < p.steps.size(); ++i)
    steps.push_back({{"number", i + 1}, {"name", p.steps[i].name}, {"responsible", p.steps[i].responsible}});
  return {{"id", p.id},
          {"agency_id", p.agency_id},
          {"code", p.code},
          {"name", p.name},
          {"description", p.description},
          {"purpose", p.purpose},
          {"outputs", p.outputs},
          {"kind", p.kind},
          {"architecture_id", p.architecture_id ? nlohmann::json(*p.architecture_id) : nlohmann::json(nullptr)},
          {"steps", steps},
          {"related_services", p.related_services},
          {"related_applications", p.related_applications},
          {"status", p.status},
          {"submitted_by", or_null(p.submitted_by)},
          {"submitted_at", or_null(p.submitted_at)},
          {"coordinated_by", or_null(p.coordinated_by)},
          {"coordinated_at", or_null(p.coordinated_at)},
          {"coordination_note", or_null(p.coordination_note)},
          {"returned_by", or_null(p.returned_by)},
          {"returned_at", or_null(p.returned_at)},
          {"return_reason", or_null(p.return_reason)},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

nlohmann::json to_json(const BusinessProcess& p) {
  auto j = record_json(p);
  j["agency_name"] = p.agency_name;
  j["agency_short_name"] = p.agency_short_name;
  j["architecture"] = nullptr;
  if (p.architecture)
    j["architecture"] = {{"id", p.architecture->id},
                         {"title", p.architecture->title},
                         {"start_year", p.architecture->start_year},
                         {"end_year", p.architecture->end_year},
                         {"status", p.architecture->status}};
  return j;
}

nlohmann::json to_json(const Link& l) {
  return {{"id", l.id},
          {"from_process_id", l.from_process_id},
          {"to_process_id", l.to_process_id},
          {"kind", l.kind},
          {"note", l.note},
          {"created_by", l.created_by},
          {"created_at", l.created_at}};
}

}  // namespace simpul::modules::business_processes
