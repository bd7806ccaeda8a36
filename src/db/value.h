#pragma once
// Values that cross the database boundary: parameters in, rows out.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace simpul::db {

using Null = std::monostate;
using Value = std::variant<Null, int64_t, double, std::string>;
using Params = std::vector<Value>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}

  size_t size() const { return values_.size(); }
  bool is_null(size_t i) const { return std::holds_alternative<Null>(values_.at(i)); }
  int64_t int64(size_t i) const;      // integers (and integer text) only
  double real(size_t i) const;
  std::string text(size_t i) const;   // any non-null value as text
  std::string take_text(size_t i);    // as text(), moving a stored string out (for bulk reads)
  const Value& value(size_t i) const { return values_.at(i); }

 private:
  std::vector<Value> values_;
};

// How records meet rows: NULL stands for "none" and, in text columns, for the empty text.
Value value_of(const std::string& text);                 // NULL when empty
Value value_of(const std::optional<std::string>& text);  // NULL when absent
Value value_of(const std::optional<int64_t>& number);    // NULL when absent
std::string text_or_empty(const Row& r, size_t i);
std::optional<std::string> optional_text(const Row& r, size_t i);
std::optional<int64_t> optional_int64(const Row& r, size_t i);

}  // namespace simpul::db
