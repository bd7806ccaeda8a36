#pragma once
// Cursor pagination shared by every list endpoint: ?limit=1..100&cursor=…
// The cursor is an opaque token holding the sort key of the last item seen,
// so pages stay stable while records are added.
#include <cstdint>
#include <optional>
#include <vector>
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

// The cursor's key as a number (ids, sequence numbers); 400 when it is not one.
std::optional<int64_t> after_number(const PageRequest& page);

// The answer for a page read with `limit + 1` rows: the extra row, when there is
// one, is dropped and only tells that `next_cursor` (the last item's key) is needed.
template <class T, class KeyOf, class ToJson>
nlohmann::json page_body(std::vector<T> items, int limit, KeyOf key_of, ToJson to_json) {
  nlohmann::json next = nullptr;
  if (static_cast<int>(items.size()) > limit) {
    items.resize(static_cast<size_t>(limit));
    next = encode_cursor(key_of(items.back()));
  }
  nlohmann::json body = {{"items", nlohmann::json::array()}, {"next_cursor", next}};
  for (const auto& item : items) body["items"].push_back(to_json(item));
  return body;
}

}  // namespace simpul::http
