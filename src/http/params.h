#pragma once
// Path parameters that name a record by number.
#include <cstdint>
#include <string>

#include "core/lang.h"
#include "http/message.h"

namespace simpul::http {

// The positive number in path parameter `name`; 404 with `not_found` otherwise
// (a malformed id names no record, so it is "not found", not "bad request").
int64_t id_param(const Request& req, const std::string& name, const Text& not_found);

}  // namespace simpul::http
