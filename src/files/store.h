#pragma once
// Which files a region holds: one row per region and content hash (migration 0007).
// Records that attach a file (application documents, LAN diagrams, agreements) keep
// its sha256 and look it up here.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul::files {

struct StoredFile {
  int64_t id = 0;
  std::string region_id;
  std::string sha256;
  std::string name;
  std::string media_type;
  int64_t size_bytes = 0;
  std::string uploaded_by;
  std::string uploaded_at;
};

std::optional<StoredFile> find(db::Connection& c, const std::string& region_id, const std::string& sha256);
int64_t insert(db::Connection& c, StoredFile& file);  // sets file.id

// {sha256, name, media_type, size_bytes, uploaded_by, uploaded_at, url}
nlohmann::json to_json(const StoredFile& f);

}  // namespace simpul::files
