#pragma once
// What an incident's record derives from its facts, pure (no I/O): the due instants of its two
// notices from the detection time and the region's hours, whether the written notice to the
// data owner is required (Kendari Pasal 14 ayat (8)), the state of each notice at `now`, and
// whether it is overdue or open too long (docs/risk-security-audit-contract.md).
#include <string>

#include "modules/security/model.h"

namespace simpul::modules::security {

// ict_office_due_at and data_owner_due_at from detected_at and the hours.
void set_due_instants(Incident& i, const ReportHours& hours);
// data_owner_required from the serious flag and whether a dataset is linked.
void set_data_owner_required(Incident& i, bool linked_to_dataset);

struct NoticeView {
  bool required = false;
  std::string due_at, state;
  std::optional<std::string> sent_at;
};
NoticeView ict_office_notice(const Incident& i, Instant now);
NoticeView data_owner_notice(const Incident& i, Instant now);
// A notice overdue at `now`.
bool has_overdue_notice(const Incident& i, Instant now);
bool is_open_too_long(const Incident& i, Instant now);

}  // namespace simpul::modules::security
