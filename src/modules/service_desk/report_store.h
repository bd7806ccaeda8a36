#pragma once
// SQL for the service desk's reports. Every figure is aggregated by the database over the
// tickets opened in the range (the index on region_id, opened_at), so a report stays quick on
// a million tickets; only the periodic spreadsheet lists the tickets of its one month.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/service_desk/report_rules.h"
#include "modules/tickets/model.h"

namespace simpul::service_desk {

struct ReportScope {
  std::string region_id;
  std::string from_utc, to_utc;  // tickets opened in [from, to)
  std::string now;               // unanswered or unresolved tickets past due by now count as breached
  std::optional<int64_t> agency_id;
};

enum class Grouping { agency, tier, service };

struct GroupCounts {
  std::string key, label;  // label: the agency's or service's name, the tier's word; "" for tickets without a service
  ReportCounts counts;
};

std::vector<GroupCounts> grouped_counts(db::Connection& c, const ReportScope& scope, Grouping grouping);
ReportCounts total_counts(db::Connection& c, const ReportScope& scope);
// The tickets opened in the range, oldest first, with the fields their SLA clocks need.
std::vector<modules::tickets::Ticket> tickets_opened(db::Connection& c, const ReportScope& scope);

}  // namespace simpul::service_desk
