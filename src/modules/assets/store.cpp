#include "modules/assets/store.h"

#include <algorithm>

#include "db/full_text.h"
#include "modules/assets/rules.h"

namespace simpul::modules::assets {

namespace {

const char* kColumns =
    "s.asset_id, s.region_id, s.owner_agency_id, a.name, s.kind, s.category, s.code, s.name, s.brand, s.model, "
    "s.software_version, s.serial_number, s.location, s.stage, s.stage_since, s.acquired_on, s.value_rupiah, "
    "s.warranty_until, s.licence_kind, s.licence_until, s.seats, s.application_id, app.name, s.regional_asset_code, "
    "s.notes, s.compatible_with, s.compatibility_note, s.compatibility_on, s.compatibility_by, s.disposed_on, "
    "s.disposal_reason, s.disposal_decree, s.version, s.created_at, s.updated_at ";
const char* kFrom =
    "FROM ict_assets s JOIN agencies a ON a.agency_id = s.owner_agency_id "
    "LEFT JOIN applications app ON app.application_id = s.application_id ";

using db::value_of;

Asset from_row(const db::Row& r) {
  Asset a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.owner_agency_id = r.int64(2);
  a.owner_agency_name = r.text(3);
  a.kind = r.text(4);
  a.category = r.text(5);
  a.code = r.text(6);
  a.name = r.text(7);
  a.brand = r.text(8);
  a.model = r.text(9);
  a.software_version = r.text(10);
  a.serial_number = r.text(11);
  a.location = r.text(12);
  a.stage = r.text(13);
  a.stage_since = r.text(14);
  a.acquired_on = db::optional_text(r, 15);
  a.value = db::optional_int64(r, 16);
  a.warranty_until = db::optional_text(r, 17);
  a.licence_kind = db::optional_text(r, 18);
  a.licence_until = db::optional_text(r, 19);
  a.seats = db::optional_int64(r, 20);
  a.application_id = db::optional_int64(r, 21);
  a.application_name = r.is_null(22) ? "" : r.text(22);
  a.regional_asset_code = r.text(23);
  a.notes = r.text(24);
  if (!r.is_null(25)) a.compatible_with = nlohmann::json::parse(r.text(25)).get<std::vector<int64_t>>();
  a.compatibility_note = r.text(26);
  a.compatibility_on = db::optional_text(r, 27);
  a.compatibility_by = r.text(28);
  a.disposed_on = db::optional_text(r, 29);
  a.disposal_reason = r.text(30);
  a.disposal_decree = r.text(31);
  a.version = r.int64(32);
  a.created_at = r.text(33);
  a.updated_at = r.text(34);
  return a;
}

const db::full_text::SearchTable kSearch{"ict_asset_search", "asset_id", {"document"}};

// Writes the asset's search document: its code, name and serial number. PostgreSQL's text parser
// would read some words apart from SQLite's (the serial number "3E9PDC21YX" as the number "3e9"
// and the word "pdc21yx"), so there the document holds the very words SQLite indexes, as they
// are, and a search matches its words as they are (`CAST(? AS tsquery)`): both find the same.
void write_search_document(db::Connection& c, const Asset& a, bool fresh) {
  if (c.dialect() == db::Dialect::sqlite) {
    db::full_text::write_document(c, kSearch, a.region_id, a.id, {search_text(a)}, fresh);
    return;
  }
  std::string words;
  for (const auto& w : db::full_text::words(search_text(a), 1000)) words += (words.empty() ? "" : " ") + w;
  c.execute("INSERT INTO ict_asset_search (asset_id, region_id, document) VALUES (?, ?, array_to_tsvector(string_to_array(?, ' '))) "
            "ON CONFLICT (asset_id) DO UPDATE SET document = excluded.document",
            {a.id, a.region_id, words});
}

// How SQLite is steered to read a filtered list (it keeps no statistics to choose by itself;
// PostgreSQL gets the same SQL without the steering). A `+` before a column keeps SQLite from
// reading that column's index:
// - in_code_order walks an index in code order and checks each entry, stopping after the page
//   (good when matches are dense); matches_first gathers the text search's matches (unless an
//   agency's index is narrower) or the expiry range first and sorts those (good when few);
// - with a category, its index is read rather than the far larger ones of kind or stage; with an
//   agency, kind, category or stage, the expiry is checked in the entries of their index.
enum class Reading { in_code_order, matches_first };

// The WHERE clause of a filtered list, on ict_assets as `t`.
std::string where_of(db::Dialect dialect, const std::string& region_id, const Filter& f, db::Params& params,
                     const std::string& t = "s", Reading reading = Reading::matches_first) {
  bool sqlite = dialect == db::Dialect::sqlite;
  auto words = db::full_text::words(f.query);
  auto steered = [&](bool steer) { return std::string(sqlite && steer ? "+" : "") + t; };
  bool in_order = reading == Reading::in_code_order;
  bool narrower = f.agency_id || !f.kind.empty() || !f.category.empty() || !f.stage.empty();  // than the expiry range
  std::string sql = "WHERE " + steered(!in_order && !words.empty() && !f.agency_id) + ".region_id = ?";
  params.push_back(region_id);
  if (f.agency_id) sql += " AND " + t + ".owner_agency_id = ?", params.push_back(*f.agency_id);
  if (!f.kind.empty()) sql += " AND " + steered(!f.category.empty()) + ".kind = ?", params.push_back(f.kind);
  if (!f.category.empty()) sql += " AND " + t + ".category = ?", params.push_back(f.category);
  if (!f.stage.empty()) sql += " AND " + steered(!f.category.empty()) + ".stage = ?", params.push_back(f.stage);
  if (!words.empty()) {
    sql += " AND " + t + ".asset_id IN (" +
           (sqlite ? "SELECT rowid FROM ict_asset_search WHERE ict_asset_search MATCH ?"
                   : "SELECT asset_id FROM ict_asset_search WHERE document @@ CAST(? AS tsquery)") +
           ")";
    params.push_back(db::full_text::query_text(dialect, words));
  }
  if (f.expires_by) sql += " AND " + steered(in_order || narrower) + ".expires_on <= ?", params.push_back(*f.expires_by);
  auto linked = [&](const std::string& kind, std::optional<int64_t> target) {
    if (!target) return;
    sql += " AND (" + t + ".asset_id IN (SELECT asset_id FROM ict_asset_links WHERE region_id = ? AND kind = '" + kind +
           "' AND target_id = ?)";
    params.push_back(region_id);
    params.push_back(*target);
    if (kind == "application") sql += " OR " + t + ".application_id = ?", params.push_back(*target);
    sql += ")";
  };
  linked("host", f.host_id);
  linked("application", f.application_id);
  linked("ticket", f.ticket_id);
  return sql;
}

std::vector<Asset> select(db::Connection& c, const std::string& sql, const db::Params& params) {
  std::vector<Asset> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

db::Params asset_values(const Asset& a) {
  return {a.owner_agency_id,
          a.kind,
          a.category,
          a.code,
          a.name,
          a.brand,
          a.model,
          a.software_version,
          a.serial_number,
          a.location,
          a.stage,
          a.stage_since,
          value_of(a.acquired_on),
          value_of(a.value),
          value_of(a.warranty_until),
          value_of(a.licence_kind),
          value_of(a.licence_until),
          value_of(a.seats),
          value_of(a.application_id),
          a.regional_asset_code,
          a.notes,
          a.compatible_with ? db::Value{nlohmann::json(*a.compatible_with).dump()} : db::Value{},
          a.compatibility_note,
          value_of(a.compatibility_on),
          a.compatibility_by,
          value_of(a.disposed_on),
          a.disposal_reason,
          a.disposal_decree,
          value_of(expires_on(a)),
          a.version,
          a.updated_at};
}

const char* kSelectReport =
    "SELECT report_id, region_id, year, state, made_on, recipient, sent_on, total_count, total_value, rows_json, "
    "missing_json, missing_count, version, created_at, updated_at FROM ict_asset_inventory_reports ";

InventoryReport report_from_row(const db::Row& r, bool with_lists) {
  InventoryReport rep;
  rep.id = r.int64(0);
  rep.region_id = r.text(1);
  rep.year = static_cast<int>(r.int64(2));
  rep.state = r.text(3);
  rep.made_on = r.text(4);
  rep.recipient = r.text(5);
  rep.sent_on = db::optional_text(r, 6);
  rep.total_count = r.int64(7);
  rep.total_value = r.int64(8);
  if (with_lists) {
    for (const auto& j : nlohmann::json::parse(r.text(9)))
      rep.rows.push_back({j.at("agency_id"), j.at("agency_name"), j.at("category"), j.at("kind"), j.at("planning"),
                          j.at("procurement"), j.at("in_use"), j.at("maintenance"), j.at("disposed"), j.at("count"),
                          j.at("value")});
    for (const auto& j : nlohmann::json::parse(r.text(10)))
      rep.missing.push_back({j.at("asset_id"), j.at("code"), j.at("name"), j.at("owner_agency_name")});
  }
  rep.missing_count = r.int64(11);
  rep.version = r.int64(12);
  rep.created_at = r.text(13);
  rep.updated_at = r.text(14);
  return rep;
}

db::Params report_values(const InventoryReport& r) {
  nlohmann::json rows = nlohmann::json::array(), missing = nlohmann::json::array();
  for (const auto& row : r.rows) rows.push_back(to_json(row));
  for (const auto& m : r.missing) missing.push_back(to_json(m));
  return {r.state,        r.made_on,      r.recipient, value_of(r.sent_on), r.total_count, r.total_value,
          rows.dump(),    missing.dump(), r.missing_count, r.version,      r.updated_at};
}

// Whether the table holds no other region's assets (as a database mostly does).
bool region_alone(db::Connection& c, const std::string& region_id) {
  return c.query("SELECT NOT EXISTS (SELECT 1 FROM ict_assets WHERE region_id < ?) "
                 "AND NOT EXISTS (SELECT 1 FROM ict_assets WHERE region_id > ?)",
                 {region_id, region_id})
             .at(0)
             .int64(0) == 1;
}

// How many of the region's assets `filter` matches, reading only the narrow columns of an index
// or, in a text search, each match once. A text search alone is counted in the search index:
// PostgreSQL keeps each document's region beside it; SQLite does too, but would read every
// match's stored row to check it, so it counts there only when the table holds this region alone,
// and then counts the whole table, unfiltered, from the headers of its pages.
int64_t count(db::Connection& c, const std::string& region_id, const Filter& filter) {
  Filter words_only;
  words_only.query = filter.query;
  auto words = db::full_text::words(filter.query);
  if (filter == words_only && c.dialect() == db::Dialect::postgresql && !words.empty())
    return c.query("SELECT COUNT(*) FROM ict_asset_search WHERE region_id = ? AND document @@ CAST(? AS tsquery)",
                   {region_id, db::full_text::tsquery(words)})
        .at(0)
        .int64(0);
  if (filter == words_only && c.dialect() == db::Dialect::sqlite && region_alone(c, region_id)) {
    if (words.empty()) return c.query("SELECT COUNT(*) FROM ict_assets").at(0).int64(0);
    return c.query("SELECT COUNT(*) FROM ict_asset_search WHERE ict_asset_search MATCH ?", {db::full_text::fts5_query(words)})
        .at(0)
        .int64(0);
  }
  db::Params params;
  auto where = where_of(c.dialect(), region_id, filter, params, "i");
  return c.query("SELECT COUNT(*) FROM ict_assets i " + where, params).at(0).int64(0);
}

}  // namespace

// After the count, the page's ids are chosen in code order, walking an index when the page lies
// among the first twentieth of the matches (a page needs few entries of it), else sorting the
// matches; only those rows are then read whole.
Page list_page(db::Connection& c, const std::string& region_id, const Filter& filter, int64_t offset, int64_t limit) {
  Page page;
  page.total = count(c, region_id, filter);
  if (page.total <= offset) return page;
  db::Params params;
  auto where = where_of(c.dialect(), region_id, filter, params, "i",
                        (offset + limit) * 20 <= page.total ? Reading::in_code_order : Reading::matches_first);
  params.push_back(limit);
  params.push_back(offset);
  page.items = select(c, std::string("SELECT ") + kColumns + kFrom + "WHERE s.asset_id IN (SELECT i.asset_id FROM ict_assets i " +
                             where + " ORDER BY i.code LIMIT ? OFFSET ?) ORDER BY s.code",
                      params);
  return page;
}

std::vector<Asset> list_all(db::Connection& c, const std::string& region_id, const Filter& filter) {
  db::Params params;
  auto where = where_of(c.dialect(), region_id, filter, params);
  return select(c, std::string("SELECT ") + kColumns + kFrom + where + " ORDER BY s.code", params);
}

std::optional<Asset> find(db::Connection& c, const std::string& region_id, int64_t asset_id) {
  auto items = select(c, std::string("SELECT ") + kColumns + kFrom + "WHERE s.region_id = ? AND s.asset_id = ?",
                      {region_id, asset_id});
  if (items.empty()) return std::nullopt;
  return items[0];
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_asset_id) {
  return !c.query("SELECT 1 FROM ict_assets WHERE region_id = ? AND code = ? AND asset_id <> ?", {region_id, code, except_asset_id})
              .empty();
}

void insert(db::Connection& c, Asset& a) {
  auto params = asset_values(a);
  params.insert(params.begin(), a.region_id);
  params.push_back(a.created_at);
  a.id = c.query("INSERT INTO ict_assets (region_id, owner_agency_id, kind, category, code, name, brand, model, software_version, "
                 "serial_number, location, stage, stage_since, acquired_on, value_rupiah, warranty_until, licence_kind, "
                 "licence_until, seats, application_id, regional_asset_code, notes, compatible_with, compatibility_note, "
                 "compatibility_on, compatibility_by, disposed_on, disposal_reason, disposal_decree, expires_on, "
                 "version, updated_at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING asset_id",
                 params)
             .at(0)
             .int64(0);
  write_search_document(c, a, true);
}

bool update(db::Connection& c, const Asset& a, int64_t before_version) {
  auto params = asset_values(a);
  params.push_back(a.region_id);
  params.push_back(a.id);
  params.push_back(before_version);
  bool written = c.execute("UPDATE ict_assets SET owner_agency_id = ?, kind = ?, category = ?, code = ?, name = ?, brand = ?, model = ?, "
                   "software_version = ?, serial_number = ?, location = ?, stage = ?, stage_since = ?, acquired_on = ?, "
                   "value_rupiah = ?, warranty_until = ?, licence_kind = ?, licence_until = ?, seats = ?, application_id = ?, "
                   "regional_asset_code = ?, notes = ?, compatible_with = ?, compatibility_note = ?, compatibility_on = ?, "
                   "compatibility_by = ?, disposed_on = ?, disposal_reason = ?, disposal_decree = ?, "
                   "expires_on = ?, version = ?, updated_at = ? WHERE region_id = ? AND asset_id = ? AND version = ?",
                   params) == 1;
  if (written) write_search_document(c, a, false);
  return written;
}

std::vector<Asset> in_use_among(db::Connection& c, const std::string& region_id, const std::vector<int64_t>& ids) {
  std::vector<Asset> out;
  for (auto id : ids)
    if (auto a = find(c, region_id, id); a && a->stage == "in_use") out.push_back(*a);
  return out;
}

std::vector<Asset> in_use_of_agency(db::Connection& c, const std::string& region_id, int64_t agency_id,
                                    const std::vector<std::string>& categories, int64_t except_asset_id) {
  std::vector<Asset> out;
  for (const auto& category : categories)
    for (auto& a : select(c, std::string("SELECT ") + kColumns + kFrom +
                                 "WHERE s.region_id = ? AND s.owner_agency_id = ? AND s.stage = 'in_use' AND s.category = ? "
                                 "AND s.kind = 'hardware' AND s.asset_id <> ? ORDER BY s.code LIMIT 200",
                          {region_id, agency_id, category, except_asset_id}))
      out.push_back(std::move(a));
  std::sort(out.begin(), out.end(), [](const Asset& x, const Asset& y) { return x.code < y.code; });
  return out;
}

ExpiryList expiry_list(db::Connection& c, const std::string& region_id, const std::string& today, const std::string& by,
                       std::optional<int64_t> agency_id, int64_t limit) {
  // expires_on is set while an asset is not disposed and has a date: the partial indexes of
  // warranty and licence dates hold exactly those assets.
  std::string scope = "s.region_id = ? AND s.expires_on IS NOT NULL";
  db::Params scope_params{region_id};
  if (agency_id) scope += " AND s.owner_agency_id = ?", scope_params.push_back(*agency_id);
  auto joined = [](db::Params a, const db::Params& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  auto ended = [&](const std::string& column) { return "s." + column + " < ?"; };
  auto running = [&](const std::string& column) { return "s." + column + " >= ? AND s." + column + " <= ?"; };
  auto count = [&](const std::string& condition, const db::Params& params) {
    return c.query("SELECT COUNT(*) FROM ict_assets s WHERE " + scope + " AND " + condition, joined(scope_params, params))
        .at(0)
        .int64(0);
  };
  ExpiryList list;
  list.expired = count(ended("warranty_until"), {today}) + count(ended("licence_until"), {today});
  list.expiring = count(running("warranty_until"), {today, by}) + count(running("licence_until"), {today, by});
  // The warranties and licences in scope still running (today up to `by`) or already ended, in
  // `order` of their date, at most n.
  auto add_entries = [&](bool still_running, const char* order, int64_t n) {
    if (n <= 0) return;
    auto part = [&](const char* what, const std::string& column) {
      auto condition = still_running ? running(column) : ended(column);
      return std::string("SELECT s.asset_id, s.code, s.name, s.kind, s.category, s.owner_agency_id, a.name AS agency_name, '") +
             what + "' AS what, s." + column + " AS until_on FROM ict_assets s JOIN agencies a ON a.agency_id = s.owner_agency_id "
             "WHERE " + scope + " AND " + condition;
    };
    auto one_part = joined(scope_params, still_running ? db::Params{today, by} : db::Params{today});
    auto params = joined(one_part, one_part);
    params.push_back(n);
    auto sql = part("warranty", "warranty_until") + " UNION ALL " + part("licence", "licence_until") + " ORDER BY until_on " +
               order + ", code LIMIT ?";
    for (const auto& r : c.query(sql, params))
      list.items.push_back({r.int64(0), r.int64(5), r.text(1), r.text(2), r.text(3), r.text(4), r.text(6), r.text(7), r.text(8)});
  };
  add_entries(true, "ASC", limit);  // soonest first: they can still be renewed in time
  add_entries(false, "DESC", limit - static_cast<int64_t>(list.items.size()));  // then the most recently ended
  return list;
}

void insert_event(db::Connection& c, Event& e) {
  e.id = c.query("INSERT INTO ict_asset_events (region_id, asset_id, action, from_stage, to_stage, event_on, note, reason, "
                 "decree_reference, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING event_id",
                 {e.region_id, e.asset_id, e.action, value_of(e.from_stage), e.to_stage, e.on, e.note, e.reason,
                  e.decree_reference, e.actor, e.created_at})
             .at(0)
             .int64(0);
}

std::vector<Event> events(db::Connection& c, const std::string& region_id, int64_t asset_id) {
  std::vector<Event> out;
  for (const auto& r : c.query("SELECT event_id, region_id, asset_id, action, from_stage, to_stage, event_on, note, reason, "
                               "decree_reference, actor, created_at FROM ict_asset_events "
                               "WHERE region_id = ? AND asset_id = ? ORDER BY event_id",
                               {region_id, asset_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), r.text(3), db::optional_text(r, 4), r.text(5), r.text(6), r.text(7), r.text(8),
                   r.text(9), r.text(10), r.text(11)});
  return out;
}

std::vector<Link> links(db::Connection& c, const std::string& region_id, int64_t asset_id) {
  std::vector<Link> out;
  for (const auto& r : c.query("SELECT link_id, region_id, asset_id, kind, target_id, created_by, created_at FROM ict_asset_links "
                               "WHERE region_id = ? AND asset_id = ? ORDER BY link_id",
                               {region_id, asset_id})) {
    Link l{r.int64(0), r.text(1), r.int64(2), r.text(3), r.int64(4), "", r.text(5), r.text(6)};
    l.target_name = target_name(c, region_id, l.kind, l.target_id).value_or("");
    out.push_back(l);
  }
  return out;
}

std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t asset_id, int64_t link_id) {
  for (auto& l : links(c, region_id, asset_id))
    if (l.id == link_id) return l;
  return std::nullopt;
}

bool link_exists(db::Connection& c, int64_t asset_id, const std::string& kind, int64_t target_id) {
  return !c.query("SELECT 1 FROM ict_asset_links WHERE asset_id = ? AND kind = ? AND target_id = ?", {asset_id, kind, target_id})
              .empty();
}

void insert_link(db::Connection& c, Link& l) {
  l.id = c.query("INSERT INTO ict_asset_links (region_id, asset_id, kind, target_id, created_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {l.region_id, l.asset_id, l.kind, l.target_id, l.created_by, l.created_at})
             .at(0)
             .int64(0);
}

void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  c.execute("DELETE FROM ict_asset_links WHERE region_id = ? AND link_id = ?", {region_id, link_id});
}

std::optional<std::string> target_name(db::Connection& c, const std::string& region_id, const std::string& kind,
                                       int64_t target_id) {
  std::vector<db::Row> rows;
  if (kind == "host")
    rows = c.query("SELECT name FROM hosts WHERE region_id = ? AND host_id = ?", {region_id, target_id});
  else if (kind == "application")
    rows = c.query("SELECT name FROM applications WHERE region_id = ? AND application_id = ?", {region_id, target_id});
  else if (kind == "ticket")
    rows = c.query("SELECT number || ' ' || title FROM tickets WHERE region_id = ? AND ticket_id = ?", {region_id, target_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

Settings load_settings(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT warning_days, version FROM ict_asset_settings WHERE region_id = ?", {region_id});
  if (rows.empty()) return {kDefaultWarningDays, 0};
  return {rows[0].int64(0), rows[0].int64(1)};
}

bool save_settings(db::Connection& c, const std::string& region_id, int64_t warning_days, int64_t before_version,
                   const std::string& now) {
  if (before_version == 0) {
    c.execute("INSERT INTO ict_asset_settings (region_id, warning_days, version, updated_at) VALUES (?, ?, 1, ?)",
              {region_id, warning_days, now});
    return true;
  }
  return c.execute("UPDATE ict_asset_settings SET warning_days = ?, version = version + 1, updated_at = ? "
                   "WHERE region_id = ? AND version = ?",
                   {warning_days, now, region_id, before_version}) == 1;
}

std::vector<InventoryReport> list_reports(db::Connection& c, const std::string& region_id) {
  std::vector<InventoryReport> out;
  for (const auto& r : c.query(std::string(kSelectReport) + "WHERE region_id = ? ORDER BY year DESC", {region_id}))
    out.push_back(report_from_row(r, false));
  return out;
}

std::optional<InventoryReport> find_report(db::Connection& c, const std::string& region_id, int64_t report_id) {
  auto rows = c.query(std::string(kSelectReport) + "WHERE region_id = ? AND report_id = ?", {region_id, report_id});
  if (rows.empty()) return std::nullopt;
  return report_from_row(rows[0], true);
}

std::optional<InventoryReport> find_report_of_year(db::Connection& c, const std::string& region_id, int year) {
  auto rows = c.query(std::string(kSelectReport) + "WHERE region_id = ? AND year = ?", {region_id, int64_t{year}});
  if (rows.empty()) return std::nullopt;
  return report_from_row(rows[0], true);
}

void insert_report(db::Connection& c, InventoryReport& r) {
  auto params = report_values(r);
  params.insert(params.begin(), {db::Value{r.region_id}, db::Value{int64_t{r.year}}});
  params.push_back(r.created_at);
  r.id = c.query("INSERT INTO ict_asset_inventory_reports (region_id, year, state, made_on, recipient, sent_on, total_count, "
                 "total_value, rows_json, missing_json, missing_count, version, updated_at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING report_id",
                 params)
             .at(0)
             .int64(0);
}

bool update_report(db::Connection& c, const InventoryReport& r, int64_t before_version) {
  auto params = report_values(r);
  params.push_back(r.region_id);
  params.push_back(r.id);
  params.push_back(before_version);
  return c.execute("UPDATE ict_asset_inventory_reports SET state = ?, made_on = ?, recipient = ?, sent_on = ?, total_count = ?, "
                   "total_value = ?, rows_json = ?, missing_json = ?, missing_count = ?, version = ?, updated_at = ? "
                   "WHERE region_id = ? AND report_id = ? AND version = ?",
                   params) == 1;
}

}  // namespace simpul::modules::assets
