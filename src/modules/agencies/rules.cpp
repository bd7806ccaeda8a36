#include "modules/agencies/rules.h"

#include <map>

#include "core/body_reader.h"
#include "profiles/vocabulary.h"

namespace simpul::modules::agencies {

AgencyInput parse_agency(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"name", "short_name", "kind", "parent_agency_id", "roles"});
  AgencyInput in;
  in.name = r.text("name", creating, 200, {"Isi nama perangkat daerah (1-200 karakter).", "Enter the agency's name (1-200 characters)."});
  in.short_name = r.text("short_name", creating, 40,
                         {"Isi nama singkat perangkat daerah (1-40 karakter), misalnya Diskominfo.",
                          "Enter the agency's short name (1-40 characters), e.g. Diskominfo."});
  const auto& kinds = simpul::profiles::vocabulary::agency_kinds();
  std::string kind_list;
  for (const auto& k : kinds) kind_list += (kind_list.empty() ? "" : ", ") + k;
  in.kind = r.word("kind", kinds, creating,
                   {"Pilih jenis perangkat daerah: " + kind_list + ".", "Choose the kind of agency: " + kind_list + "."});
  in.parent_agency_id = r.nullable_id("parent_agency_id", {"Induk harus berupa perangkat daerah yang sah.",
                                                           "The parent must be a valid agency."});
  in.roles = r.words("roles", simpul::profiles::vocabulary::agency_roles(),
                     {"Peran koordinasi hanya boleh: ict_office, planning_office, organization_bureau.",
                      "Coordinating roles may only be: ict_office, planning_office, organization_bureau."});
  r.check();
  return in;
}

void apply(const AgencyInput& in, Agency& a) {
  if (in.name) a.name = *in.name;
  if (in.short_name) a.short_name = *in.short_name;
  if (in.kind) a.kind = *in.kind;
  if (in.parent_agency_id) a.parent_agency_id = *in.parent_agency_id;
  if (in.roles) a.set_roles(*in.roles);
}

std::vector<FieldError> conflicts_with(const Agency& a, const std::vector<Agency>& others) {
  std::vector<FieldError> errors;
  std::map<int64_t, const Agency*> by_id;
  for (const auto& o : others) by_id[o.id] = &o;
  for (const auto& o : others) {
    if (o.id == a.id) continue;
    if (o.short_name == a.short_name)
      errors.push_back({"short_name", {"Nama singkat \"" + a.short_name + "\" sudah dipakai " + o.name + ".",
                                       "The short name \"" + a.short_name + "\" is already used by " + o.name + "."}});
    auto role_taken = [&](bool mine, bool theirs, const std::string& role_id, const std::string& role_en) {
      if (mine && theirs)
        errors.push_back({"roles", {"Peran " + role_id + " sudah dipegang " + o.name + "; lepaskan dulu di sana.",
                                    "The role " + role_en + " is already held by " + o.name + "; remove it there first."}});
    };
    role_taken(a.ict_office, o.ict_office, "dinas TIK (ict_office)", "ICT office (ict_office)");
    role_taken(a.planning_office, o.planning_office, "perencanaan (planning_office)", "planning office (planning_office)");
    role_taken(a.organization_bureau, o.organization_bureau, "bagian organisasi (organization_bureau)",
               "organization bureau (organization_bureau)");
  }
  if (a.parent_agency_id) {
    // Walk up from the parent: reaching `a` again would make a circle.
    auto it = by_id.find(*a.parent_agency_id);
    if (it == by_id.end())
      errors.push_back({"parent_agency_id", {"Perangkat daerah induk tidak ada di daerah Anda.", "The parent agency does not exist in your region."}});
    for (int steps = 0; it != by_id.end() && steps < 1000; ++steps) {
      if (it->second->id == a.id) {
        errors.push_back({"parent_agency_id", {"Perangkat daerah tidak boleh menjadi induk dirinya sendiri, langsung maupun tidak langsung.",
                                               "An agency cannot be its own parent, directly or indirectly."}});
        break;
      }
      if (!it->second->parent_agency_id) break;
      it = by_id.find(*it->second->parent_agency_id);
    }
  }
  return errors;
}

}  // namespace simpul::modules::agencies
