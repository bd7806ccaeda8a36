#include "modules/positions/store.h"

namespace simpul::modules::positions {

namespace {
const char* kSelect =
    "SELECT p.position_id, p.region_id, p.agency_id, p.profile_key, p.title, p.is_head, p.holder_person_id, "
    "pe.name, pe.nip, p.version, p.created_at, p.updated_at FROM positions p "
    "LEFT JOIN people pe ON pe.person_id = p.holder_person_id ";

Position from_row(const db::Row& r) {
  Position p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  if (!r.is_null(2)) p.agency_id = r.int64(2);
  p.profile_key = r.is_null(3) ? "" : r.text(3);
  p.title = r.text(4);
  p.is_head = r.int64(5) != 0;
  if (!r.is_null(6)) {
    p.holder_person_id = r.int64(6);
    p.holder = Holder{r.int64(6), r.text(7), r.is_null(8) ? "" : r.text(8)};
  }
  p.version = r.int64(9);
  p.created_at = r.text(10);
  p.updated_at = r.text(11);
  return p;
}

db::Value optional_id(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }
}  // namespace

nlohmann::json to_json(const Position& p) {
  nlohmann::json holder = nullptr;
  if (p.holder) holder = {{"id", p.holder->id}, {"name", p.holder->name}, {"nip", p.holder->nip.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.holder->nip)}};
  else if (p.holder_person_id) holder = {{"id", *p.holder_person_id}};
  return {{"id", p.id},
          {"agency_id", p.agency_id ? nlohmann::json(*p.agency_id) : nlohmann::json(nullptr)},
          {"key", p.profile_key.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.profile_key)},
          {"title", p.title},
          {"is_head", p.is_head},
          {"holder", holder},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

std::vector<Position> list(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::vector<Position> out;
  auto rows = agency_id ? c.query(std::string(kSelect) + "WHERE p.region_id = ? AND p.agency_id = ? ORDER BY p.is_head DESC, p.title, p.position_id",
                                  {region_id, *agency_id})
                        : c.query(std::string(kSelect) + "WHERE p.region_id = ? ORDER BY p.agency_id, p.is_head DESC, p.title, p.position_id",
                                  {region_id});
  for (const auto& r : rows) out.push_back(from_row(r));
  return out;
}

std::optional<Position> find(db::Connection& c, const std::string& region_id, int64_t position_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE p.region_id = ? AND p.position_id = ?", {region_id, position_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t insert(db::Connection& c, Position& p) {
  p.id = c.query("INSERT INTO positions (region_id, agency_id, profile_key, title, is_head, holder_person_id, version, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING position_id",
                 {p.region_id, optional_id(p.agency_id), p.profile_key.empty() ? db::Value{} : db::Value{p.profile_key},
                  p.title, int64_t{p.is_head}, optional_id(p.holder_person_id), p.version, p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

bool update(db::Connection& c, const Position& p, int64_t expected_version) {
  return !c.query("UPDATE positions SET title = ?, is_head = ?, holder_person_id = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND position_id = ? AND version = ? RETURNING position_id",
                  {p.title, int64_t{p.is_head}, optional_id(p.holder_person_id), p.version, p.updated_at, p.region_id,
                   p.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::positions
