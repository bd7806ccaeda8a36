#include "modules/infrastructure/store.h"
#include "modules/infrastructure/store_support.h"

namespace simpul::modules::infrastructure {

namespace {
using namespace store_support;

const char* kSelect =
    "SELECT b.backup_id, b.region_id, b.agency_id, a.name, a.short_name, b.host_id, h.name, b.subject, b.done_on, b.kind, "
    "b.facility_id, f.name, f.kind, b.location_note, b.result, b.note, b.reported_by, b.created_at "
    "FROM backups b JOIN agencies a ON a.agency_id = b.agency_id LEFT JOIN hosts h ON h.host_id = b.host_id "
    "LEFT JOIN facilities f ON f.facility_id = b.facility_id ";

Backup from_row(const db::Row& r) {
  Backup b;
  b.id = r.int64(0);
  b.region_id = r.text(1);
  b.agency_id = r.int64(2);
  b.agency_name = r.text(3);
  b.agency_short_name = r.text(4);
  b.host_id = id_or_none(r, 5);
  b.host_name = text_or_empty(r, 6);
  b.subject = r.text(7);
  b.done_on = r.text(8);
  b.kind = r.text(9);
  b.facility_id = id_or_none(r, 10);
  b.facility_name = text_or_empty(r, 11);
  b.facility_kind = text_or_empty(r, 12);
  b.location_note = r.text(13);
  b.result = r.text(14);
  b.note = r.text(15);
  b.reported_by = r.text(16);
  b.created_at = r.text(17);
  return b;
}
}  // namespace

std::vector<Backup> list_backups(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelect) + "WHERE b.region_id = ?";
  db::Params params{region_id};
  if (agency_id) sql += " AND b.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY b.done_on DESC, b.backup_id DESC";
  std::vector<Backup> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

int64_t insert_backup(db::Connection& c, Backup& b) {
  b.id = c.query("INSERT INTO backups (region_id, agency_id, host_id, subject, done_on, kind, facility_id, location_note, "
                 "result, note, reported_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING backup_id",
                 {b.region_id, b.agency_id, value_of(b.host_id), b.subject, b.done_on, b.kind, value_of(b.facility_id),
                  b.location_note, b.result, b.note, b.reported_by, b.created_at})
             .at(0)
             .int64(0);
  return b.id;
}

}  // namespace simpul::modules::infrastructure
