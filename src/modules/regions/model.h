#pragma once
// A region (Pemerintah Daerah: a kota or kabupaten) is the tenant: every
// record in Simpul belongs to exactly one region.
#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace simpul::modules::regions {

struct Region {
  std::string id;         // stable slug, e.g. "kota-madiun"
  std::string name;       // "Kota Madiun"
  std::string kind;       // "kota" | "kabupaten"
  std::string time_zone;  // IANA name: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
  std::string domain;     // the region's official domain, e.g. "madiunkota.go.id"
  std::string profile;    // regulation profile name, e.g. "madiun"
  int64_t version = 1;    // optimistic concurrency; the ETag
  std::string created_at;
  std::string updated_at;
};

nlohmann::json to_json(const Region& r);

}  // namespace simpul::modules::regions
