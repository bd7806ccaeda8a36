#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {
const char* kSelect =
    "SELECT d.diagram_id, d.region_id, d.agency_id, a.name, a.short_name, d.submitted_on, d.file_sha256, d.note, "
    "d.submitted_by, d.created_at FROM lan_diagrams d JOIN agencies a ON a.agency_id = d.agency_id ";

LanDiagram from_row(const db::Row& r) {
  return {r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8), r.text(9)};
}
}  // namespace

std::vector<LanDiagram> list_lan_diagrams(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelect) + "WHERE d.region_id = ?";
  db::Params params{region_id};
  if (agency_id) sql += " AND d.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY d.submitted_on DESC, d.diagram_id DESC";
  std::vector<LanDiagram> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

int64_t insert_lan_diagram(db::Connection& c, LanDiagram& d) {
  d.id = c.query("INSERT INTO lan_diagrams (region_id, agency_id, submitted_on, file_sha256, note, submitted_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING diagram_id",
                 {d.region_id, d.agency_id, d.submitted_on, d.file_sha256, d.note, d.submitted_by, d.created_at})
             .at(0)
             .int64(0);
  return d.id;
}

}  // namespace simpul::modules::infrastructure
