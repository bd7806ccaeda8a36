#pragma once
// The infrastructure rules that come from the region's regulation, pure (no I/O):
//   - placement: a VPS is provided in the data center (Perwali Madiun 39/2021 Pasal 14 ayat
//     (5), Perbup OKI 32/2022 Pasal 12 ayat (9)); where the profile says so every server is
//     (OKI Pasal 12 ayat (7)); backups go to the data center (Madiun Pasal 16 ayat (1), OKI
//     Pasal 13 ayat (1), Batam Pasal 17, Kendari Pasal 22 ayat (5));
//   - PD Mandiri TIK (Madiun Pasal 45; Pasal 14 ayat (4), Pasal 18 ayat (6) huruf b-c): in a
//     region with PD Mandiri TIK, only a self-sufficient agency runs its own servers and LAN,
//     the ICT office does it for the others;
//   - LAN diagrams (Madiun Pasal 20 ayat (1), OKI Pasal 21 ayat (1), Batam Pasal 21): every
//     agency submits its current LAN diagram at least once a year; an agency whose latest
//     submission is older than that is stale.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"
#include "modules/infrastructure/cidr.h"
#include "profiles/model.h"
#include "profiles/period.h"

namespace simpul::modules::infrastructure {

inline const std::set<std::string> kFacilityKinds{"data_center", "recovery_center"};
inline const std::set<std::string> kHostKinds{"physical_server", "virtual_machine", "vps"};
inline const std::set<std::string> kHostStatuses{"active", "retired"};
inline const std::set<std::string> kNetworkKinds{"wan", "lan"};
inline const std::set<std::string> kBackupKinds{"full", "incremental"};
inline const std::set<std::string> kBackupResults{"ok", "failed"};

// The citation ("Perwali Madiun 39/2021 Pasal 14 ayat (5)") of the profile's placement rule
// that puts `what` in `where`; nothing when the profile has none.
std::optional<std::string> placement_citation(const simpul::profiles::Profile* profile, const std::string& what,
                                              const std::string& where);

// Why a host of `host_kind` may not sit in a facility of `facility_kind` (nothing: none
// chosen); nothing when it may. A VPS must be in the data center where the profile places
// virtual_private_server there; any host where it places every server there. Retired hosts
// are not checked (they run nowhere).
std::optional<Text> host_placement_problem(const simpul::profiles::Profile* profile, const std::string& host_kind,
                                           const std::string& status, const std::optional<std::string>& facility_kind);

// Why a backup kept in a facility of `facility_kind` (nothing: none chosen) breaks the
// profile's data_backup placement; nothing when the profile has no such rule or it is kept
// in the data center.
std::optional<Text> backup_location_problem(const simpul::profiles::Profile* profile,
                                            const std::optional<std::string>& facility_kind);

// Why a host's address breaks the profile's placement of ip_address in the
// ict_office_address_space ("Komputer yang terhubung ... menggunakan IP yang dikelola oleh
// Diskominfo", Perbup OKI 32/2022 Pasal 20 ayat (1)): it lies in none of the ranges the ICT
// office allocated in the region. Nothing when it does, or the profile has no such rule.
std::optional<Text> address_problem(const simpul::profiles::Profile* profile, const IpAddress& address,
                                    const std::vector<Cidr>& allocated);

// What PD Mandiri TIK lets an agency do itself (profile `grants`).
enum class SelfManaged { servers, lan };

// Why an agency operator may not register or change their agency's hosts (servers) or LAN
// (lan) themselves; nothing when they may. No PD Mandiri TIK in the profile: they may. With
// it: the ICT office agency may, and an agency that is PD Mandiri TIK when the profile grants
// manage_servers / manage_lan; any other agency is refused, citing the article.
std::optional<Text> self_management_refusal(const simpul::profiles::Profile* profile, SelfManaged what,
                                            bool agency_is_ict_office, bool agency_is_self_sufficient);

// How often the profile wants a LAN diagram (its periodic_submission of lan_diagram), P1Y
// when it says nothing; and the citation of that rule, empty when there is none.
simpul::profiles::Period lan_diagram_period(const simpul::profiles::Profile* profile);
std::string lan_diagram_citation(const simpul::profiles::Profile* profile);

// The latest diagram (YYYY-MM-DD) is stale on `today` when `period` after it is before
// today: submitted 2025-03-01 with P1Y is current up to and including 2026-03-01.
bool lan_diagram_stale(const std::string& latest, const std::string& today, const simpul::profiles::Period& period);
// The day by which the next diagram is due.
std::string lan_diagram_due(const std::string& latest, const simpul::profiles::Period& period);

// Uptime commitments are kept in hundredths of a percent (99.5 % → 9950): a number
// 0-100 with at most two decimals; nothing when it is not one.
std::optional<int64_t> uptime_basis_points(double percent);

}  // namespace simpul::modules::infrastructure
