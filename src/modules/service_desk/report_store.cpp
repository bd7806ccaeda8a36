#include "modules/service_desk/report_store.h"

namespace simpul::service_desk {

namespace {

// The counts of ReportCounts, in its order. Bound values: the end of the range twice, now twice.
const char* kCounts =
    "COUNT(*), "
    "COALESCE(SUM(CASE WHEN t.resolved_at IS NOT NULL AND t.resolved_at < ? THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.resolved_at IS NULL OR t.resolved_at >= ? THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.first_response_at IS NOT NULL OR t.response_due_at < ? THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.first_response_at IS NOT NULL AND t.first_response_at <= t.response_due_at THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.resolved_at IS NOT NULL OR (t.status <> 'waiting_reporter' AND t.resolution_due_at < ?) "
    "THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.resolved_at IS NOT NULL AND t.resolved_at <= t.resolution_due_at THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN t.escalated <> 0 THEN 1 ELSE 0 END), 0) ";

db::Params count_params(const ReportScope& s) { return {s.to_utc, s.to_utc, s.now, s.now}; }

std::string where_clause(const ReportScope& s, db::Params& params) {
  std::string sql = "WHERE t.region_id = ? AND t.opened_at >= ? AND t.opened_at < ? ";
  params.push_back(s.region_id);
  params.push_back(s.from_utc);
  params.push_back(s.to_utc);
  if (s.agency_id) {
    sql += "AND t.agency_id = ? ";
    params.push_back(*s.agency_id);
  }
  return sql;
}

ReportCounts counts_from(const db::Row& r, int first) {
  return {r.int64(first),     r.int64(first + 1), r.int64(first + 2), r.int64(first + 3),
          r.int64(first + 4), r.int64(first + 5), r.int64(first + 6), r.int64(first + 7)};
}

}  // namespace

std::vector<GroupCounts> grouped_counts(db::Connection& c, const ReportScope& scope, Grouping grouping) {
  std::string key, label, join, order;
  switch (grouping) {
    case Grouping::agency:
      key = "t.agency_id", label = "a.name", join = "JOIN agencies a ON a.agency_id = t.agency_id ", order = "a.name";
      break;
    case Grouping::tier:
      key = "t.tier", label = "t.tier", order = "t.tier";
      break;
    case Grouping::service:
      key = "t.service_id", label = "s.name", join = "LEFT JOIN services s ON s.service_id = t.service_id ",
      order = "s.name";
      break;
  }
  db::Params params = count_params(scope);
  std::string sql = "SELECT " + key + ", " + label + ", " + kCounts + "FROM tickets t " + join + where_clause(scope, params) +
                    "GROUP BY " + key + (label == key ? "" : ", " + label) + " ORDER BY " + order;
  std::vector<GroupCounts> out;
  for (const auto& row : c.query(sql, params)) {
    GroupCounts g;
    if (!row.is_null(0)) g.key = grouping == Grouping::tier ? row.text(0) : std::to_string(row.int64(0));
    if (!row.is_null(1)) g.label = row.text(1);
    g.counts = counts_from(row, 2);
    out.push_back(g);
  }
  return out;
}

ReportCounts total_counts(db::Connection& c, const ReportScope& scope) {
  db::Params params = count_params(scope);
  std::string sql = std::string("SELECT ") + kCounts + "FROM tickets t " + where_clause(scope, params);
  return counts_from(c.query(sql, params).at(0), 0);
}

std::vector<modules::tickets::Ticket> tickets_opened(db::Connection& c, const ReportScope& scope) {
  db::Params params;
  std::string sql =
      "SELECT t.ticket_id, t.number, t.kind, t.title, t.agency_id, a.name, s.name, t.priority, t.status, t.tier, "
      "t.escalated, t.opened_at, t.first_response_at, t.resolved_at, t.response_due_at, t.resolution_due_at, "
      "t.paused_since, t.paused_minutes FROM tickets t JOIN agencies a ON a.agency_id = t.agency_id "
      "LEFT JOIN services s ON s.service_id = t.service_id " +
      where_clause(scope, params) + "ORDER BY t.opened_at, t.ticket_id";
  auto optional_text = [](const db::Row& r, int i) { return r.is_null(i) ? std::nullopt : std::optional(r.text(i)); };
  std::vector<modules::tickets::Ticket> out;
  for (const auto& r : c.query(sql, params)) {
    modules::tickets::Ticket t;
    t.id = r.int64(0);
    t.region_id = scope.region_id;
    t.number = r.text(1);
    t.kind = r.text(2);
    t.title = r.text(3);
    t.agency_id = r.int64(4);
    t.agency_name = r.text(5);
    t.service_name = r.is_null(6) ? "" : r.text(6);
    t.priority = r.text(7);
    t.status = r.text(8);
    t.tier = r.text(9);
    t.escalated = r.int64(10) != 0;
    t.opened_at = r.text(11);
    t.first_response_at = optional_text(r, 12);
    t.resolved_at = optional_text(r, 13);
    t.response_due_at = r.text(14);
    t.resolution_due_at = r.text(15);
    t.paused_since = optional_text(r, 16);
    t.paused_minutes = r.int64(17);
    out.push_back(t);
  }
  return out;
}

}  // namespace simpul::service_desk
