#pragma once
// The service desk tickets of the demo region (Kota Madiun): a history of complaints,
// incidents, problems, requests and changes (Perwali Madiun 39/2021 Pasal 39 ayat (3)) handled
// at the agencies' Tier 1, some escalated to Tier 2 at the ICT office, some waiting for their
// reporter, most resolved and closed with replies the reporter can read (Pasal 39 ayat (7)-(11);
// the public complaint channel, Pasal 23 ayat (4) huruf h). Every ticket is opened as the service
// desk opens one and every later step is an event with its audit entry, in order, so the ticket
// pages, queues, SLA clocks, reports and `simpul audit verify` all hold. `options.tickets` sets
// how many (40 by default; a million for the benchmark, written in batches of one transaction
// each). Deterministic from the seed, except the audit entries' own times.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

// Adds options.tickets tickets to the database's demo region, opened over the last two months
// (longer for large numbers: about a thousand a day) and carried forward to today.
void add_demo_tickets(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
