#include "modules/service_desk/periodic_workbook.h"

#include "modules/service_desk/calendar_rules.h"

namespace simpul::service_desk {

namespace {

const std::vector<std::string> kFigureHeader{"Dibuka", "Diselesaikan", "Tunggakan akhir bulan", "Respons tepat waktu (%)",
                                             "Penyelesaian tepat waktu (%)", "Eskalasi (%)"};

std::vector<xlsx::Cell> figures(const ReportCounts& c) {
  return {c.opened,
          c.resolved,
          c.backlog,
          percentage_text(percentage(c.response_met, c.response_measured)),
          percentage_text(percentage(c.resolution_met, c.resolution_measured)),
          percentage_text(percentage(c.escalated, c.opened))};
}

xlsx::Sheet figures_sheet(const std::string& name, const std::string& first_column,
                          const std::vector<std::pair<std::string, ReportCounts>>& groups) {
  xlsx::Sheet sheet{name, {first_column}, {}, {}};
  sheet.header.insert(sheet.header.end(), kFigureHeader.begin(), kFigureHeader.end());
  for (const auto& [label, counts] : groups) {
    std::vector<xlsx::Cell> row{label};
    auto values = figures(counts);
    row.insert(row.end(), values.begin(), values.end());
    sheet.rows.push_back(row);
  }
  return sheet;
}

}  // namespace

std::vector<xlsx::Sheet> periodic_sheets(const PeriodicReport& r) {
  xlsx::Sheet summary{"Ringkasan", {"Keterangan", "Nilai"}, {}, {}};
  auto line = [&](const std::string& label, xlsx::Cell value) { summary.rows.push_back({label, value}); };
  line("Daerah", r.region_name);
  line("Bulan", r.month);
  line("Perangkat daerah", r.agency_name.empty() ? std::string("Semua perangkat daerah") : r.agency_name);
  line("Dasar hukum", r.citation);
  line("Ketentuan", r.basis);
  line("Dibuat pada", r.generated_at);
  auto values = figures(r.totals);
  for (size_t i = 0; i < kFigureHeader.size(); ++i) line(kFigureHeader[i], values[i]);

  xlsx::Sheet tickets{"Tiket",
                      {"Nomor", "Jenis", "Judul", "Perangkat daerah", "Layanan", "Prioritas", "Status", "Tingkat",
                       "Dibuka (UTC)", "SLA respons", "SLA penyelesaian"},
                      {},
                      {}};
  for (const auto& t : r.tickets)
    tickets.rows.push_back({t.number, t.kind, t.title, t.agency, t.service, t.priority, t.status, t.tier, t.opened_at,
                            t.response_state, t.resolution_state});
  return {summary, figures_sheet("Per perangkat daerah", "Perangkat daerah", r.by_agency),
          figures_sheet("Per layanan", "Layanan", r.by_service), tickets};
}

}  // namespace simpul::service_desk
