#include "modules/security/incident_rules.h"

#include "core/clock.h"
#include "modules/security/bodies.h"

namespace simpul::modules::security {

namespace {
NoticeView notice_view(bool required, const std::string& due_at, const std::optional<std::string>& sent_at, Instant now) {
  std::optional<Instant> sent;
  if (sent_at) sent = instant_of(*sent_at);
  return {required, due_at, notice_state(required, instant_of(due_at), sent, now), sent_at};
}
}  // namespace

void set_due_instants(Incident& i, const ReportHours& hours) {
  auto detected = instant_of(i.detected_at);
  i.ict_office_due_at = format_rfc3339(due_instant(detected, hours.ict_office));
  i.data_owner_due_at = format_rfc3339(due_instant(detected, hours.data_owner));
}

void set_data_owner_required(Incident& i, bool linked_to_dataset) {
  i.data_owner_required = data_owner_notice_required(i.serious, linked_to_dataset);
}

NoticeView ict_office_notice(const Incident& i, Instant now) {
  return notice_view(true, i.ict_office_due_at, i.ict_office_sent_at, now);
}

NoticeView data_owner_notice(const Incident& i, Instant now) {
  return notice_view(i.data_owner_required, i.data_owner_due_at, i.data_owner_sent_at, now);
}

bool has_overdue_notice(const Incident& i, Instant now) {
  return notice_overdue(ict_office_notice(i, now).state) || notice_overdue(data_owner_notice(i, now).state);
}

bool is_open_too_long(const Incident& i, Instant now) {
  return open_too_long(i.severity, i.stage, instant_of(i.detected_at), now);
}

}  // namespace simpul::modules::security
