#include "modules/element_links/store.h"

#include <algorithm>
#include <optional>
#include <set>

namespace simpul::modules::element_links {

namespace {

// Where each kind of element is registered (docs/registries-contract.md, agreed names).
struct Registry {
  const char* table;
  const char* id;
  const char* name;
  const char* owner;           // nullptr: no owner agency column
  const char* classification;  // datasets only
};

const std::map<std::string, Registry>& registries() {
  static const std::map<std::string, Registry> all{
      {"service", {"services", "service_id", "name", "owner_agency_id", nullptr}},
      {"application", {"applications", "application_id", "name", "owner_agency_id", nullptr}},
      {"dataset", {"datasets", "dataset_id", "title", "owner_agency_id", "classification"}},
      {"host", {"hosts", "host_id", "name", "owner_agency_id", nullptr}},
      {"network", {"networks", "network_id", "name", "owner_agency_id", nullptr}},
      {"facility", {"facilities", "facility_id", "name", nullptr, nullptr}},
  };
  return all;
}

std::string select_elements(const Registry& r) {
  std::string owner = r.owner ? std::string("t.") + r.owner : "NULL";
  std::string sql = "SELECT t." + std::string(r.id) + ", t." + r.name + ", " + owner + ", a.short_name, " +
                    (r.classification ? std::string("t.") + r.classification : "NULL") + " FROM " + r.table + " t ";
  sql += r.owner ? "LEFT JOIN agencies a ON a.agency_id = t." + std::string(r.owner) + " " : "LEFT JOIN agencies a ON 1 = 0 ";
  return sql;
}

Element element_from_row(const std::string& kind, const db::Row& row) {
  Element e;
  e.key = {kind, row.int64(0)};
  e.name = row.text(1);
  if (!row.is_null(2)) e.owner_agency_id = row.int64(2);
  if (!row.is_null(3)) e.agency_short_name = row.text(3);
  if (!row.is_null(4)) e.classification = row.text(4);
  return e;
}

const char* kSelectLink =
    "SELECT link_id, region_id, from_kind, from_id, to_kind, to_id, note, created_by, created_at FROM element_links ";

Link link_from_row(const db::Row& r) {
  return {r.int64(0), r.text(1), {r.text(2), r.int64(3)}, {r.text(4), r.int64(5)}, r.text(6), r.text(7), r.text(8)};
}

// IN lists are padded to a few fixed lengths (repeating the last id, which changes nothing),
// so the connection's cache of prepared statements holds a few texts, not one per length.
constexpr size_t kChunk = 500;

size_t padded_length(size_t n) {
  for (size_t size : {size_t{1}, size_t{8}, size_t{64}})
    if (n <= size) return size;
  return kChunk;
}

std::string placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// Calls `fn` with `ids` in chunks of at most kChunk, each padded to its fixed length.
template <class Fn>
void for_each_chunk(const std::vector<int64_t>& ids, Fn fn) {
  for (size_t begin = 0; begin < ids.size(); begin += kChunk) {
    std::vector<int64_t> chunk(ids.begin() + static_cast<std::ptrdiff_t>(begin),
                               ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), begin + kChunk)));
    chunk.resize(padded_length(chunk.size()), chunk.back());
    fn(chunk);
  }
}

}  // namespace

bool is_element_kind(const std::string& kind) { return registries().count(kind) > 0; }

std::optional<Element> find_element(db::Connection& c, const std::string& region_id, const NodeKey& key) {
  auto found = find_elements(c, region_id, {key});
  auto it = found.find(key);
  if (it == found.end()) return std::nullopt;
  return it->second;
}

std::map<NodeKey, Element> find_elements(db::Connection& c, const std::string& region_id, const std::vector<NodeKey>& keys) {
  std::map<std::string, std::vector<int64_t>> ids_by_kind;
  for (const auto& k : keys) ids_by_kind[k.kind].push_back(k.id);
  std::map<NodeKey, Element> out;
  for (const auto& [kind, ids] : ids_by_kind) {
    auto registry = registries().find(kind);
    if (registry == registries().end()) continue;
    const std::string select = select_elements(registry->second) + "WHERE t.region_id = ? AND t." + registry->second.id + " IN (";
    for_each_chunk(ids, [&](const std::vector<int64_t>& chunk) {
      db::Params params{region_id};
      params.insert(params.end(), chunk.begin(), chunk.end());
      for (const auto& row : c.query(select + placeholders(chunk.size()) + ")", params)) {
        auto e = element_from_row(kind, row);
        out.emplace(e.key, e);
      }
    });
  }
  return out;
}

std::optional<Link> find_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  auto rows = c.query(std::string(kSelectLink) + "WHERE region_id = ? AND link_id = ?", {region_id, link_id});
  if (rows.empty()) return std::nullopt;
  return link_from_row(rows[0]);
}

