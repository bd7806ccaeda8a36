#pragma once
// The suggestion rules (pure): from what Simpul's records show for a campaign's year (the
// facts, loaded by suggestion_facts.h) to the level a rule proposes and the reasons, in both
// languages. Each rule climbs the indicator's scale one level at a time and stops at the
// first level whose criteria the records do not clearly show: the proposal is the highest
// level shown, never more, and its last reason says what the next level needs. Where no
// record can show a level (continuous improvement, mostly), the rule stops and says that the
// assessors judge it. The thresholds and criteria per rule: docs/evaluation-contract.md.
#include <cstdint>
#include <string>
#include <vector>

#include "core/lang.h"

namespace simpul::modules::evaluation {

// How many of the region's agencies (perangkat daerah) show something.
struct Coverage {
  int64_t with = 0;
  int64_t of = 0;
  bool some() const { return with > 0; }
  bool all() const { return of > 0 && with >= of; }
};

// Arsitektur SPBE (11): the enacted architecture covering the year.
struct ArchitectureFacts {
  bool enacted = false;
  int64_t domains_described = 0;    // of the six architecture domains
  int64_t domains_coordinated = 0;  // of the six, with a coordinating agency
  int64_t reviews = 0;              // reviews recorded up to the year's end
  int64_t revisions_by_decree = 0;  // reviews followed by a decree (the architecture revised)
};

// Peta Rencana SPBE (12): the enacted roadmap covering the year.
struct RoadmapFacts {
  bool enacted = false;
  int64_t areas_planned = 0;        // of the seven areas, with an activity for the year
  int64_t monitoring_records = 0;   // annual monitoring of the year or the year before
  int64_t changes_after_monitoring = 0;  // changes with a reason recorded after a monitoring
};

// The ICT audits of one scope (29 infrastructure, 30 application, 31 security).
struct AuditFacts {
  int64_t objects = 0;          // active audit objects of the scope
  int64_t overdue = 0;          // of them, past their due date (ict_audits::due_status)
  int64_t done = 0;             // audits completed up to the year's end
  int64_t done_in_year = 0;
  int64_t reported = 0;         // of the done ones, reported to the region head
  int64_t findings = 0;         // findings of the done audits
  int64_t findings_closed = 0;
};

// Pembangunan Aplikasi SPBE (15): the application registry.
struct ApplicationFacts {
  int64_t registered = 0;              // applications with their owner agency
  int64_t owner_agencies = 0;
  int64_t in_production = 0;
  int64_t production_with_documents = 0;
  AuditFacts audits;                   // application audits: measured on schedule
};

// Layanan Pusat Data (16).
struct DataCenterFacts {
  int64_t data_centers = 0;
  int64_t recovery_centers = 0;
  int64_t active_hosts = 0;
  int64_t hosts_placed = 0;     // active hosts placed in a data centre or recovery centre
  int64_t backups_ok = 0;       // successful backups done in the year
};

// Layanan Jaringan Intra (17).
struct NetworkFacts {
  int64_t wan = 0;
  Coverage lan;           // agencies with a LAN (network or submitted diagram)
  Coverage diagrams;      // agencies that submitted a LAN diagram
  Coverage diagrams_in_year;
};

// Penggunaan Sistem Penghubung Layanan (18): links between applications and other elements.
struct LinkFacts {
  int64_t links = 0;      // element links with an application at one end
  Coverage linked;        // agencies owning production applications, of which some application is linked
};

// Penerapan Manajemen Risiko (21).
struct RiskFacts {
  Coverage registers;     // agencies with risks or a risk context for the year
  Coverage reviewed;      // agencies with a submitted monitoring report for the year
  Coverage improved;      // agencies with a risk re-assessed lower after treatment
};

// Penerapan Manajemen Layanan (28): the service desk (tickets other than complaints).
struct ServiceDeskFacts {
  Coverage agencies;      // agencies with tickets opened in the year
  int64_t tickets = 0;
  int64_t sla_targets = 0;
  int64_t resolved = 0;
  int64_t resolved_on_time = 0;
};

// Layanan Pengaduan Pelayanan Publik (42): public complaints opened in the year.
struct ComplaintFacts {
  int64_t complaints = 0;
  int64_t tracked = 0;          // filed on the public portal, followed with a tracking code
  int64_t agencies = 0;         // agencies the complaints were routed to
  int64_t answered = 0;
  int64_t answered_on_time = 0;
  int64_t resolved = 0;
  int64_t resolved_on_time = 0;
};

struct Proposal {
  int level = 1;
  std::vector<Text> reasons;
};

// The share of timely work a level 4 ("measured") asks for, in percent.
inline constexpr int64_t kOnTimePercent = 90;

Proposal propose_architecture(const ArchitectureFacts& f);
Proposal propose_roadmap(const RoadmapFacts& f);
Proposal propose_application_registry(const ApplicationFacts& f);
Proposal propose_data_centers(const DataCenterFacts& f);
Proposal propose_intra_network(const NetworkFacts& f);
Proposal propose_service_links(const LinkFacts& f);
Proposal propose_risk_registers(const RiskFacts& f);
Proposal propose_service_desk(const ServiceDeskFacts& f);
// `scope`: the audit scope in words, e.g. {"infrastruktur", "infrastructure"}.
Proposal propose_audits(const AuditFacts& f, const Text& scope);
Proposal propose_complaint_channel(const ComplaintFacts& f);

}  // namespace simpul::modules::evaluation
