#include "modules/self_sufficiency/store.h"

namespace simpul::modules::self_sufficiency {

namespace {
const char* kSelect =
    "SELECT s.assessment_id, s.region_id, s.agency_id, a.name, s.status, s.criteria, s.note, s.assessed_by, s.assessed_at, "
    "s.proposed_by, s.proposed_at, s.decided_by, s.decided_at, s.decree_number, s.decree_date, s.decision_note, "
    "s.version, s.created_at, s.updated_at FROM self_sufficiency_assessments s JOIN agencies a ON a.agency_id = s.agency_id ";

using db::text_or_empty;
using db::value_of;

Assessment from_row(const db::Row& r) {
  Assessment a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.agency_id = r.int64(2);
  a.agency_name = r.text(3);
  a.status = r.text(4);
  for (const auto& j : nlohmann::json::parse(r.text(5)))
    a.criteria.push_back({j.at("key").get<std::string>(), j.at("met").get<bool>(), j.value("note", "")});
  a.note = r.text(6);
  a.assessed_by = r.text(7);
  a.assessed_at = r.text(8);
  a.proposed_by = text_or_empty(r, 9);
  a.proposed_at = text_or_empty(r, 10);
  a.decided_by = text_or_empty(r, 11);
  a.decided_at = text_or_empty(r, 12);
  a.decree_number = text_or_empty(r, 13);
  a.decree_date = text_or_empty(r, 14);
  a.decision_note = text_or_empty(r, 15);
  a.version = r.int64(16);
  a.created_at = r.text(17);
  a.updated_at = r.text(18);
  return a;
}

std::string criteria_text(const Assessment& a) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& j : a.criteria) out.push_back({{"key", j.key}, {"met", j.met}, {"note", j.note}});
  return out.dump();
}
}  // namespace

std::vector<Assessment> list(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                             const std::string& status) {
  std::string sql = std::string(kSelect) + "WHERE s.region_id = ?";
  std::vector<db::Value> params{region_id};
  if (agency_id) sql += " AND s.agency_id = ?", params.push_back(*agency_id);
  if (!status.empty()) sql += " AND s.status = ?", params.push_back(status);
  sql += " ORDER BY s.assessment_id DESC";
  std::vector<Assessment> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Assessment> find(db::Connection& c, const std::string& region_id, int64_t assessment_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE s.region_id = ? AND s.assessment_id = ?", {region_id, assessment_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool has_open(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  return !c.query("SELECT 1 FROM self_sufficiency_assessments WHERE region_id = ? AND agency_id = ? "
                  "AND status IN ('assessed', 'proposed')",
                  {region_id, agency_id})
              .empty();
}

int64_t insert(db::Connection& c, Assessment& a) {
  a.id = c.query("INSERT INTO self_sufficiency_assessments (region_id, agency_id, status, criteria, note, assessed_by, "
                 "assessed_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING assessment_id",
                 {a.region_id, a.agency_id, a.status, criteria_text(a), a.note, a.assessed_by, a.assessed_at, a.version,
                  a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update(db::Connection& c, const Assessment& a, int64_t expected_version) {
  return !c.query("UPDATE self_sufficiency_assessments SET status = ?, proposed_by = ?, proposed_at = ?, decided_by = ?, "
                  "decided_at = ?, decree_number = ?, decree_date = ?, decision_note = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND assessment_id = ? AND version = ? RETURNING assessment_id",
                  {a.status, value_of(a.proposed_by), value_of(a.proposed_at), value_of(a.decided_by),
                   value_of(a.decided_at), value_of(a.decree_number), value_of(a.decree_date), value_of(a.decision_note),
                   a.version, a.updated_at, a.region_id, a.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::self_sufficiency
