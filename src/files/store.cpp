#include "files/store.h"

namespace simpul::files {

std::optional<StoredFile> find(db::Connection& c, const std::string& region_id, const std::string& sha256) {
  auto rows = c.query(
      "SELECT file_id, region_id, sha256, name, media_type, size_bytes, uploaded_by, uploaded_at FROM files "
      "WHERE region_id = ? AND sha256 = ?",
      {region_id, sha256});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  return StoredFile{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.int64(5), r.text(6), r.text(7)};
}

int64_t insert(db::Connection& c, StoredFile& file) {
  auto rows = c.query(
      "INSERT INTO files (region_id, sha256, name, media_type, size_bytes, uploaded_by, uploaded_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING file_id",
      {file.region_id, file.sha256, file.name, file.media_type, file.size_bytes, file.uploaded_by, file.uploaded_at});
  file.id = rows.at(0).int64(0);
  return file.id;
}

nlohmann::json to_json(const StoredFile& f) {
  return {{"sha256", f.sha256},           {"name", f.name},
          {"media_type", f.media_type},   {"size_bytes", f.size_bytes},
          {"uploaded_by", f.uploaded_by}, {"uploaded_at", f.uploaded_at},
          {"url", "/api/v1/files/" + f.sha256}};
}

}  // namespace simpul::files