std::optional<Link> find_link(db::Connection& c, const std::string& region_id, const NodeKey& from, const NodeKey& to) {
  auto rows = c.query(std::string(kSelectLink) +
                          "WHERE region_id = ? AND from_kind = ? AND from_id = ? AND to_kind = ? AND to_id = ?",
                      {region_id, from.kind, from.id, to.kind, to.id});
  if (rows.empty()) return std::nullopt;
  return link_from_row(rows[0]);
}

int64_t insert_link(db::Connection& c, Link& l) {
  l.id = c.query("INSERT INTO element_links (region_id, from_kind, from_id, to_kind, to_id, note, created_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {l.region_id, l.from.kind, l.from.id, l.to.kind, l.to.id, l.note, l.created_by, l.created_at})
             .at(0)
             .int64(0);
  return l.id;
}

void delete_link(db::Connection& c, const std::string& region_id, int64_t link_id) {
  c.execute("DELETE FROM element_links WHERE region_id = ? AND link_id = ?", {region_id, link_id});
}

std::vector<Link> links(db::Connection& c, const std::string& region_id, const LinkFilter& filter) {
  std::string sql = std::string(kSelectLink) + "WHERE region_id = ?";
  db::Params params{region_id};
  if (filter.touching) {
    sql += " AND ((from_kind = ? AND from_id = ?) OR (to_kind = ? AND to_id = ?))";
    const db::Value kind{filter.touching->kind}, id{filter.touching->id};
    params.insert(params.end(), {kind, id, kind, id});
  }
  if (filter.after_id) sql += " AND link_id > ?", params.push_back(*filter.after_id);
  sql += " ORDER BY link_id";
  if (filter.limit) sql += " LIMIT ?", params.push_back(int64_t{*filter.limit});
  std::vector<Link> out;
  for (const auto& r : c.query(sql, params)) out.push_back(link_from_row(r));
  return out;
}

std::vector<Edge> reachable_edges(db::Connection& c, const std::string& region_id, const NodeKey& start, Direction direction) {
  // Level by level: the links whose near end is in the frontier, one indexed query per kind
  // (impact by the "to" end, element_links_by_target; dependencies by the "from" end, the
  // unique index). Plain lookups rather than one recursive join: SQLite's planner, once
  // ANALYZE has run, puts a Bloom filter over the whole table on each recursive step.
  const bool impact = direction == Direction::impact;
  const std::string near = impact ? "to" : "from";
  const std::string select = "SELECT link_id, from_kind, from_id, to_kind, to_id FROM element_links WHERE region_id = ? AND " +
                             near + "_kind = ? AND " + near + "_id IN (";
  // A host placed in a facility (hosts.facility_id, the infrastructure registry's record of
  // placement: Madiun Pasal 14) uses it as a link would; such an edge has link_id 0.
  const std::string placement = impact ? "facility" : "host";
  const std::string select_placed =
      impact ? "SELECT host_id, facility_id FROM hosts WHERE region_id = ? AND facility_id IN ("
             : "SELECT host_id, facility_id FROM hosts WHERE region_id = ? AND facility_id IS NOT NULL AND host_id IN (";
  std::set<NodeKey> visited{start};
  std::map<std::string, std::vector<int64_t>> frontier{{start.kind, {start.id}}};
  std::vector<Edge> out;
  auto reach = [&](Edge e, std::map<std::string, std::vector<int64_t>>& next) {
    const NodeKey& far = impact ? e.from : e.to;
    if (visited.insert(far).second) next[far.kind].push_back(far.id);
    out.push_back(std::move(e));
  };
  while (!frontier.empty()) {
    std::map<std::string, std::vector<int64_t>> next;
    for (const auto& [kind, ids] : frontier) {
      for_each_chunk(ids, [&](const std::vector<int64_t>& chunk) {
        db::Params params{region_id, kind};
        params.insert(params.end(), chunk.begin(), chunk.end());
        for (const auto& r : c.query(select + placeholders(chunk.size()) + ")", params))
          reach({r.int64(0), {r.text(1), r.int64(2)}, {r.text(3), r.int64(4)}}, next);
      });
      if (kind != placement) continue;
      for_each_chunk(ids, [&](const std::vector<int64_t>& chunk) {
        db::Params params{region_id};
        params.insert(params.end(), chunk.begin(), chunk.end());
        for (const auto& r : c.query(select_placed + placeholders(chunk.size()) + ")", params))
          reach({0, {"host", r.int64(0)}, {"facility", r.int64(1)}}, next);
      });
    }
    frontier = std::move(next);
  }
  return out;
}

}  // namespace simpul::modules::element_links
