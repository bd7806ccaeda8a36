#pragma once
// Who may see and change budget plans. Budget plans are not public records: an agency
// operator sees only their own agency's plans (DESIGN.md: "an agency operator never sees
// another PD's non-public records"), except the operators of the two reviewing offices,
// who coordinate (the planning office, Madiun Pasal 8 ayat (3)) and verify (the ICT office,
// Kendari Pasal 10 ayat (5)-(6)) every agency's plan and so read them all. Leadership,
// auditors and the superadmin read everything. Pure: the caller looks up the offices.
#include <cstdint>

#include "auth/principal.h"

namespace simpul::modules::budget_plans {

// The reviewing roles of the caller: the superadmin holds both; an operator those of
// their agency.
struct Offices {
  bool planning_office = false;
  bool ict_office = false;
};

bool reads_every_plan(const auth::Principal& p, const Offices& offices);
bool may_read(const auth::Principal& p, const Offices& offices, int64_t plan_agency_id);
// Create, edit lines, submit: the superadmin, or an operator of the plan's agency.
bool may_edit(const auth::Principal& p, int64_t plan_agency_id);
bool may_coordinate(const auth::Principal& p, const Offices& offices);
bool may_verify(const auth::Principal& p, const Offices& offices);
// Returning to draft: either reviewer.
bool may_return(const auth::Principal& p, const Offices& offices);

}  // namespace simpul::modules::budget_plans
