#pragma once
// The SPBE services of the demo region (Kota Madiun) and the links between the SPBE elements,
// so the registry and the impact view have something real to show: public and administrative
// services (Perwali Madiun 39/2021 Pasal 27-29), one integrated across agencies and coordinated
// with the Dinas, one awaiting that coordination (Pasal 30 ayat (3)), and the chain
// service → application → dataset → host → network / data center. Made last: it links to the
// demo applications, datasets and infrastructure, found by their codes and names; an element a
// demo lacks is skipped with its links. Fixed content, the same demo every time.
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul {

void add_demo_services(db::Connection& c, const audit::Context& ctx, const std::string& region_id);

}  // namespace simpul
