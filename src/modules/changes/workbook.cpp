#include "modules/changes/workbook.h"

#include "export/xlsx.h"
#include "modules/changes/rules.h"
#include "modules/changes/window.h"

namespace simpul::modules::changes {

std::string workbook_of(const std::vector<Change>& changes, const std::vector<std::vector<Step>>& steps, int offset) {
  xlsx::Sheet sheet{"Permintaan Perubahan",
                    {"Nomor", "Judul", "Perangkat Daerah", "Sasaran", "Nama Sasaran", "Jenis", "Tingkat Risiko", "Tahap",
                     "Mulai (waktu setempat)", "Selesai (waktu setempat)", "Alasan", "Dampak", "Rencana Pengembalian",
                     "Pelaksana", "Keputusan", "Diputuskan oleh", "Diimplementasikan", "Hasil", "Pelajaran"},
                    {},
                    {}};
  xlsx::Sheet step_sheet{"Langkah", {"Nomor", "Langkah", "Dari Tahap", "Ke Tahap", "Catatan", "Oleh", "Waktu (UTC)"}, {}, {}};
  for (size_t i = 0; i < changes.size(); ++i) {
    const auto& c = changes[i];
    sheet.rows.push_back({c.number, c.title, c.agency_name, c.target_kind, c.target_label, c.change_type, c.risk_level,
                          stage_label(c.stage).id, local_date_time(c.planned_start, offset),
                          local_date_time(c.planned_end, offset), c.reason, c.impact, c.rollback_plan, c.implementer,
                          c.decision, c.decided_by_name,
                          c.implemented_at.empty() ? "" : local_date_time(c.implemented_at, offset), c.result, c.lessons});
    if (i < steps.size())
      for (const auto& s : steps[i])
        step_sheet.rows.push_back({c.number, s.action, stage_label(s.from_stage).id, stage_label(s.to_stage).id, s.note,
                                   s.by_name, s.at});
  }
  return xlsx::write_workbook({sheet, step_sheet});
}

}  // namespace simpul::modules::changes
