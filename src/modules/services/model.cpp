#include "modules/services/model.h"

namespace simpul::modules::services {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

std::string integration_status(const Service& s) {
  if (s.participating_agency_ids.empty()) return "none";
  return s.integration_coordinated_at.empty() ? "awaiting_coordination" : "coordinated";
}

nlohmann::json record_json(const Service& s) {
  return {{"id", s.id},
          {"owner_agency_id", s.owner_agency_id},
          {"code", s.code},
          {"name", s.name},
          {"kind", s.kind},
          {"sector", s.sector},
          {"channels", s.channels},
          {"description", s.description},
          {"status", s.status},
          {"participating_agency_ids", s.participating_agency_ids},
          {"integration_coordinated_by", or_null(s.integration_coordinated_by)},
          {"integration_coordinated_at", or_null(s.integration_coordinated_at)},
          {"integration_note", or_null(s.integration_note)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

nlohmann::json to_json(const Service& s) {
  auto j = record_json(s);
  j["agency_name"] = s.agency_name;
  j["agency_short_name"] = s.agency_short_name;
  j["integration_status"] = integration_status(s);
  return j;
}

}  // namespace simpul::modules::services
