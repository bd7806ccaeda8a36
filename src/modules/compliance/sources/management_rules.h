#pragma once
// The pure decisions of the management source: which obligations Simpul's records of the
// management processes decide (docs/compliance-contract.md, "Source: service desk, risk,
// security and management"), and the check for one subject from the loaded facts. No I/O.
#include <functional>
#include <string>
#include <vector>

#include "modules/compliance/model.h"
#include "modules/compliance/sources/management_facts.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

// True when the rule's kind and words (record and every field, role, link) are ones this
// source decides, for the binds it knows.
bool management_answers(const profiles::Obligation& o);

// The check of one answered obligation for one subject.
Check management_check(const profiles::Obligation& o, const Subject& s, const ManagementFacts& f);

// At least `min` (at least one) people hold the role: met, else not met naming the role.
Check role_check(int have, int min, const Text& role);

// One field of a record: whether the records show it, and what it is called.
struct FieldFact {
  bool present = false;
  Text label;
};
// Met when every field is present; not met naming the missing ones (each as evidence of kind
// `kind`, linking `href`).
Check fields_check(const std::vector<FieldFact>& fields, const Text& record, const std::string& kind,
                   const std::string& href);

// Duties with a due instant (tickets, incident notices): overdue when one not done is past its
// due time (due_on: the earliest such date), due soon when one not done is still within it,
// met otherwise. `what` names the duty, `kind`/`href_base` link each record.
Check dated_duties_check(const std::vector<DatedDuty>& duties, const std::string& now, const Text& what,
                         const std::string& kind, const std::string& href_base);

}  // namespace simpul::modules::compliance
