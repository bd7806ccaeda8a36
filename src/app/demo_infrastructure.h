#pragma once
// The SPBE infrastructure of the demo region (Kota Madiun), so the registry has something
// real to show: the Pusat Data and the Pusat Pemulihan Data run by Diskominfo, servers and
// VPS of several agencies (the VPS in the data center, Perwali Madiun 39/2021 Pasal 14 ayat
// (5)), the WAN and three LANs, IP ranges, the region's domain with agency websites under
// the portal (Pasal 21 ayat (2)), LAN diagrams (Pasal 20: one agency's is more than a year
// old) and reported backups (Pasal 16). Fixed content; dates relative to the day the demo is
// made. Agencies a small demo lacks are skipped. Diagram files are recorded (name, type,
// size, hash) without their content.
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul {

// files_dir: where the demo LAN diagrams' bytes go (empty: their rows only).
void add_demo_infrastructure(db::Connection& c, const audit::Context& ctx, const std::string& region_id,
                             const std::string& files_dir);

}  // namespace simpul
