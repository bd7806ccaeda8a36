#pragma once
// Perangkat Daerah, as far as identity needs them (the organisation model grows this).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul::modules::agencies {

struct Agency {
  int64_t id = 0;
  std::string region_id;
  std::string name;
  std::string short_name;
};

nlohmann::json to_json(const Agency& a);
std::vector<Agency> list(db::Connection& c, const std::string& region_id);
bool exists(db::Connection& c, const std::string& region_id, int64_t agency_id);
int64_t insert(db::Connection& c, const Agency& a, const std::string& now);

}  // namespace simpul::modules::agencies
