#pragma once
// Serves the built web UI (web/dist): files by path with the right content
// type and caching, and index.html for client-side routes. Never serves a
// file outside the web root.
#include <filesystem>
#include <optional>
#include <string>

#include "http/message.h"

namespace simpul::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // Answers GET/HEAD for paths outside the API; nullopt means "not a web UI path".
  std::optional<Response> serve(const Request& req) const;

  // Resolves a request path to a file inside the root; nullopt if it escapes or does not exist.
  std::optional<std::filesystem::path> resolve(const std::string& path) const;

  static std::string content_type_for(const std::filesystem::path& file);

 private:
  std::filesystem::path root_;
};

// Paths the web UI never answers, so they get a problem+json 404 instead of index.html.
bool is_api_path(std::string_view path);

}  // namespace simpul::http
