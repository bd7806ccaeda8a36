#pragma once
// The infrastructure and ICT audit records the compliance source judges, loaded once per
// evaluation in a few grouped queries (the whole region, or one agency's rows when the scope
// names an agency other than the ICT office, whose duties need the whole region). Plain data.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/compliance/sources/source.h"
#include "profiles/period.h"

namespace simpul::modules::compliance::infrastructure_source {

struct AgencyFact {
  int64_t id = 0;
  std::string name, short_name, profile_key;
  bool ict_office = false, self_sufficient = false;
};

struct DiagramFact {
  int64_t id = 0, agency_id = 0;
  std::string submitted_on;
};

struct FacilityFact {
  int64_t id = 0;
  std::string name, kind;  // data_center | recovery_center
  std::optional<int64_t> operator_agency_id;
};

struct HostFact {
  int64_t id = 0, owner_agency_id = 0;
  std::string name, kind, status;  // kind: physical_server | virtual_machine | vps; status: active | retired
  std::optional<int64_t> facility_id;
  std::vector<std::string> addresses;
};

struct NetworkFact {
  int64_t id = 0;
  std::optional<int64_t> owner_agency_id;  // none for the WAN
  std::string name, kind;                  // wan | lan
  int64_t version = 1;
  std::string changed_on;                     // YYYY-MM-DD of the last edit (updated_at)
  std::string registered_by_agency_operator;  // the date an agency operator created it, else empty
};

struct DomainFact {
  int64_t id = 0;
  std::optional<int64_t> agency_id;
  std::string name, kind;  // region_domain | agency_subdomain | website | email
};

struct BackupFact {
  int64_t id = 0, agency_id = 0;
  std::string done_on, result;  // result: ok | failed
  std::optional<int64_t> facility_id;
};

struct AuditObjectFact {
  int64_t id = 0;
  std::string kind, name;  // infrastructure | application | infrastructure_security | application_security
  std::optional<int64_t> application_id;
  std::string application_category;
  bool active = true;
};

struct AuditFact {
  int64_t id = 0, object_id = 0;
  std::string state, planned_on, auditor_kind, auditor_name, auditor_credential;
  std::vector<std::string> aspects;
  std::string pre_evaluation_due_on, pre_evaluated_on, started_on, completed_on, report_due_on, reported_on;
};

struct ApplicationFact {
  int64_t id = 0;
  bool in_production = false;
};

struct Facts {
  Facts() = default;
  Facts(Facts&&) = default;
  Facts& operator=(Facts&&) = default;
  Facts(const Facts&) = delete;  // latest_completed points into audits

  std::string today;
  const profiles::Profile* profile = nullptr;
  profiles::Period default_audit_period;  // the region's period where the profile names none
  std::vector<AgencyFact> agencies;
  std::vector<DiagramFact> diagrams;
  std::vector<FacilityFact> facilities;
  std::vector<HostFact> hosts;
  std::vector<NetworkFact> networks;
  std::vector<std::string> allocated_ranges;  // CIDR text of every range the ICT office allocated
  std::vector<DomainFact> domains;
  std::vector<BackupFact> backups;
  std::vector<AuditObjectFact> audit_objects;
  std::vector<AuditFact> audits;
  std::vector<ApplicationFact> applications;

  // The latest completed (or reported) audit of each object, by object id: filled by index();
  // points into `audits`, so Facts is moved, never copied, once indexed.
  std::map<int64_t, const AuditFact*> latest_completed;
  void index();

  const AgencyFact* agency(int64_t id) const;
  const FacilityFact* facility(std::optional<int64_t> id) const;
  const AuditObjectFact* audit_object(int64_t id) const;
  const ApplicationFact* application(int64_t id) const;
};

Facts load_facts(const Scope& scope);

}  // namespace simpul::modules::compliance::infrastructure_source
