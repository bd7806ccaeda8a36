#include "modules/risk_reports/store.h"

#include <utility>

namespace simpul::modules::risk_reports {

namespace {

const char* kSelectContext =
    "SELECT x.risk_context_id, x.region_id, x.agency_id, a.name, a.short_name, x.year, x.duties, x.functions, x.goals, "
    "x.structure, x.stakeholders, x.regulations, x.integrity_pact_sha256, x.version, x.created_at, x.updated_at "
    "FROM risk_contexts x JOIN agencies a ON a.agency_id = x.agency_id ";

const char* kSelectReport =
    "SELECT r.risk_report_id, r.region_id, r.agency_id, a.name, a.short_name, r.year, r.period, r.entries, r.summary, "
    "r.recommendations, r.status, r.submitted_at, r.submitted_by, u.display_name, r.version, r.created_at, r.updated_at "
    "FROM risk_monitoring_reports r JOIN agencies a ON a.agency_id = r.agency_id "
    "LEFT JOIN users u ON u.user_id = r.submitted_by ";

std::optional<int64_t> optional_id(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
  return j[key].get<int64_t>();
}

std::string structure_text(const Structure& s) {
  auto id = [](const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return nlohmann::json{{"owner", id(s.owner)}, {"coordinator", id(s.coordinator)}, {"manager", id(s.manager)}}.dump();
}

RiskContext context_from_row(const db::Row& r) {
  RiskContext x;
  x.id = r.int64(0);
  x.region_id = r.text(1);
  x.agency_id = r.int64(2);
  x.agency_name = r.text(3);
  x.agency_short_name = r.text(4);
  x.year = r.int64(5);
  x.duties = r.text(6);
  x.functions = r.text(7);
  for (const auto& g : nlohmann::json::parse(r.text(8)))
    x.goals.push_back({g.value("unit_goal", ""), g.value("spbe_goal", ""), g.value("indicator", ""), g.value("target", "")});
  auto s = nlohmann::json::parse(r.text(9));
  x.structure = {optional_id(s, "owner"), optional_id(s, "coordinator"), optional_id(s, "manager")};
  for (const auto& k : nlohmann::json::parse(r.text(10))) x.stakeholders.push_back({k.value("name", ""), k.value("relation", "")});
  for (const auto& k : nlohmann::json::parse(r.text(11))) x.regulations.push_back({k.value("name", ""), k.value("mandate", "")});
  if (!r.is_null(12)) x.integrity_pact_sha256 = r.text(12);
  x.version = r.int64(13);
  x.created_at = r.text(14);
  x.updated_at = r.text(15);
  return x;
}

RiskReport report_from_row(const db::Row& r) {
  RiskReport x;
  x.id = r.int64(0);
  x.region_id = r.text(1);
  x.agency_id = r.int64(2);
  x.agency_name = r.text(3);
  x.agency_short_name = r.text(4);
  x.year = r.int64(5);
  x.period = r.text(6);
  x.entries = entries_from_json(nlohmann::json::parse(r.text(7)));
  x.summary = r.text(8);
  x.recommendations = r.text(9);
  x.status = r.text(10);
  if (!r.is_null(11)) x.submitted_at = r.text(11);
  if (!r.is_null(12)) x.submitted_by = r.int64(12);
  if (!r.is_null(13)) x.submitted_by_name = r.text(13);
  x.version = r.int64(14);
  x.created_at = r.text(15);
  x.updated_at = r.text(16);
  return x;
}

// Every row of `sql` as a record, or the first one.
template <class Read>
auto all_rows(db::Connection& c, const std::string& sql, const db::Params& params, Read read) {
  std::vector<decltype(read(std::declval<const db::Row&>()))> out;
  for (const auto& r : c.query(sql, params)) out.push_back(read(r));
  return out;
}
template <class Read>
auto first_row(db::Connection& c, const std::string& sql, const db::Params& params, Read read) {
  auto rows = c.query(sql, params);
  return rows.empty() ? std::nullopt : std::optional(read(rows[0]));
}

db::Value text_or_null(const std::optional<std::string>& s) { return s ? db::Value{*s} : db::Value{}; }
db::Value id_or_null(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }

}  // namespace

std::vector<RiskContext> list_contexts(db::Connection& c, const std::string& region_id, std::optional<int64_t> year,
                                       std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelectContext) + "WHERE x.region_id = ?";
  db::Params params{region_id};
  if (year) sql += " AND x.year = ?", params.push_back(*year);
  if (agency_id) sql += " AND x.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY x.year DESC, a.name, x.risk_context_id";
  return all_rows(c, sql, params, context_from_row);
}

std::optional<RiskContext> find_context(db::Connection& c, const std::string& region_id, int64_t id) {
  return first_row(c, std::string(kSelectContext) + "WHERE x.region_id = ? AND x.risk_context_id = ?", {region_id, id},
                   context_from_row);
}

bool context_exists(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year) {
  return !c.query("SELECT 1 FROM risk_contexts WHERE region_id = ? AND agency_id = ? AND year = ?", {region_id, agency_id, year})
              .empty();
}

int64_t insert_context(db::Connection& c, RiskContext& x) {
  nlohmann::json j = record_json(x);
  x.id = c.query("INSERT INTO risk_contexts (region_id, agency_id, year, duties, functions, goals, structure, stakeholders, "
                 "regulations, integrity_pact_sha256, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING risk_context_id",
                 {x.region_id, x.agency_id, x.year, x.duties, x.functions, j["goals"].dump(), structure_text(x.structure),
                  j["stakeholders"].dump(), j["regulations"].dump(), text_or_null(x.integrity_pact_sha256), x.version,
                  x.created_at, x.updated_at})
             .at(0)
             .int64(0);
  return x.id;
}

bool update_context(db::Connection& c, const RiskContext& x, int64_t expected_version) {
  nlohmann::json j = record_json(x);
  return !c.query("UPDATE risk_contexts SET duties = ?, functions = ?, goals = ?, structure = ?, stakeholders = ?, "
                  "regulations = ?, integrity_pact_sha256 = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND risk_context_id = ? AND version = ? RETURNING risk_context_id",
                  {x.duties, x.functions, j["goals"].dump(), structure_text(x.structure), j["stakeholders"].dump(),
                   j["regulations"].dump(), text_or_null(x.integrity_pact_sha256), x.version, x.updated_at, x.region_id,
                   x.id, expected_version})
              .empty();
}

std::vector<PersonRef> people(db::Connection& c, const std::string& region_id, const std::vector<int64_t>& ids) {
  std::vector<PersonRef> out;
  for (auto id : ids) {
    auto rows = c.query("SELECT person_id, name, nip FROM people WHERE region_id = ? AND person_id = ?", {region_id, id});
    if (!rows.empty()) out.push_back({rows[0].int64(0), rows[0].text(1), rows[0].is_null(2) ? "" : rows[0].text(2)});
  }
  return out;
}

bool person_of_agency(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t agency_id) {
  return !c.query("SELECT 1 FROM people WHERE region_id = ? AND person_id = ? AND agency_id = ?", {region_id, person_id, agency_id})
              .empty();
}

std::vector<RiskReport> list_reports(db::Connection& c, const std::string& region_id, int64_t year,
                                     std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelectReport) + "WHERE r.region_id = ? AND r.year = ?";
  db::Params params{region_id, year};
  if (agency_id) sql += " AND r.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY a.name, r.agency_id, r.period";
  return all_rows(c, sql, params, report_from_row);
}

