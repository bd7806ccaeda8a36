#pragma once
// Small conversions the infrastructure stores share.
#include <optional>
#include <string>

#include "db/database.h"

namespace simpul::modules::infrastructure::store_support {

inline std::string text_or_empty(const db::Row& r, int i) { return r.is_null(i) ? "" : r.text(i); }
inline std::optional<int64_t> id_or_none(const db::Row& r, int i) {
  return r.is_null(i) ? std::nullopt : std::optional<int64_t>(r.int64(i));
}
inline db::Value value_of(const std::optional<int64_t>& v) { return v ? db::Value{*v} : db::Value{}; }

}  // namespace simpul::modules::infrastructure::store_support
