#include "app/region_profile.h"

#include "profiles/loader.h"

namespace simpul {

const profiles::Profile* region_profile(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT profile FROM regions WHERE region_id = ?", {region_id});
  if (rows.empty()) return nullptr;
  return profiles::find_builtin(rows[0].text(0));
}

std::optional<CitedObligation> cited_obligation(const profiles::Profile* profile,
                                                const std::function<bool(const profiles::Obligation&)>& matches) {
  if (!profile) return std::nullopt;
  for (const auto& o : profile->obligations)
    if (matches(o)) return CitedObligation{o.article, o.text, profile->citation.short_name + " " + o.article};
  return std::nullopt;
}

}  // namespace simpul
