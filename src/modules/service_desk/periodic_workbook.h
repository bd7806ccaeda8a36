#pragma once
// The periodic report of the service desk to the ICT office as a spreadsheet (Probolinggo
// Pasal 27 ayat (6): the service desk reports periodically to the Dinas): a summary with the
// region, the month and the regulation it answers, the figures per agency and per service,
// and the tickets opened in the month with their SLA states. Headers in Bahasa Indonesia.
#include <string>
#include <vector>

#include "export/xlsx.h"
#include "modules/service_desk/report_rules.h"

namespace simpul::service_desk {

struct PeriodicTicket {
  std::string number, kind, title, agency, service, priority, status, tier, opened_at;
  std::string response_state, resolution_state;  // met | breached | running | paused
};

struct PeriodicReport {
  std::string region_name, month, agency_name;  // agency_name empty: every agency
  std::string citation, basis;                  // "Perwali … Pasal 27 ayat (6)" and the article's text
  std::string generated_at;
  ReportCounts totals;
  std::vector<std::pair<std::string, ReportCounts>> by_agency, by_service;  // label, counts
  std::vector<PeriodicTicket> tickets;
};

std::vector<xlsx::Sheet> periodic_sheets(const PeriodicReport& report);

}  // namespace simpul::service_desk
