#include "modules/complaints/store.h"

#include <algorithm>
#include <tuple>

namespace simpul::modules::complaints {

nlohmann::json complaint_options(db::Connection& c, const std::string& region_id) {
  auto region = c.query("SELECT name FROM regions WHERE region_id = ?", {region_id});
  nlohmann::json agencies = nlohmann::json::array();
  for (auto& row : c.query("SELECT agency_id, name, short_name FROM agencies WHERE region_id = ? ORDER BY name, agency_id",
                           {region_id}))
    agencies.push_back({{"id", row.int64(0)}, {"name", row.take_text(1)}, {"short_name", row.take_text(2)}});
  nlohmann::json services = nlohmann::json::array();
  for (auto& row : c.query("SELECT service_id, name, owner_agency_id FROM services WHERE region_id = ? AND kind = 'public' "
                           "AND status = 'active' ORDER BY name, service_id",
                           {region_id}))
    services.push_back({{"id", row.int64(0)}, {"name", row.take_text(1)}, {"agency_id", row.int64(2)}});
  return {{"region", {{"name", region.empty() ? std::string() : region[0].text(0)}}},
          {"agencies", std::move(agencies)},
          {"services", std::move(services)}};
}

std::optional<int64_t> owner_of_public_service(db::Connection& c, const std::string& region_id, int64_t service_id) {
  auto rows = c.query("SELECT owner_agency_id FROM services WHERE region_id = ? AND service_id = ? AND kind = 'public' "
                      "AND status = 'active'",
                      {region_id, service_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].int64(0);
}

bool agency_exists(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  return !c.query("SELECT 1 FROM agencies WHERE region_id = ? AND agency_id = ?", {region_id, agency_id}).empty();
}

std::optional<TrackedComplaint> find_by_code_hash(db::Connection& c, const std::string& code_hash) {
  auto rows = c.query("SELECT ticket_id, region_id, status FROM tickets WHERE tracking_code_hash = ?", {code_hash});
  if (rows.empty()) return std::nullopt;
  return TrackedComplaint{rows[0].int64(0), rows[0].take_text(1), rows[0].take_text(2)};
}

namespace {

nlohmann::json nullable(const db::Row& row, size_t i) { return row.is_null(i) ? nlohmann::json(nullptr) : nlohmann::json(row.text(i)); }

// Status changes (not who made them, nor internal reasons) and public comments, oldest first.
nlohmann::json updates_of(db::Connection& c, const TrackedComplaint& t, std::optional<std::string>& resolution) {
  struct Update {
    std::string at;
    int order;  // events before comments at the same instant
    int64_t id;
    nlohmann::json json;
  };
  std::vector<Update> all;
  for (auto& row : c.query("SELECT event_id, at, action, from_status, to_status, reason, actor_user_id FROM ticket_events "
                           "WHERE region_id = ? AND ticket_id = ? ORDER BY event_id",
                           {t.region_id, t.ticket_id})) {
    auto action = row.text(2);
    if (action == "resolve") resolution = row.text(5);
    if (row.is_null(4) || (!row.is_null(3) && row.text(3) == row.text(4))) continue;  // no status change
    nlohmann::json u = {{"at", row.text(1)}, {"kind", "status"}, {"status", row.text(4)},
                        {"from", row.is_null(6) ? "reporter" : "staff"}};
    if (action == "resolve") u["body"] = row.text(5);
    all.push_back({row.text(1), 0, row.int64(0), std::move(u)});
  }
  for (auto& row : c.query("SELECT comment_id, created_at, author_user_id, body FROM ticket_comments "
                           "WHERE region_id = ? AND ticket_id = ? AND visibility = 'public' ORDER BY comment_id",
                           {t.region_id, t.ticket_id}))
    all.push_back({row.text(1), 1, row.int64(0),
                   {{"at", row.text(1)}, {"kind", "reply"}, {"body", row.text(3)}, {"from", row.is_null(2) ? "reporter" : "staff"}}});
  std::stable_sort(all.begin(), all.end(), [](const Update& a, const Update& b) {
    return std::tie(a.at, a.order, a.id) < std::tie(b.at, b.order, b.id);
  });
  nlohmann::json out = nlohmann::json::array();
  for (auto& u : all) out.push_back(std::move(u.json));
  return out;
}

}  // namespace

nlohmann::json public_view(db::Connection& c, const TrackedComplaint& t) {
  auto rows = c.query(
      "SELECT t.number, t.title, t.description, t.status, a.name, s.name, t.opened_at, t.resolved_at "
      "FROM tickets t JOIN agencies a ON a.agency_id = t.agency_id LEFT JOIN services s ON s.service_id = t.service_id "
      "WHERE t.region_id = ? AND t.ticket_id = ?",
      {t.region_id, t.ticket_id});
  if (rows.empty()) return nullptr;
  auto& row = rows[0];
  std::optional<std::string> resolution;
  auto updates = updates_of(c, t, resolution);
  auto status = row.text(3);
  bool done = status == "resolved" || status == "closed";
  return {{"number", row.text(0)},
          {"title", row.text(1)},
          {"description", row.text(2)},
          {"status", status},
          {"agency", {{"name", row.text(4)}}},
          {"service", row.is_null(5) ? nlohmann::json(nullptr) : nlohmann::json{{"name", row.text(5)}}},
          {"opened_at", row.text(6)},
          {"resolved_at", nullable(row, 7)},
          {"resolution", done && resolution ? nlohmann::json(*resolution) : nlohmann::json(nullptr)},
          {"updates", std::move(updates)}};
}

}  // namespace simpul::modules::complaints
