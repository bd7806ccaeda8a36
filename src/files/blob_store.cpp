#include "files/blob_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/digest.h"

namespace simpul::files {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& what, const fs::path& path) {
  throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

void write_all_durably(const fs::path& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) fail("cannot create", path);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      fail("cannot write", path);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    fail("cannot flush", path);
  }
  ::close(fd);
}

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail("cannot open", dir);
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

fs::path BlobStore::path_of(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256.substr(2, 2) / sha256;
}

void BlobStore::put(const std::string& sha256, std::string_view bytes) const {
  auto target = path_of(sha256);
  std::error_code ec;
  if (fs::exists(target, ec) && fs::file_size(target, ec) == bytes.size()) return;  // already stored
  fs::create_directories(target.parent_path());
  fs::create_directories(root_ / "tmp");
  auto temporary = root_ / "tmp" / (sha256 + "." + random_hex(8));
  try {
    write_all_durably(temporary, bytes);
    fs::rename(temporary, target);
  } catch (...) {
    fs::remove(temporary, ec);
    throw;
  }
  sync_directory(target.parent_path());
}

std::optional<std::string> BlobStore::get(const std::string& sha256) const {
  std::ifstream in(path_of(sha256), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

fs::path files_dir(const config::Config& config) {
  if (!config.files_dir.empty()) return config.files_dir;
  const std::string& url = config.database_url;
  if (url.rfind("sqlite:", 0) == 0) {
    fs::path db(url.substr(7));
    return (db.has_parent_path() ? db.parent_path() : fs::path(".")) / "files";
  }
  return "var/files";
}

}  // namespace simpul::files
