#include "audit/diff.h"

namespace simpul::audit {

nlohmann::json changes_between(const nlohmann::json& before, const nlohmann::json& after) {
  nlohmann::json out = nlohmann::json::object();
  auto field = [](const nlohmann::json& obj, const std::string& key) {
    return obj.is_object() && obj.contains(key) ? obj.at(key) : nlohmann::json(nullptr);
  };
  auto consider = [&](const std::string& key) {
    auto b = field(before, key), a = field(after, key);
    if (b != a) out[key] = {{"before", b}, {"after", a}};
  };
  if (before.is_object())
    for (const auto& [key, _] : before.items()) consider(key);
  if (after.is_object())
    for (const auto& [key, _] : after.items())
      if (!out.contains(key)) consider(key);
  return out;
}

}  // namespace simpul::audit
