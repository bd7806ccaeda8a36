#include "modules/applications/model.h"

namespace simpul::modules::applications {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json record_json(const Application& a) {
  return {{"id", a.id},
          {"owner_agency_id", a.owner_agency_id},
          {"code", a.code},
          {"name", a.name},
          {"description", a.description},
          {"category", a.category},
          {"user_agency_ids", a.user_agency_ids},
          {"user_groups", a.user_groups},
          {"lifecycle", a.lifecycle},
          {"development_round", a.development_round},
          {"lifecycle_reason", or_null(a.lifecycle_reason)},
          {"lifecycle_changed_by", or_null(a.lifecycle_changed_by)},
          {"lifecycle_changed_at", or_null(a.lifecycle_changed_at)},
          {"licence_kind", a.licence_kind},
          {"licence_name", a.licence_name},
          {"repository_location", a.repository_location},
          {"runs_at", a.runs_at},
          {"copyright_owner", a.copyright_owner},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json to_json(const Application& a) {
  auto j = record_json(a);
  j["agency_name"] = a.agency_name;
  j["agency_short_name"] = a.agency_short_name;
  j["copyright_owner_set_by_server"] = true;
  return j;
}

nlohmann::json to_json(const TestRecord& t) {
  return {{"id", t.id},
          {"tested_on", t.tested_on},
          {"result", t.result},
          {"summary", t.summary},
          {"report_sha256", or_null(t.report_sha256)},
          {"recorded_by", t.recorded_by},
          {"recorded_at", t.recorded_at}};
}

nlohmann::json to_json(const GcioDecision& d) {
  return {{"id", d.id},           {"decision", d.decision},     {"note", d.note},
          {"decided_by", d.decided_by}, {"decided_at", d.decided_at}};
}

}  // namespace simpul::modules::applications
