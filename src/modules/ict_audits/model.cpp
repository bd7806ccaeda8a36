#include "modules/ict_audits/model.h"

namespace simpul::modules::ict_audits {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
nlohmann::json or_null(const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
}  // namespace

nlohmann::json record_json(const AuditObject& o) {
  return {{"id", o.id},
          {"kind", o.kind},
          {"name", o.name},
          {"application_id", or_null(o.application_id)},
          {"facility_id", or_null(o.facility_id)},
          {"owner_agency_id", o.owner_agency_id},
          {"source", o.source},
          {"active", o.active},
          {"registered_on", o.registered_on},
          {"last_audit_on", or_null(o.last_audit_on)},
          {"next_due_on", or_null(o.next_due_on)},
          {"version", o.version},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at}};
}

nlohmann::json record_json(const Audit& a) {
  return {{"id", a.id},
          {"object_id", a.object_id},
          {"planned_on", a.planned_on},
          {"auditor_kind", a.auditor_kind},
          {"auditor_name", a.auditor_name},
          {"auditor_credential", a.auditor_credential},
          {"aspects", a.aspects},
          {"state", a.state},
          {"pre_evaluation_due_on", or_null(a.pre_evaluation_due_on)},
          {"pre_evaluated_on", or_null(a.pre_evaluated_on)},
          {"pre_evaluation_note", a.pre_evaluation_note},
          {"pre_evaluation_sha256", or_null(a.pre_evaluation_sha256)},
          {"started_on", or_null(a.started_on)},
          {"completed_on", or_null(a.completed_on)},
          {"report_sha256", or_null(a.report_sha256)},
          {"report_due_on", or_null(a.report_due_on)},
          {"reported_on", or_null(a.reported_on)},
          {"report_note", a.report_note},
          {"reported_through", or_null(a.reported_through)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json record_json(const Finding& f) {
  return {{"id", f.id},
          {"audit_id", f.audit_id},
          {"severity", f.severity},
          {"title", f.title},
          {"description", f.description},
          {"recommendation", f.recommendation},
          {"owner_agency_id", f.owner_agency_id},
          {"due_on", f.due_on},
          {"status", f.status},
          {"closed_on", or_null(f.closed_on)},
          {"version", f.version},
          {"created_at", f.created_at},
          {"updated_at", f.updated_at}};
}

nlohmann::json to_json(const FollowUp& f) {
  return {{"id", f.id}, {"note", f.note}, {"sha256", or_null(f.sha256)}, {"created_by", f.created_by}, {"created_at", f.created_at}};
}

}  // namespace simpul::modules::ict_audits
