#pragma once
// The pure rules of ICT competency management: which requirements the region's profile
// states (Probolinggo Pasal 33 ayat (3)-(5)), whether an employee or an agency meets
// them, the gaps per agency and for the region, certificate expiry, what a training plan
// closes, and the steps of a plan item. No I/O: the routes load facts, these judge them.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "modules/competencies/model.h"
#include "profiles/model.h"

namespace simpul::modules::competencies {

inline constexpr int kExpiryWindowDays = 90;
inline const std::string kPolicyCitation = "kebijakan Dinas";

// The requirements of the profile, recognised by their rule: an each_employee record with
// basic_ict_competence (→ every employee holds a basic_ict competency), required_role
// pranata_komputer (→ Pranata Komputer, with the obligation's `when`), required_role ict_staff
// (→ people with an ict_operation competency in every agency with services). Empty without profile.
std::vector<Requirement> profile_requirements(const profiles::Profile* profile);

// "valid" | "expiring" (within `window` days, inclusive) | "expired" (before today) | "no_expiry".
struct Expiry {
  std::string status;
  std::optional<int> days_to_expiry;
};
Expiry certificate_expiry(const std::string& expires_on, const std::string& today, int window = kExpiryWindowDays);
nlohmann::json certificate_json(const Certificate& c, const std::string& today);

bool has_basic_ict(const Employee& e);
bool holds_ict_operation(const Employee& e);
bool meets(const Employee& e, const Requirement& r);

struct AgencyFacts {
  int64_t id = 0;
  std::string name;
  bool has_services = false;       // owns a service of the registry that is not retired
  bool runs_own_services = false;  // PD Mandiri TIK (when: runs_own_services)
};

// Whether an agency-level requirement applies to the agency at all.
bool applies_to_agency(const Requirement& r, const AgencyFacts& a);

struct RequirementCheck {
  Requirement requirement;
  bool applies = false, met = true;
  int have = 0, need = 0;
  std::vector<Employee> missing_people;  // each_employee requirements
  std::optional<Text> message;          // why it is unmet, citing the requirement; none when met
};

struct AgencyGaps {
  AgencyFacts agency;
  int employees = 0, with_basic_ict = 0, pranata_komputer = 0, ict_operation_staff = 0;
  std::vector<Employee> without_basic_ict;
  std::vector<RequirementCheck> checks;
  std::vector<Certificate> certificates;  // expired and expiring, soonest first
  int expired = 0, expiring = 0;
  int unmet() const;
  bool has_gaps() const { return unmet() > 0 || !without_basic_ict.empty() || expired > 0; }
};

// `employees`: the agency's; `certificates`: its people's.
AgencyGaps agency_gaps(const AgencyFacts& agency, const std::vector<Employee>& employees,
                       const std::vector<Requirement>& requirements, const std::vector<Certificate>& certificates,
                       const std::string& today);

struct RegionTotals {
  int agencies = 0, employees = 0, with_basic_ict = 0, agencies_with_gaps = 0, unmet_requirements = 0,
      certificates_expired = 0, certificates_expiring = 0;
  std::optional<double> basic_ict_share() const;  // 0..1; none without employees
};
RegionTotals region_totals(const std::vector<AgencyGaps>& agencies);

// The gaps a plan closes: the agency's employees without basic ICT competence targeted by an
// item of kind basic_ict that is not cancelled, and those it leaves out.
struct Coverage {
  int without_basic_ict = 0;
  std::vector<Employee> targeted, not_targeted;
};
Coverage plan_coverage(const std::vector<Employee>& agency_employees, const std::vector<PlanItem>& items);

// planned → done | cancelled; done and cancelled are final. Why not, or nothing.
std::optional<Text> item_status_refusal(const std::string& from, const std::string& to);

}  // namespace simpul::modules::competencies