std::optional<RiskReport> find_report(db::Connection& c, const std::string& region_id, int64_t id) {
  return first_row(c, std::string(kSelectReport) + "WHERE r.region_id = ? AND r.risk_report_id = ?", {region_id, id},
                   report_from_row);
}

bool report_exists(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year, const std::string& period) {
  return !c.query("SELECT 1 FROM risk_monitoring_reports WHERE region_id = ? AND agency_id = ? AND year = ? AND period = ?",
                  {region_id, agency_id, year, period})
              .empty();
}

int64_t insert_report(db::Connection& c, RiskReport& x) {
  x.id = c.query("INSERT INTO risk_monitoring_reports (region_id, agency_id, year, period, entries, summary, recommendations, "
                 "status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING risk_report_id",
                 {x.region_id, x.agency_id, x.year, x.period, record_json(x)["entries"].dump(), x.summary, x.recommendations,
                  x.status, x.version, x.created_at, x.updated_at})
             .at(0)
             .int64(0);
  return x.id;
}

bool update_report(db::Connection& c, const RiskReport& x, int64_t expected_version) {
  return !c.query("UPDATE risk_monitoring_reports SET entries = ?, summary = ?, recommendations = ?, status = ?, "
                  "submitted_at = ?, submitted_by = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND risk_report_id = ? AND version = ? RETURNING risk_report_id",
                  {record_json(x)["entries"].dump(), x.summary, x.recommendations, x.status,
                   x.submitted_at.empty() ? db::Value{} : db::Value{x.submitted_at}, id_or_null(x.submitted_by), x.version,
                   x.updated_at, x.region_id, x.id, expected_version})
              .empty();
}

