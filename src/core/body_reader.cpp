#include "core/body_reader.h"

#include "core/dates.h"
#include "core/text.h"

namespace simpul {

BodyReader::BodyReader(const nlohmann::json& body, std::initializer_list<const char*> known_fields) : body_(body) {
  if (!body_.is_object()) {
    add("", {"Isi permintaan harus berupa objek JSON.", "The request body must be a JSON object."});
    return;
  }
  for (const auto& [key, _] : body_.items()) {
    bool known = false;
    for (const char* k : known_fields) known |= key == k;
    if (!known) add(key, {"Isian ini tidak dikenal.", "Unknown field."});
  }
}

bool BodyReader::has(const std::string& name) const { return body_.is_object() && body_.contains(name); }

void BodyReader::check() const {
  if (!errors_.empty()) throw ProblemError(Problem::validation_failed(errors_));
}

std::optional<std::string> BodyReader::text(const std::string& name, bool required, size_t max, const Text& message) {
  if (!has(name) || body_[name].is_null()) {
    if (required) add(name, message);
    return std::nullopt;
  }
  const auto& v = body_[name];
  if (!v.is_string()) return add(name, message), std::nullopt;
  auto s = trimmed(v.get<std::string>());
  if (s.empty() || utf8_length(s) > max) return add(name, message), std::nullopt;
  return s;
}

std::optional<std::optional<std::string>> BodyReader::nullable_text(const std::string& name, size_t max,
                                                                    const Text& message) {
  if (!has(name)) return std::nullopt;
  const auto& v = body_[name];
  if (v.is_null() || (v.is_string() && trimmed(v.get<std::string>()).empty())) return std::optional<std::string>{};
  auto s = text(name, true, max, message);
  if (!s) return std::nullopt;
  return std::optional<std::string>{*s};
}

std::optional<int64_t> BodyReader::id(const std::string& name, bool required, const Text& message) {
  if (!has(name) || body_[name].is_null()) {
    if (required) add(name, message);
    return std::nullopt;
  }
  const auto& v = body_[name];
  if (!v.is_number_integer() || v.get<int64_t>() < 1) return add(name, message), std::nullopt;
  return v.get<int64_t>();
}

std::optional<std::optional<int64_t>> BodyReader::nullable_id(const std::string& name, const Text& message) {
  if (!has(name)) return std::nullopt;
  if (body_[name].is_null()) return std::optional<int64_t>{};
  auto v = id(name, true, message);
  if (!v) return std::nullopt;
  return std::optional<int64_t>{*v};
}

std::optional<bool> BodyReader::flag(const std::string& name, bool required, const Text& message) {
  if (!has(name)) {
    if (required) add(name, message);
    return std::nullopt;
  }
  if (!body_[name].is_boolean()) return add(name, message), std::nullopt;
  return body_[name].get<bool>();
}

std::optional<std::string> BodyReader::word(const std::string& name, const std::set<std::string>& words, bool required,
                                            const Text& message) {
  if (!has(name) || body_[name].is_null()) {
    if (required) add(name, message);
    return std::nullopt;
  }
  const auto& v = body_[name];
  if (!v.is_string() || !words.count(v.get<std::string>())) return add(name, message), std::nullopt;
  return v.get<std::string>();
}

std::optional<std::vector<std::string>> BodyReader::words(const std::string& name, const std::set<std::string>& words,
                                                          const Text& message) {
  if (!has(name)) return std::nullopt;
  const auto& v = body_[name];
  if (!v.is_array()) return add(name, message), std::nullopt;
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& item : v) {
    if (!item.is_string() || !words.count(item.get<std::string>())) return add(name, message), std::nullopt;
    if (seen.insert(item.get<std::string>()).second) out.push_back(item.get<std::string>());
  }
  return out;
}

std::optional<std::optional<std::string>> BodyReader::nullable_date(const std::string& name, const Text& message) {
  if (!has(name)) return std::nullopt;
  const auto& v = body_[name];
  if (v.is_null()) return std::optional<std::string>{};
  if (!v.is_string() || !is_calendar_date(v.get<std::string>())) return add(name, message), std::nullopt;
  return std::optional<std::string>{v.get<std::string>()};
}

}  // namespace simpul
