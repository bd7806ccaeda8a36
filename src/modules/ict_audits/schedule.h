#pragma once
// When each audit object is due, from the region's regulation profile (pure: no I/O).
// An object is bound by the profile's periodic_event obligation of event ict_audit whose
// scope matches its kind (infrastructure, application, security) and whose `when` matches
// an application's category: Madiun Pasal 41-43 audit every object every P2Y; Kendari
// Pasal 36 ayat (3) and OKI Pasal 43 ayat (3) audit only the Aplikasi Khusus PD (and, Pasal
// 37 / 44, only their security). A profile that names no period (Probolinggo Pasal 38 ayat
// (1), "secara berkala") uses the region's default period. Next due = the last completed
// audit + the period, or for a never-audited object its registration date + the period.
// Where the profile requires the internal evaluation one month before the audit
// (Probolinggo Pasal 38 ayat (5)), the pre-evaluation is due on the planned date − 1 month.
#include <optional>
#include <string>

#include "core/lang.h"
#include "profiles/model.h"

namespace simpul::modules::ict_audits {

inline constexpr int kDueSoonDays = 90;      // "due_soon": due within 90 days
inline constexpr int kReportWithinDays = 30;  // a completed audit is reported to the region head within 30 days
inline const char* const kDefaultPeriod = "P2Y";

// The obligation that makes an object due.
struct AuditObligation {
  std::string id, article, text, citation;  // citation: "Perwali Madiun 39/2021 Pasal 41 ayat (1)"
  profiles::Period period;
  bool period_from_profile = true;  // false: the region's default period, the profile names none
  Text period_note;                 // how the period was chosen, in words
};

// The obligation binding an object of `kind` (and, for applications, `category`), nullopt
// when the profile requires no audit of it (or there is no profile).
std::optional<AuditObligation> audit_obligation(const profiles::Profile* profile, const std::string& kind,
                                                const std::string& category, const profiles::Period& default_period);

// Next due date (YYYY-MM-DD); empty when no audit is required or the object is inactive.
std::string next_due_on(const std::optional<AuditObligation>& obligation, bool active, const std::string& registered_on,
                        const std::string& last_audit_on);

// due | due_soon (within kDueSoonDays) | overdue (after the due date) | not_required (no due date).
std::string due_status(const std::string& today, const std::string& next_due_on);

// The profile's internal evaluation before an audit (Probolinggo Pasal 38 ayat (5)); nullopt elsewhere.
std::optional<AuditObligation> pre_evaluation_obligation(const profiles::Profile* profile);

// The planned date − 1 month, clamped to the month's end (2027-03-31 → 2027-02-28).
std::string pre_evaluation_due_on(const std::string& planned_on);

// The completed audit's report to the region head is late after this date.
std::string report_due_on(const std::string& completed_on);

// The obligation to report an audit of `kind` to the region head (Madiun Pasal 41 ayat (2) …), nullopt when none.
std::optional<AuditObligation> report_obligation(const profiles::Profile* profile, const std::string& kind);

// "Ketua Tim Koordinasi SPBE Pemerintah Daerah (Sekretaris Daerah)": the chair of the region's
// committee (else steering committee) through whom the report goes, from the profile's bodies.
std::string committee_chair(const profiles::Profile* profile);

// The profile's word for the region head ("Walikota", "Bupati").
Text region_head(const profiles::Profile* profile);

}  // namespace simpul::modules::ict_audits
