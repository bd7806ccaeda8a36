#pragma once
// Cursor pagination shared by every list endpoint: ?limit=1..100&cursor=…
// The cursor is an opaque token holding the sort key of the last item seen,
// so pages stay stable while records are added.
#include <optional>
#include <string>

#include "http/message.h"

namespace simpul::http {

struct PageRequest {
  int limit = 50;
  std::optional<std::string> after;  // decoded sort key
};

inline constexpr int kMaxPageSize = 100;

// Reads limit and cursor; throws ProblemError(bad-request) naming the bad parameter.
PageRequest parse_page_request(const Request& req);

std::string encode_cursor(const std::string& key);

}  // namespace simpul::http
