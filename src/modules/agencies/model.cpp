#include "modules/agencies/model.h"

namespace simpul::modules::agencies {

std::vector<std::string> Agency::roles() const {
  std::vector<std::string> out;
  if (ict_office) out.push_back("ict_office");
  if (planning_office) out.push_back("planning_office");
  if (organization_bureau) out.push_back("organization_bureau");
  return out;
}

void Agency::set_roles(const std::vector<std::string>& roles) {
  ict_office = planning_office = organization_bureau = false;
  for (const auto& r : roles) {
    if (r == "ict_office") ict_office = true;
    if (r == "planning_office") planning_office = true;
    if (r == "organization_bureau") organization_bureau = true;
  }
}

namespace {
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json to_json(const Agency& a) {
  return {{"id", a.id},
          {"name", a.name},
          {"short_name", a.short_name},
          {"kind", a.kind},
          {"parent_agency_id", a.parent_agency_id ? nlohmann::json(*a.parent_agency_id) : nlohmann::json(nullptr)},
          {"roles", a.roles()},
          {"ict_self_sufficient", a.ict_self_sufficient},
          {"ict_self_sufficient_decree", text_or_null(a.ict_self_sufficient_decree)},
          {"ict_self_sufficient_since", text_or_null(a.ict_self_sufficient_since)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

nlohmann::json to_json(const Agency& a, const Extras& extras) {
  auto j = to_json(a);
  if (extras.head) {
    const auto& h = *extras.head;
    j["head"] = {{"position_id", h.position_id},
                 {"title", h.title},
                 {"person", h.person_id ? nlohmann::json{{"id", *h.person_id}, {"name", h.person_name}} : nlohmann::json(nullptr)}};
  } else {
    j["head"] = nullptr;
  }
  j["people_count"] = extras.people_count;
  j["may_do_itself"] = a.ict_self_sufficient ? extras.grants : std::vector<std::string>{};
  return j;
}

}  // namespace simpul::modules::agencies
