#pragma once
// Nullable values across the module's boundaries: optional fields to SQL parameters and back,
// to JSON null, and the user who did something as the API names them ({id, display_name}).
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "db/value.h"

namespace simpul::modules::security {

using db::value_of;
inline std::optional<std::string> text_or_null(const db::Row& r, size_t i) { return db::optional_text(r, i); }
inline std::optional<int64_t> id_or_null(const db::Row& r, size_t i) { return db::optional_int64(r, i); }
template <class T>
nlohmann::json or_null(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
inline nlohmann::json actor_json(const std::optional<int64_t>& id, const std::string& name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"display_name", name}};
}

}  // namespace simpul::modules::security
