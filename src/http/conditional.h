#pragma once
// Optimistic concurrency: updates must name the version they change (If-Match).
#include <cstdint>
#include <optional>
#include <string>

#include "http/message.h"

namespace simpul::http {

// The version from If-Match ("3" or W/"3"); 428 when absent, 412 when unreadable.
int64_t required_version(const Request& req);
// The same, but a request without If-Match is allowed (a step that is safe to repeat on
// the latest version, such as adding a review): nullopt then.
std::optional<int64_t> optional_version(const Request& req);
std::string etag(int64_t version);

}  // namespace simpul::http
