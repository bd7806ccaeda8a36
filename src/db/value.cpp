#include "db/value.h"

#include <stdexcept>
#include <string>

namespace simpul::db {

int64_t Row::int64(size_t i) const {
  const auto& v = values_.at(i);
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto s = std::get_if<std::string>(&v)) return std::stoll(*s);
  if (auto d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  throw std::logic_error("column " + std::to_string(i) + " is NULL, not an integer");
}

double Row::real(size_t i) const {
  const auto& v = values_.at(i);
  if (auto d = std::get_if<double>(&v)) return *d;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (auto s = std::get_if<std::string>(&v)) return std::stod(*s);
  throw std::logic_error("column " + std::to_string(i) + " is NULL, not a number");
}

std::string Row::text(size_t i) const {
  const auto& v = values_.at(i);
  if (auto s = std::get_if<std::string>(&v)) return *s;
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (auto d = std::get_if<double>(&v)) return std::to_string(*d);
  throw std::logic_error("column " + std::to_string(i) + " is NULL, not text");
}

std::string Row::take_text(size_t i) {
  if (auto s = std::get_if<std::string>(&values_.at(i))) return std::move(*s);
  return text(i);
}

Value value_of(const std::string& text) { return text.empty() ? Value{} : Value{text}; }
Value value_of(const std::optional<std::string>& text) { return text ? Value{*text} : Value{}; }
Value value_of(const std::optional<int64_t>& number) { return number ? Value{*number} : Value{}; }
std::string text_or_empty(const Row& r, size_t i) { return r.is_null(i) ? "" : r.text(i); }
std::optional<std::string> optional_text(const Row& r, size_t i) {
  return r.is_null(i) ? std::nullopt : std::optional<std::string>(r.text(i));
}
std::optional<int64_t> optional_int64(const Row& r, size_t i) {
  return r.is_null(i) ? std::nullopt : std::optional<int64_t>(r.int64(i));
}

}  // namespace simpul::db
