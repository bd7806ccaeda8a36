#pragma once
// Query parameters that filter lists: a record's number (?agency_id=12) or one word of
// a fixed set (?status=active). Anything else is a 400 that says what is expected.
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "http/message.h"

namespace simpul::http {

// The positive whole number in ?name=, nullopt when absent or empty; 400 otherwise.
std::optional<int64_t> number_param(const Request& req, const char* name);

// The word in ?name= when it is one of `words`, "" when absent; 400 listing the words otherwise.
std::string word_param(const Request& req, const char* name, const std::set<std::string>& words);

}  // namespace simpul::http
