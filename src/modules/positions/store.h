#pragma once
// Positions (jabatan) and who holds them. Bodies are composed of positions, so a
// committee stays right when the person in a position changes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul::modules::positions {

struct Holder {
  int64_t id = 0;
  std::string name;
  std::string nip;
};

struct Position {
  int64_t id = 0;
  std::string region_id;
  std::optional<int64_t> agency_id;
  std::string profile_key;
  std::string title;
  bool is_head = false;
  std::optional<int64_t> holder_person_id;
  std::optional<Holder> holder;  // read only, joined from people
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

nlohmann::json to_json(const Position& p);

std::vector<Position> list(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
std::optional<Position> find(db::Connection& c, const std::string& region_id, int64_t position_id);
int64_t insert(db::Connection& c, Position& p);
bool update(db::Connection& c, const Position& p, int64_t expected_version);

}  // namespace simpul::modules::positions
