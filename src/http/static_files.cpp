#include "http/static_files.h"

#include <fstream>
#include <map>
#include <sstream>

namespace simpul::http {

namespace fs = std::filesystem;

bool is_api_path(std::string_view path) {
  for (std::string_view prefix : {"/api/", "/healthz", "/readyz", "/metrics"})
    if (path.rfind(prefix, 0) == 0) return true;
  return path == "/api";
}

StaticFiles::StaticFiles(fs::path root) {
  std::error_code ec;
  root_ = fs::weakly_canonical(fs::absolute(root), ec);
  if (ec) root_ = root;
}

std::string StaticFiles::content_type_for(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},           {".svg", "image/svg+xml"},
      {".png", "image/png"},                   {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},                {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},   {".map", "application/json"},
      {".webmanifest", "application/manifest+json"}};
  auto it = types.find(file.extension().string());
  return it != types.end() ? it->second : "application/octet-stream";
}

std::optional<fs::path> StaticFiles::resolve(const std::string& path) const {
  if (path.find('\0') != std::string::npos) return std::nullopt;
  fs::path relative = fs::path(path).relative_path().lexically_normal();
  for (const auto& part : relative)
    if (part == "..") return std::nullopt;
  std::error_code ec;
  fs::path full = fs::weakly_canonical(root_ / relative, ec);
  if (ec) return std::nullopt;
  // Symlinks may not lead out of the root either.
  auto [root_end, _] = std::mismatch(root_.begin(), root_.end(), full.begin(), full.end());
  if (root_end != root_.end()) return std::nullopt;
  if (!fs::is_regular_file(full, ec)) return std::nullopt;
  return full;
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  if ((req.method != "GET" && req.method != "HEAD") || is_api_path(req.path)) return std::nullopt;
  auto file = resolve(req.path);
  bool spa_route = false;
  if (!file) {
    // Client-side routes have no extension; a missing asset (with one) is a 404.
    if (fs::path(req.path).has_extension()) return std::nullopt;
    file = resolve("/index.html");
    spa_route = true;
    if (!file) return std::nullopt;
  }
  std::ifstream in(*file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream body;
  body << in.rdbuf();
  Response res = Response::text(200, body.str(), content_type_for(*file));
  bool hashed_asset = !spa_route && req.path.rfind("/assets/", 0) == 0;
  res.header("cache-control", hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
  return res;
}

}  // namespace simpul::http
