#include "modules/service_desk/coverage.h"

namespace simpul::service_desk {

namespace {

std::optional<CitedObligation> role_obligation(const profiles::Profile* profile, const std::string& role) {
  return cited_obligation(profile, [&](const profiles::Obligation& o) {
    return o.rule.kind == "required_role" && o.rule.value("role") == role;
  });
}

}  // namespace

std::optional<CitedObligation> tier1_obligation(const profiles::Profile* profile) { return role_obligation(profile, "tier1"); }
std::optional<CitedObligation> tier2_obligation(const profiles::Profile* profile) { return role_obligation(profile, "tier2"); }

std::optional<CitedObligation> report_obligation(const profiles::Profile* profile) {
  auto reporting = cited_obligation(profile, [](const profiles::Obligation& o) {
    return o.rule.value("to") == "service_desk_report_to_ict_office";
  });
  return reporting ? reporting : tier1_obligation(profile);
}

std::map<int64_t, int64_t> tier1_staff_counts(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, int64_t> counts;
  // spbe_roles is a JSON array of words; the quotes make "tier1" match only the whole word.
  for (const auto& row : c.query("SELECT agency_id, COUNT(*) FROM people WHERE region_id = ? AND agency_id IS NOT NULL "
                                 "AND spbe_roles LIKE ? GROUP BY agency_id",
                                 {region_id, std::string("%\"tier1\"%")}))
    counts[row.int64(0)] = row.int64(1);
  return counts;
}

}  // namespace simpul::service_desk
