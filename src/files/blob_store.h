#pragma once
// The bytes of uploaded files on disk, named by their SHA-256: <root>/ab/cd/<hash>.
// A write goes to a temporary file, is flushed to disk and then renamed into place, so
// a file is either whole or absent; writing bytes that are already there does nothing.
// Content addressing makes this safe outside the database transaction: a file written
// for a transaction that then fails is an unreferenced copy, never a wrong one.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"

namespace simpul::files {

class BlobStore {
 public:
  explicit BlobStore(std::filesystem::path root) : root_(std::move(root)) {}

  // Stores `bytes` under `sha256` (which must be their hash); throws std::runtime_error on I/O failure.
  void put(const std::string& sha256, std::string_view bytes) const;
  std::optional<std::string> get(const std::string& sha256) const;
  std::filesystem::path path_of(const std::string& sha256) const;

 private:
  std::filesystem::path root_;
};

// The configured files folder, or its default: files/ beside the SQLite database,
// var/files with PostgreSQL.
std::filesystem::path files_dir(const config::Config& config);

}  // namespace simpul::files
