#include "db/like.h"
#include "modules/business_processes/store.h"

#include <cctype>

namespace simpul::modules::business_processes {

namespace {
const char* kSelect =
    "SELECT p.process_id, p.region_id, p.agency_id, a.name, a.short_name, p.code, p.name, p.description, p.purpose, "
    "p.outputs, p.kind, p.architecture_id, ar.start_year, ar.end_year, ar.status, ar.title, p.steps, p.related_services, "
    "p.related_applications, p.status, p.submitted_by, p.submitted_at, p.coordinated_by, p.coordinated_at, "
    "p.coordination_note, p.returned_by, p.returned_at, p.return_reason, p.version, p.created_at, p.updated_at "
    "FROM business_processes p JOIN agencies a ON a.agency_id = p.agency_id "
    "LEFT JOIN architectures ar ON ar.architecture_id = p.architecture_id ";

const char* kSelectLink =
    "SELECT link_id, region_id, from_process_id, to_process_id, kind, note, created_by, created_at "
    "FROM business_process_links ";

using db::text_or_empty;
using db::value_of;

std::vector<std::string> names_from(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& n : nlohmann::json::parse(text)) out.push_back(n.get<std::string>());
  return out;
}

std::string steps_text(const BusinessProcess& p) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : p.steps) out.push_back({{"name", s.name}, {"responsible", s.responsible}});
  return out.dump();
}

BusinessProcess from_row(const db::Row& r) {
  BusinessProcess p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  p.agency_id = r.int64(2);
  p.agency_name = r.text(3);
  p.agency_short_name = r.text(4);
  p.code = r.text(5);
  p.name = r.text(6);
  p.description = r.text(7);
  p.purpose = r.text(8);
  p.outputs = r.text(9);
  p.kind = r.text(10);
  if (!r.is_null(11)) {
    p.architecture_id = r.int64(11);
    if (!r.is_null(12)) p.architecture = ArchitectureRef{r.int64(11), r.text(15), r.int64(12), r.int64(13), r.text(14)};
  }
  for (const auto& s : nlohmann::json::parse(r.text(16)))
    p.steps.push_back({s.at("name").get<std::string>(), s.at("responsible").get<std::string>()});
  p.related_services = names_from(r.text(17));
  p.related_applications = names_from(r.text(18));
  p.status = r.text(19);
  p.submitted_by = text_or_empty(r, 20);
  p.submitted_at = text_or_empty(r, 21);
  p.coordinated_by = text_or_empty(r, 22);
  p.coordinated_at = text_or_empty(r, 23);
  p.coordination_note = text_or_empty(r, 24);
  p.returned_by = text_or_empty(r, 25);
  p.returned_at = text_or_empty(r, 26);
  p.return_reason = text_or_empty(r, 27);
  p.version = r.int64(28);
  p.created_at = r.text(29);
  p.updated_at = r.text(30);
  return p;
}

Link link_from_row(const db::Row& r) {
  return {r.int64(0), r.text(1), r.int64(2), r.int64(3), r.text(4), r.text(5), r.text(6), r.text(7)};
}

}  // namespace

