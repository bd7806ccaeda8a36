#include "modules/risks/store.h"

#include <map>

#include "core/problem.h"
#include "db/like.h"
#include "http/pagination.h"
#include "modules/risks/rules.h"

namespace simpul::modules::risks {

namespace {

const char* kSelect =
    "SELECT r.risk_id, r.region_id, r.agency_id, a.name, a.short_name, r.year, r.number, r.polarity, r.spbe_goal, "
    "r.indicator, r.event, r.cause, r.category, r.impact, r.impact_area, r.controls, r.controls_note, r.likelihood, "
    "r.likelihood_note, r.impact_level, r.impact_note, r.magnitude, r.level, r.treat, r.priority_rank, r.status, "
    "r.residual_likelihood, r.residual_impact_level, r.residual_magnitude, r.residual_level, r.residual_treat, "
    "r.version, r.created_by, r.created_at, r.updated_at "
    "FROM risks r JOIN agencies a ON a.agency_id = r.agency_id ";

const char* kSelectTreatment =
    "SELECT t.risk_treatment_id, t.region_id, t.risk_id, t.treatment_option, t.actions, t.output, t.starts_on, t.due_on, "
    "t.owner_agency_id, a.short_name, t.supporting_agencies, t.status, t.done_on, t.residual_likelihood, "
    "t.residual_impact_level, t.residual_magnitude, t.residual_level, t.version, t.created_at, t.updated_at "
    "FROM risk_treatments t JOIN agencies a ON a.agency_id = t.owner_agency_id ";

// NULL ranks sort after every given rank.
const char* kRankOrder = "COALESCE(r.priority_rank, 2147483647)";
constexpr int64_t kNoRank = 2147483647;

std::optional<int> int_or_null(const db::Row& row, size_t i) {
  if (row.is_null(i)) return std::nullopt;
  return static_cast<int>(row.int64(i));
}
db::Value value_of(const std::optional<int>& v) { return v ? db::Value{static_cast<int64_t>(*v)} : db::Value{}; }

Risk from_row(db::Row& row) {
  Risk r;
  r.id = row.int64(0);
  r.region_id = row.take_text(1);
  r.agency_id = row.int64(2);
  r.agency_name = row.take_text(3);
  r.agency_short_name = row.take_text(4);
  r.year = static_cast<int>(row.int64(5));
  r.number = static_cast<int>(row.int64(6));
  r.polarity = row.take_text(7);
  r.spbe_goal = row.take_text(8);
  r.indicator = row.take_text(9);
  r.event = row.take_text(10);
  r.cause = row.take_text(11);
  r.category = row.take_text(12);
  r.impact = row.take_text(13);
  r.impact_area = row.take_text(14);
  for (const auto& k : nlohmann::json::parse(row.text(15))) r.controls.push_back(k.get<std::string>());
  r.controls_note = row.take_text(16);
  r.likelihood = static_cast<int>(row.int64(17));
  r.likelihood_note = row.take_text(18);
  r.impact_level = static_cast<int>(row.int64(19));
  r.impact_note = row.take_text(20);
  r.magnitude = static_cast<int>(row.int64(21));
  r.level = static_cast<int>(row.int64(22));
  r.treat = row.int64(23) != 0;
  r.priority_rank = int_or_null(row, 24);
  r.status = row.take_text(25);
  if (!row.is_null(26) && !row.is_null(27) && !row.is_null(28))
    r.residual = Residual{static_cast<int>(row.int64(26)), static_cast<int>(row.int64(27)), static_cast<int>(row.int64(28)),
                          row.is_null(29) ? 0 : static_cast<int>(row.int64(29)), !row.is_null(30) && row.int64(30) != 0};
  r.version = row.int64(31);
  if (!row.is_null(32)) r.created_by = row.int64(32);
  r.created_at = row.take_text(33);
  r.updated_at = row.take_text(34);
  return r;
}

Treatment treatment_from_row(db::Row& row) {
  Treatment t;
  t.id = row.int64(0);
  t.region_id = row.take_text(1);
  t.risk_id = row.int64(2);
  t.option = row.take_text(3);
  t.actions = row.take_text(4);
  t.output = row.take_text(5);
  t.starts_on = row.take_text(6);
  t.due_on = row.take_text(7);
  t.owner_agency_id = row.int64(8);
  t.owner_agency_short_name = row.take_text(9);
  for (const auto& a : nlohmann::json::parse(row.text(10))) t.supporting_agencies.push_back(a.get<int64_t>());
  t.status = row.take_text(11);
  t.done_on = row.is_null(12) ? "" : row.take_text(12);
  t.residual_likelihood = int_or_null(row, 13);
  t.residual_impact_level = int_or_null(row, 14);
  t.residual_magnitude = int_or_null(row, 15);
  t.residual_level = int_or_null(row, 16);
  t.version = row.int64(17);
  t.created_at = row.take_text(18);
  t.updated_at = row.take_text(19);
  return t;
}

// "magnitude|rank|agency|number|id" → the five numbers; a part missing or not a number is the
// usual 400 of a cursor not recognised (http::after_number).
std::vector<int64_t> cursor_parts(const std::string& key) {
  std::vector<int64_t> out;
  size_t start = 0;
  for (int i = 0; i < 5; ++i) {
    auto bar = i < 4 ? key.find('|', start) : std::string::npos;
    std::string part = start > key.size() ? "" : key.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    out.push_back(*http::after_number(http::PageRequest{0, part}));
    start = bar == std::string::npos ? key.size() + 1 : bar + 1;
  }
  return out;
}

void add_filter(std::string& sql, db::Params& params, const Filter& f) {
  if (f.agency_id) sql += " AND r.agency_id = ?", params.push_back(*f.agency_id);
  if (f.year) sql += " AND r.year = ?", params.push_back(static_cast<int64_t>(*f.year));
  if (f.level) sql += " AND r.level = ?", params.push_back(static_cast<int64_t>(*f.level));
  if (f.likelihood) sql += " AND r.likelihood = ?", params.push_back(static_cast<int64_t>(*f.likelihood));
  if (f.impact_level) sql += " AND r.impact_level = ?", params.push_back(static_cast<int64_t>(*f.impact_level));
  if (!f.polarity.empty()) sql += " AND r.polarity = ?", params.push_back(f.polarity);
  if (!f.category.empty()) sql += " AND r.category = ?", params.push_back(f.category);
  if (!f.status.empty()) sql += " AND r.status = ?", params.push_back(f.status);
  if (f.treat) sql += " AND r.treat = ?", params.push_back(static_cast<int64_t>(*f.treat ? 1 : 0));
  // Every word must appear in the event or the cause.
  size_t start = 0;
  while (start < f.query.size()) {
    auto space = f.query.find(' ', start);
    auto word = f.query.substr(start, space == std::string::npos ? std::string::npos : space - start);
    start = space == std::string::npos ? f.query.size() : space + 1;
    if (word.empty()) continue;
    sql += " AND (LOWER(r.event) LIKE ? ESCAPE '\\' OR LOWER(r.cause) LIKE ? ESCAPE '\\')";
    auto pattern = db::like_pattern(word);
    params.insert(params.end(), 2, db::Value{pattern});
  }
}

const std::string kPriorityOrder =
    std::string(" ORDER BY r.magnitude DESC, ") + kRankOrder + ", r.agency_id, r.number, r.risk_id";

std::vector<Risk> risks_of(db::Connection& c, const std::string& sql, const db::Params& params) {
  std::vector<Risk> out;
  for (auto& row : c.query(sql, params)) out.push_back(from_row(row));
  return out;
}

}  // namespace

StoredCriteria load_stored_criteria(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT criteria, version, updated_at FROM risk_settings WHERE region_id = ?", {region_id});
  if (rows.empty()) return {national_criteria(), true, 0, ""};
  return {parse_criteria(nlohmann::json::parse(rows[0].text(0))), false, rows[0].int64(1), rows[0].text(2)};
}

RiskCriteria load_criteria(db::Connection& c, const std::string& region_id) {
  return load_stored_criteria(c, region_id).criteria;
}

bool save_criteria(db::Connection& c, const std::string& region_id, const RiskCriteria& criteria,
                   int64_t expected_version, const std::string& now) {
  auto text = to_json(criteria).dump();
  if (expected_version == 0) {
    if (!c.query("SELECT 1 FROM risk_settings WHERE region_id = ?", {region_id}).empty()) return false;
    c.execute("INSERT INTO risk_settings (region_id, criteria, version, updated_at) VALUES (?, ?, 1, ?)",
              {region_id, text, now});
    return true;
  }
  return c.execute("UPDATE risk_settings SET criteria = ?, version = version + 1, updated_at = ? "
                   "WHERE region_id = ? AND version = ?",
                   {text, now, region_id, expected_version}) == 1;
}

std::string cursor_key(const Risk& r) {
  return std::to_string(r.magnitude) + "|" + std::to_string(r.priority_rank ? *r.priority_rank : kNoRank) + "|" +
         std::to_string(r.agency_id) + "|" + std::to_string(r.number) + "|" + std::to_string(r.id);
}

std::vector<Risk> list(db::Connection& c, const std::string& region_id, const Filter& filter, int limit,
                       const std::optional<std::string>& after) {
  std::string sql = std::string(kSelect) + "WHERE r.region_id = ?";
  db::Params params{region_id};
  add_filter(sql, params, filter);
  if (after) {
    auto k = cursor_parts(*after);
    std::string rank = kRankOrder;
    sql += " AND (r.magnitude < ? OR (r.magnitude = ? AND (" + rank + " > ? OR (" + rank +
           " = ? AND (r.agency_id > ? OR (r.agency_id = ? AND (r.number > ? OR (r.number = ? AND r.risk_id > ?))))))))";
    params.insert(params.end(), {k[0], k[0], k[1], k[1], k[2], k[2], k[3], k[3], k[4]});
  }
  sql += kPriorityOrder + " LIMIT ?";
  params.push_back(static_cast<int64_t>(limit));
  return risks_of(c, sql, params);
}

int64_t count(db::Connection& c, const std::string& region_id, const Filter& filter) {
  std::string sql = "SELECT COUNT(*) FROM risks r WHERE r.region_id = ?";
  db::Params params{region_id};
  add_filter(sql, params, filter);
  return c.query(sql, params)[0].int64(0);
}

std::vector<Risk> all_risks(db::Connection& c, const std::string& region_id, std::optional<int> year) {
  std::string sql = std::string(kSelect) + "WHERE r.region_id = ?";
  db::Params params{region_id};
  if (year) sql += " AND r.year = ?", params.push_back(static_cast<int64_t>(*year));
  return risks_of(c, sql + kPriorityOrder, params);
}

namespace {
// The risks of the region with these ids, in the order of `ids`. By id alone so the primary key
// serves (with the region in the WHERE, SQLite walks the region's index instead); the ids were
// read within the region, which is checked again here.
std::vector<Risk> risks_by_id(db::Connection& c, const std::string& region_id, const std::vector<int64_t>& ids) {
  if (ids.empty()) return {};
  std::string sql = std::string(kSelect) + "WHERE r.risk_id IN (";
  db::Params params;
  for (size_t i = 0; i < ids.size(); ++i) sql += i ? ", ?" : "?", params.push_back(ids[i]);
  std::map<int64_t, Risk> found;
  for (auto& r : risks_of(c, sql + ")", params))
    if (r.region_id == region_id) found.emplace(r.id, std::move(r));
  std::vector<Risk> out;
  for (auto id : ids)
    if (auto r = found.find(id); r != found.end()) out.push_back(r->second);
  return out;
}
}  // namespace

std::vector<Risk> top_risks(db::Connection& c, const std::string& region_id, int year, int limit) {
  // The magnitude of the `limit`-th risk first (from the index alone), then the ids of the risks at
  // or above it in priority order (risks_priority holds every column of that order), then their rows.
  auto threshold = c.query("SELECT magnitude FROM risks WHERE region_id = ? AND year = ? ORDER BY magnitude DESC LIMIT 1 OFFSET ?",
                           {region_id, static_cast<int64_t>(year), static_cast<int64_t>(limit - 1)});
  int64_t lowest = threshold.empty() ? 0 : threshold[0].int64(0);
  std::vector<int64_t> ids;
  for (const auto& row : c.query("SELECT r.risk_id FROM risks r WHERE r.region_id = ? AND r.year = ? AND r.magnitude >= ?" +
                                     kPriorityOrder + " LIMIT ?",
                                 {region_id, static_cast<int64_t>(year), lowest, static_cast<int64_t>(limit)}))
    ids.push_back(row.int64(0));
  return risks_by_id(c, region_id, ids);
}

std::optional<Risk> find(db::Connection& c, const std::string& region_id, int64_t risk_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE r.region_id = ? AND r.risk_id = ?", {region_id, risk_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int next_number(db::Connection& c, const std::string& region_id, int64_t agency_id, int year) {
  return static_cast<int>(
      c.query("INSERT INTO risk_counters (region_id, agency_id, year, last_number) VALUES (?, ?, ?, 1) "
              "ON CONFLICT (region_id, agency_id, year) DO UPDATE SET last_number = risk_counters.last_number + 1 "
              "RETURNING last_number",
              {region_id, agency_id, static_cast<int64_t>(year)})
          .at(0)
          .int64(0));
}

namespace {
db::Params risk_values(const Risk& r) {
  db::Value rl, ri, rm, rv, rt;
  if (r.residual) {
    rl = static_cast<int64_t>(r.residual->likelihood);
    ri = static_cast<int64_t>(r.residual->impact_level);
    rm = static_cast<int64_t>(r.residual->magnitude);
    rv = static_cast<int64_t>(r.residual->level);
    rt = static_cast<int64_t>(r.residual->treat ? 1 : 0);
  }
  return {r.polarity, r.spbe_goal, r.indicator, r.event, r.cause, r.category, r.impact, r.impact_area,
          nlohmann::json(r.controls).dump(), r.controls_note, static_cast<int64_t>(r.likelihood), r.likelihood_note,
          static_cast<int64_t>(r.impact_level), r.impact_note, static_cast<int64_t>(r.magnitude),
          static_cast<int64_t>(r.level), static_cast<int64_t>(r.treat ? 1 : 0), value_of(r.priority_rank), r.status,
          rl, ri, rm, rv, rt, r.version, r.updated_at};
}
}  // namespace

int64_t insert(db::Connection& c, Risk& r) {
  auto params = risk_values(r);
  params.insert(params.end(), {r.region_id, r.agency_id, static_cast<int64_t>(r.year), static_cast<int64_t>(r.number),
                               r.created_by ? db::Value{*r.created_by} : db::Value{}, r.created_at});
  r.id = c.query("INSERT INTO risks (polarity, spbe_goal, indicator, event, cause, category, impact, impact_area, controls, "
                 "controls_note, likelihood, likelihood_note, impact_level, impact_note, magnitude, level, treat, "
                 "priority_rank, status, residual_likelihood, residual_impact_level, residual_magnitude, residual_level, "
                 "residual_treat, version, updated_at, region_id, agency_id, year, number, created_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING risk_id",
                 params)[0]
             .int64(0);
  return r.id;
}

bool update(db::Connection& c, const Risk& r, int64_t expected_version) {
  auto params = risk_values(r);
  params.insert(params.end(), {r.region_id, r.id, expected_version});
  return c.execute("UPDATE risks SET polarity = ?, spbe_goal = ?, indicator = ?, event = ?, cause = ?, category = ?, "
                   "impact = ?, impact_area = ?, controls = ?, controls_note = ?, likelihood = ?, likelihood_note = ?, "
                   "impact_level = ?, impact_note = ?, magnitude = ?, level = ?, treat = ?, priority_rank = ?, status = ?, "
                   "residual_likelihood = ?, residual_impact_level = ?, residual_magnitude = ?, residual_level = ?, "
                   "residual_treat = ?, version = ?, updated_at = ? WHERE region_id = ? AND risk_id = ? AND version = ?",
                   params) == 1;
}

bool category_used(db::Connection& c, const std::string& region_id, const std::string& key) {
  return !c.query("SELECT 1 FROM risks WHERE region_id = ? AND category = ? LIMIT 1", {region_id, key}).empty();
}

bool impact_area_used(db::Connection& c, const std::string& region_id, const std::string& key) {
  return !c.query("SELECT 1 FROM risks WHERE region_id = ? AND impact_area = ? LIMIT 1", {region_id, key}).empty();
}

std::vector<Treatment> treatments(db::Connection& c, const std::string& region_id, int64_t risk_id) {
  std::vector<Treatment> out;
  for (auto& row : c.query(std::string(kSelectTreatment) + "WHERE t.region_id = ? AND t.risk_id = ? ORDER BY t.risk_treatment_id",
                           {region_id, risk_id}))
    out.push_back(treatment_from_row(row));
  return out;
}

std::vector<Treatment> all_done_treatments(db::Connection& c, const std::string& region_id) {
  std::vector<Treatment> out;
  for (auto& row : c.query(std::string(kSelectTreatment) +
                               "WHERE t.region_id = ? AND t.status = 'done' AND t.residual_likelihood IS NOT NULL "
                               "ORDER BY t.risk_treatment_id",
                           {region_id}))
    out.push_back(treatment_from_row(row));
  return out;
}

std::optional<Treatment> find_treatment(db::Connection& c, const std::string& region_id, int64_t risk_id,
                                        int64_t treatment_id) {
  auto rows = c.query(std::string(kSelectTreatment) + "WHERE t.region_id = ? AND t.risk_id = ? AND t.risk_treatment_id = ?",
                      {region_id, risk_id, treatment_id});
  if (rows.empty()) return std::nullopt;
  return treatment_from_row(rows[0]);
}

namespace {
db::Params treatment_values(const Treatment& t) {
  return {t.option, t.actions, t.output, t.starts_on, t.due_on, t.owner_agency_id,
          nlohmann::json(t.supporting_agencies).dump(), t.status, db::value_of(t.done_on), value_of(t.residual_likelihood),
          value_of(t.residual_impact_level), value_of(t.residual_magnitude), value_of(t.residual_level), t.version,
          t.updated_at};
}
}  // namespace

int64_t insert_treatment(db::Connection& c, Treatment& t) {
  auto params = treatment_values(t);
  params.insert(params.end(), {t.region_id, t.risk_id, t.created_at});
  t.id = c.query("INSERT INTO risk_treatments (treatment_option, actions, output, starts_on, due_on, owner_agency_id, "
                 "supporting_agencies, status, done_on, residual_likelihood, residual_impact_level, residual_magnitude, "
                 "residual_level, version, updated_at, region_id, risk_id, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING risk_treatment_id",
                 params)[0]
             .int64(0);
  return t.id;
}

bool update_treatment(db::Connection& c, const Treatment& t, int64_t expected_version) {
  auto params = treatment_values(t);
  params.insert(params.end(), {t.region_id, t.id, expected_version});
  return c.execute("UPDATE risk_treatments SET treatment_option = ?, actions = ?, output = ?, starts_on = ?, due_on = ?, "
                   "owner_agency_id = ?, supporting_agencies = ?, status = ?, done_on = ?, residual_likelihood = ?, "
                   "residual_impact_level = ?, residual_magnitude = ?, residual_level = ?, version = ?, updated_at = ? "
                   "WHERE region_id = ? AND risk_treatment_id = ? AND version = ?",
                   params) == 1;
}

namespace {
const char* kTallyColumns =
    "COUNT(*), COALESCE(SUM(CASE WHEN status IN ('planned', 'in_progress') AND due_on < ? THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN treatment_option = 'accept' THEN 1 ELSE 0 END), 0)";

TreatmentTally tally_of(const db::Row& row, size_t first) {
  return {static_cast<int>(row.int64(first)), static_cast<int>(row.int64(first + 1)), row.int64(first + 2) > 0};
}
}  // namespace

// The risks were read within the region already: asking by risk alone lets the index on risk_id serve.
TreatmentTally tally(db::Connection& c, const std::string& region_id, int64_t risk_id, const std::string& today) {
  auto rows = c.query(std::string("SELECT ") + kTallyColumns + " FROM risk_treatments WHERE risk_id = ?", {today, risk_id});
  return tally_of(rows[0], 0);
}

std::map<int64_t, TreatmentTally> tallies(db::Connection& c, const std::string& region_id, const std::vector<Risk>& risks,
                                          const std::string& today) {
  std::map<int64_t, TreatmentTally> out;
  if (risks.empty()) return out;
  std::string sql = std::string("SELECT risk_id, ") + kTallyColumns + " FROM risk_treatments WHERE risk_id IN (";
  db::Params params{today};
  for (size_t i = 0; i < risks.size(); ++i) sql += i ? ", ?" : "?", params.push_back(risks[i].id);
  for (const auto& row : c.query(sql + ") GROUP BY risk_id", params)) out[row.int64(0)] = tally_of(row, 1);
  return out;
}

std::vector<Cell> heat_map_cells(db::Connection& c, const std::string& region_id, int year,
                                 std::optional<int64_t> agency_id) {
  std::string sql = "SELECT likelihood, impact_level, COUNT(*), COALESCE(SUM(treat), 0) FROM risks WHERE region_id = ? AND year = ?";
  db::Params params{region_id, static_cast<int64_t>(year)};
  if (agency_id) sql += " AND agency_id = ?", params.push_back(*agency_id);
  sql += " GROUP BY likelihood, impact_level";
  std::vector<Cell> out;
  for (const auto& row : c.query(sql, params))
    out.push_back({static_cast<int>(row.int64(0)), static_cast<int>(row.int64(1)), row.int64(2), row.int64(3)});
  return out;
}

namespace {
// The risks of overdue treatments, joined through the small (risk_id, year, agency_id) index of
// migration 0013: SQLite otherwise reads each risk's whole row by id (a page per risk on a large
// register); PostgreSQL's planner chooses an index-only scan by itself.
std::string overdue_risks_join(const db::Connection& c) {
  return c.dialect() == db::Dialect::sqlite ? "JOIN risks r INDEXED BY risks_year_agency_by_id ON r.risk_id = t.risk_id "
                                            : "JOIN risks r ON r.risk_id = t.risk_id ";
}
}  // namespace

std::vector<AgencyCounts> agency_counts(db::Connection& c, const std::string& region_id, int year, int level_count,
                                        const std::string& today) {
  std::map<int64_t, AgencyCounts> by_agency;
  for (const auto& row : c.query("SELECT agency_id, level, status, treat, COUNT(*) FROM risks "
                                 "WHERE region_id = ? AND year = ? GROUP BY agency_id, level, status, treat",
                                 {region_id, static_cast<int64_t>(year)})) {
    auto& a = by_agency[row.int64(0)];
    if (a.by_level.empty()) a.agency_id = row.int64(0), a.by_level.assign(static_cast<size_t>(level_count), 0);
    auto n = row.int64(4);
    auto level = row.int64(1);
    if (level >= 1 && level <= level_count) a.by_level[static_cast<size_t>(level - 1)] += n;
    auto status = row.text(2);
    (status == "open" ? a.open : status == "treating" ? a.treating : a.closed) += n;
    if (row.int64(3) != 0) a.to_treat += n;
    a.total += n;
  }
  for (const auto& row : c.query("SELECT r.agency_id, COUNT(*) FROM risk_treatments t " + overdue_risks_join(c) +
                                 "WHERE t.region_id = ? AND t.status IN ('planned', 'in_progress') AND t.due_on < ? AND r.year = ? "
                                 "GROUP BY r.agency_id",
                                 {region_id, today, static_cast<int64_t>(year)}))
    if (by_agency.count(row.int64(0))) by_agency[row.int64(0)].overdue_treatments = row.int64(1);
  // In the order of the agencies' names, as the committee reads them.
  std::vector<AgencyCounts> out;
  for (const auto& row : c.query("SELECT agency_id, name, short_name FROM agencies WHERE region_id = ? ORDER BY name, agency_id",
                                 {region_id})) {
    auto found = by_agency.find(row.int64(0));
    if (found == by_agency.end()) continue;
    found->second.agency_name = row.text(1);
    found->second.agency_short_name = row.text(2);
    out.push_back(std::move(found->second));
  }
  return out;
}

namespace {
void add_overdue_filter(std::string& sql, db::Params& params, std::optional<int> year, std::optional<int64_t> agency_id) {
  if (year) sql += " AND r.year = ?", params.push_back(static_cast<int64_t>(*year));
  if (agency_id) sql += " AND r.agency_id = ?", params.push_back(*agency_id);
}
}  // namespace

std::vector<OverdueTreatment> overdue_treatments(db::Connection& c, const std::string& region_id,
                                                 std::optional<int> year, std::optional<int64_t> agency_id,
                                                 const std::string& today, int limit) {
  // The page's ids from the indexes alone (sorting only ids), then the page's rows.
  std::string sql = "SELECT t.risk_treatment_id FROM risk_treatments t " + overdue_risks_join(c) +
                    "WHERE t.region_id = ? AND t.status IN ('planned', 'in_progress') AND t.due_on < ?";
  db::Params params{region_id, today};
  add_overdue_filter(sql, params, year, agency_id);
  sql += " ORDER BY t.due_on, t.risk_treatment_id LIMIT ?";
  params.push_back(static_cast<int64_t>(limit));
  std::vector<Treatment> page;
  auto ids = c.query(sql, params);
  if (!ids.empty()) {
    // By id alone so the primary key serves (with the region in the WHERE, SQLite would walk the
    // region's index); the ids were read within the region, which is checked again below.
    std::string rows = std::string(kSelectTreatment) + "WHERE t.risk_treatment_id IN (";
    db::Params row_params;
    for (size_t i = 0; i < ids.size(); ++i) rows += i ? ", ?" : "?", row_params.push_back(ids[i].int64(0));
    for (auto& row : c.query(rows + ") ORDER BY t.due_on, t.risk_treatment_id", row_params))
      if (auto t = treatment_from_row(row); t.region_id == region_id) page.push_back(std::move(t));
  }
  // The risks of the page in one query (not one per treatment).
  std::map<int64_t, Risk> risks;
  if (!page.empty()) {
    std::vector<int64_t> ids;
    for (const auto& t : page) ids.push_back(t.risk_id);
    for (auto& r : risks_by_id(c, region_id, ids)) risks.emplace(r.id, std::move(r));
  }
  std::vector<OverdueTreatment> out;
  for (auto& t : page)
    if (auto r = risks.find(t.risk_id); r != risks.end()) out.push_back({std::move(t), r->second});
  return out;
}

int64_t overdue_count(db::Connection& c, const std::string& region_id, std::optional<int> year,
                      std::optional<int64_t> agency_id, const std::string& today) {
  // Without a filter on the risk the count comes from the treatments' due index alone.
  std::string sql = std::string("SELECT COUNT(*) FROM risk_treatments t ") +
                    (year || agency_id ? overdue_risks_join(c) : "") +
                    "WHERE t.region_id = ? AND t.status IN ('planned', 'in_progress') AND t.due_on < ?";
  db::Params params{region_id, today};
  add_overdue_filter(sql, params, year, agency_id);
  return c.query(sql, params)[0].int64(0);
}

}  // namespace simpul::modules::risks
