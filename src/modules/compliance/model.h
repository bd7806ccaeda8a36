#pragma once
// Compliance with the region's own regulation: every obligation of the profile, for every
// subject it binds, judged against the live data (docs/compliance-contract.md). Plain data.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

// Worst first: the order a list of duties is read in.
enum class Status { overdue, not_met, due_soon, met, not_applicable };
std::string_view status_name(Status s);
std::optional<Status> parse_status(std::string_view s);
const Text& status_label(Status s);

// Who or what an obligation binds: the region, an agency, an application, a dataset …
// `kind` is one of compliance_statements.subject_kind; `id` the record's id as text
// (the region id for the region, the body key for the committee, the position key for
// the region head and the GCIO).
struct Subject {
  std::string kind;
  std::string id;
  std::string name;
  std::optional<int64_t> agency_id;  // the agency answerable (owner of an application …)
  std::string href;                  // the record's page in the web UI, or empty
  // What `when` conditions look at (filled by the subject loader).
  std::string category;              // applications: common | shared_special | agency_special; services: public | administrative
  bool ict_self_sufficient = false;  // agencies: PD Mandiri TIK now; records an agency owns: their owner's
  bool runs_own_services = false;    // agencies (as competencies read it) and records they own: as above
};

// A record a finding rests on, linked for people to open.
struct Evidence {
  std::string kind;  // lan_diagram, ict_audit, application_document, statement, person …
  std::string id;
  Text label;
  std::string href;  // web UI path, or empty
  std::string date;  // YYYY-MM-DD the record counts from, or empty
};

// What one evaluation says about one obligation for one subject.
struct Check {
  Status status = Status::not_met;
  std::string due_on;  // YYYY-MM-DD, or empty when the duty has no date
  Text reason;         // one plain sentence: why this status
  std::vector<Evidence> evidence;
};

struct Finding {
  const profiles::Obligation* obligation = nullptr;
  Subject subject;
  Check check;
  std::string basis;  // "data" when Simpul's records decide, "statement" when a person's statement does
};

// Counts of findings by status.
struct Tally {
  int overdue = 0, not_met = 0, due_soon = 0, met = 0, not_applicable = 0;
  void add(Status s);
  int applicable() const { return overdue + not_met + due_soon + met; }
  // Met and due soon count as complied with; nullopt when nothing applies.
  std::optional<double> share_met() const;
};

}  // namespace simpul::modules::compliance