std::vector<RegisterRisk> register_risks(db::Connection& c, const std::string& region_id, int64_t agency_id, int64_t year) {
  std::vector<RegisterRisk> out;
  for (const auto& r : c.query("SELECT risk_id, number, polarity, event, spbe_goal, magnitude, level, residual_magnitude, "
                               "residual_level FROM risks WHERE region_id = ? AND agency_id = ? AND year = ? ORDER BY number",
                               {region_id, agency_id, year})) {
    RegisterRisk x{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.int64(5), r.int64(6), std::nullopt, std::nullopt};
    if (!r.is_null(7)) x.residual_magnitude = r.int64(7);
    if (!r.is_null(8)) x.residual_level = r.int64(8);
    out.push_back(x);
  }
  return out;
}

std::vector<RegisterTreatment> register_treatments(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                                   int64_t year) {
  std::vector<RegisterTreatment> out;
  for (const auto& r : c.query("SELECT t.risk_treatment_id, t.risk_id, t.actions, t.output, t.starts_on, t.due_on, t.status, "
                               "t.done_on, a.name FROM risk_treatments t JOIN risks k ON k.risk_id = t.risk_id "
                               "JOIN agencies a ON a.agency_id = t.owner_agency_id "
                               "WHERE t.region_id = ? AND k.agency_id = ? AND k.year = ? ORDER BY t.starts_on, t.risk_treatment_id",
                               {region_id, agency_id, year}))
    out.push_back({r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                   r.is_null(7) ? "" : r.text(7), r.text(8)});
  return out;
}

std::vector<std::pair<int64_t, risks::Treatment>> year_treatments(db::Connection& c, const std::string& region_id, int64_t year,
                                                                  std::optional<int64_t> agency_id) {
  std::string sql =
      "SELECT k.agency_id, t.risk_treatment_id, t.risk_id, t.treatment_option, t.actions, t.output, t.starts_on, t.due_on, "
      "t.owner_agency_id, t.supporting_agencies, t.status, t.done_on, t.residual_likelihood, t.residual_impact_level, "
      "t.residual_magnitude, t.residual_level FROM risk_treatments t JOIN risks k ON k.risk_id = t.risk_id "
      "WHERE t.region_id = ? AND k.year = ?";
  db::Params params{region_id, year};
  if (agency_id) sql += " AND k.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY t.starts_on, t.risk_treatment_id";
  auto level = [](const db::Row& r, int i) { return r.is_null(i) ? std::nullopt : std::optional<int>(static_cast<int>(r.int64(i))); };
  std::vector<std::pair<int64_t, risks::Treatment>> out;
  for (const auto& r : c.query(sql, params)) {
    risks::Treatment t;
    t.region_id = region_id;
    t.id = r.int64(1);
    t.risk_id = r.int64(2);
    t.option = r.text(3);
    t.actions = r.text(4);
    t.output = r.text(5);
    t.starts_on = r.text(6);
    t.due_on = r.text(7);
    t.owner_agency_id = r.int64(8);
    for (const auto& id : nlohmann::json::parse(r.text(9)))
      if (id.is_number_integer()) t.supporting_agencies.push_back(id.get<int64_t>());
    t.status = r.text(10);
    t.done_on = r.is_null(11) ? "" : r.text(11);
    t.residual_likelihood = level(r, 12);
    t.residual_impact_level = level(r, 13);
    t.residual_magnitude = level(r, 14);
    t.residual_level = level(r, 15);
    out.emplace_back(r.int64(0), t);
  }
  return out;
}

std::vector<Unit> risk_owner_units(db::Connection& c, const std::string& region_id, int64_t year,
                                   std::optional<int64_t> agency_id) {
  std::string sql =
      "SELECT a.agency_id, a.name, a.short_name FROM agencies a WHERE a.region_id = ? AND ("
      "EXISTS (SELECT 1 FROM risk_contexts x WHERE x.region_id = a.region_id AND x.agency_id = a.agency_id AND x.year = ?) OR "
      "EXISTS (SELECT 1 FROM risks k WHERE k.region_id = a.region_id AND k.agency_id = a.agency_id AND k.year = ?))";
  db::Params params{region_id, year, year};
  if (agency_id) sql += " AND a.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY a.name, a.agency_id";
  std::vector<Unit> out;
  for (const auto& r : c.query(sql, params)) out.push_back({r.int64(0), r.text(1), r.text(2)});
  return out;
}

}  // namespace simpul::modules::risk_reports
