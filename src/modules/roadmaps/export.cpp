#include "modules/roadmaps/export.h"

#include "export/xlsx.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::roadmaps {

namespace {
using xlsx::Cell;
Cell text(const std::string& s) { return s.empty() ? Cell{} : Cell{s}; }
Cell number(int64_t n) { return Cell{n}; }

const char* planned_label(const std::string& s) { return s == "planned" ? "Direncanakan" : "Tidak direncanakan"; }
const char* actual_label(const std::string& s) {
  if (s == "in_progress") return "Berjalan";
  if (s == "done") return "Selesai";
  if (s == "delayed") return "Terlambat";
  if (s == "cancelled") return "Dibatalkan";
  return "Belum dimulai";
}
const char* status_label(const std::string& s) {
  if (s == "enacted") return "Ditetapkan";
  if (s == "superseded") return "Digantikan";
  return "Draf";
}
}  // namespace

std::string workbook(const Roadmap& r, const std::vector<Activity>& activities, const std::vector<Monitoring>& monitoring,
                     const std::vector<Change>& changes) {
  xlsx::Sheet roadmap{"Peta Rencana", {"ID", "Judul", "Tahun Mulai", "Tahun Akhir", "Status", "Nomor Keputusan", "Tanggal Keputusan"}, {}, {}};
  roadmap.rows.push_back({number(r.id), text(r.title), number(r.start_year), number(r.end_year), text(status_label(r.status)),
                          text(r.decree_number), text(r.decree_date)});

  xlsx::Sheet acts{"Kegiatan", {"ID", "Program", "Kegiatan", "Cakupan", "Kode Cakupan", "Perangkat Daerah", "Uraian"}, {}, {}};
  xlsx::Sheet years{"Target per Tahun", {"ID Kegiatan", "Program", "Kegiatan", "Tahun", "Target", "Rencana", "Realisasi"}, {}, {}};
  for (const auto& a : activities) {
    acts.rows.push_back({number(a.id), text(a.program), text(a.name), text(area_label(a.area).id), text(a.area),
                         text(a.owner_agency_name), text(a.description)});
    for (const auto& y : a.years)
      years.rows.push_back({number(a.id), text(a.program), text(a.name), number(y.year), text(y.target),
                            text(planned_label(y.planned_status)), text(actual_label(y.actual_status))});
  }

  xlsx::Sheet monitor{"Pemantauan", {"Tahun", "Tanggal", "Ringkasan", "Temuan", "Dicatat oleh"}, {}, {}};
  for (const auto& m : monitoring)
    monitor.rows.push_back({number(m.year), text(m.date), text(m.summary), text(m.findings), text(m.recorded_by)});

  xlsx::Sheet log{"Perubahan", {"Waktu", "Tindakan", "ID Kegiatan", "Isian", "Alasan", "Pasal", "Catatan", "Nomor Keputusan",
                                "Tanggal Keputusan", "Oleh"}, {}, {}};
  for (const auto& c : changes) {
    std::string fields;
    for (const auto& f : c.fields) fields += (fields.empty() ? "" : ", ") + f;
    log.rows.push_back({text(c.changed_at), text(c.action), c.activity_id ? number(*c.activity_id) : Cell{}, text(fields),
                        text(c.reason), text(c.article), text(c.note), text(c.decree_number), text(c.decree_date),
                        text(c.changed_by)});
  }
  return xlsx::write_workbook({roadmap, acts, years, monitor, log});
}

}  // namespace simpul::modules::roadmaps