std::vector<BusinessProcess> list(db::Connection& c, const std::string& region_id, const Filter& filter) {
  std::string sql = std::string(kSelect) + "WHERE p.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) sql += " AND p.agency_id = ?", params.push_back(*filter.agency_id);
  if (!filter.status.empty()) sql += " AND p.status = ?", params.push_back(filter.status);
  if (!filter.query.empty()) {
    sql += " AND (LOWER(p.code) LIKE ? ESCAPE '\\' OR LOWER(p.name) LIKE ? ESCAPE '\\')";
    auto pattern = db::like_pattern(filter.query);
    params.insert(params.end(), 2, db::Value{pattern});
  }
  sql += " ORDER BY a.name, p.code";
  std::vector<BusinessProcess> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<BusinessProcess> find(db::Connection& c, const std::string& region_id, int64_t process_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE p.region_id = ? AND p.process_id = ?", {region_id, process_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_process_id) {
  return !c.query("SELECT 1 FROM business_processes WHERE region_id = ? AND code = ? AND process_id <> ?",
                  {region_id, code, except_process_id})
              .empty();
}

std::optional<ArchitectureRef> find_architecture(db::Connection& c, const std::string& region_id, int64_t architecture_id) {
  auto rows = c.query("SELECT architecture_id, title, start_year, end_year, status FROM architectures "
                      "WHERE region_id = ? AND architecture_id = ?",
                      {region_id, architecture_id});
  if (rows.empty()) return std::nullopt;
  return ArchitectureRef{rows[0].int64(0), rows[0].text(1), rows[0].int64(2), rows[0].int64(3), rows[0].text(4)};
}

int64_t insert(db::Connection& c, BusinessProcess& p) {
  p.id = c.query("INSERT INTO business_processes (region_id, agency_id, code, name, description, purpose, outputs, kind, "
                 "architecture_id, steps, related_services, related_applications, status, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING process_id",
                 {p.region_id, p.agency_id, p.code, p.name, p.description, p.purpose, p.outputs, p.kind,
                  p.architecture_id ? db::Value{*p.architecture_id} : db::Value{}, steps_text(p),
                  nlohmann::json(p.related_services).dump(), nlohmann::json(p.related_applications).dump(), p.status,
                  p.version, p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

bool update(db::Connection& c, const BusinessProcess& p, int64_t expected_version) {
  return !c.query("UPDATE business_processes SET code = ?, name = ?, description = ?, purpose = ?, outputs = ?, kind = ?, "
                  "architecture_id = ?, steps = ?, related_services = ?, related_applications = ?, status = ?, "
                  "submitted_by = ?, submitted_at = ?, coordinated_by = ?, coordinated_at = ?, coordination_note = ?, "
                  "returned_by = ?, returned_at = ?, return_reason = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND process_id = ? AND version = ? RETURNING process_id",
                  {p.code, p.name, p.description, p.purpose, p.outputs, p.kind,
                   p.architecture_id ? db::Value{*p.architecture_id} : db::Value{}, steps_text(p),
                   nlohmann::json(p.related_services).dump(), nlohmann::json(p.related_applications).dump(), p.status,
                   value_of(p.submitted_by), value_of(p.submitted_at), value_of(p.coordinated_by),
                   value_of(p.coordinated_at), value_of(p.coordination_note), value_of(p.returned_by),
                   value_of(p.returned_at), value_of(p.return_reason), p.version, p.updated_at, p.region_id, p.id,
                   expected_version})
              .empty();
}

std::vector<Link> links(db::Connection& c, const std::string& region_id, std::optional<int64_t> process_id) {
  std::string sql = std::string(kSelectLink) + "WHERE region_id = ?";
  db::Params params{region_id};
  if (process_id) {
    sql += " AND (from_process_id = ? OR to_process_id = ?)";
    params.push_back(*process_id);
    params.push_back(*process_id);
  }
  sql += " ORDER BY link_id";
  std::vector<Link> out;
  for (const auto& r : c.query(sql, params)) out.push_back(link_from_row(r));
  return out;
}

std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  auto rows = c.query(std::string(kSelectLink) + "WHERE region_id = ? AND link_id = ?", {region_id, link_id});
  if (rows.empty()) return std::nullopt;
  return link_from_row(rows[0]);
}

int64_t insert_link(db::Connection& c, Link& l) {
  l.id = c.query("INSERT INTO business_process_links (region_id, from_process_id, to_process_id, kind, note, created_by, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {l.region_id, l.from_process_id, l.to_process_id, l.kind, l.note, l.created_by, l.created_at})
             .at(0)
             .int64(0);
  return l.id;
}

void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  c.execute("DELETE FROM business_process_links WHERE region_id = ? AND link_id = ?", {region_id, link_id});
}

}  // namespace simpul::modules::business_processes
