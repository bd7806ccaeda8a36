#include "profiles/model.h"

namespace simpul::profiles {

const std::string& Rule::value(const std::string& name) const {
  static const std::string none;
  auto it = values.find(name);
  return it == values.end() ? none : it->second;
}

const Period* Rule::period(const std::string& name) const {
  auto it = periods.find(name);
  return it == periods.end() ? nullptr : &it->second;
}

const std::vector<std::string>& Rule::list(const std::string& name) const {
  static const std::vector<std::string> none;
  auto it = lists.find(name);
  return it == lists.end() ? none : it->second;
}

const Obligation* Profile::obligation(const std::string& id) const {
  for (const auto& o : obligations)
    if (o.id == id) return &o;
  return nullptr;
}

namespace {
const Body* find_body(const std::vector<Body>& bodies, const std::string& key) {
  for (const auto& b : bodies) {
    if (b.key == key) return &b;
    if (auto* w = find_body(b.working_groups, key)) return w;
  }
  return nullptr;
}
}  // namespace

const Body* Profile::body(const std::string& key) const { return find_body(bodies, key); }

const PositionTemplate* Profile::position(const std::string& key) const {
  for (const auto& p : positions)
    if (p.key == key) return &p;
  return nullptr;
}

const AgencyTemplate* Profile::agency(const std::string& key) const {
  for (const auto& a : agencies)
    if (a.key == key) return &a;
  return nullptr;
}

Text Profile::term(const std::string& key) const {
  if (auto it = terms.find(key); it != terms.end()) return it->second;
  static const std::map<std::string, Text> national{
      {"region_head", {"Kepala Daerah", "Head of region"}},
      {"region_secretary", {"Sekretaris Daerah", "Regional Secretary"}},
      {"agency", {"Perangkat Daerah", "Regional agency"}},
      {"ict_office", {"Dinas Komunikasi dan Informatika", "ICT office"}},
      {"planning_office", {"Bappeda", "Planning office"}},
      {"organization_bureau", {"Bagian Organisasi", "Organization bureau"}},
      {"committee", {"Tim Koordinasi SPBE", "SPBE coordination team"}},
      {"tier1", {"Service Desk Tier 1", "Service Desk Tier 1"}},
      {"tier2", {"Service Desk Tier 2", "Service Desk Tier 2"}},
      {"gcio", {"GCIO", "GCIO"}},
      {"ict_self_sufficient", {"PD Mandiri TIK", "ICT self-sufficient agency"}},
      {"data_steward", {"Walidata", "Data steward"}},
      {"service_desk", {"Service Desk", "Service desk"}}};
  if (auto it = national.find(key); it != national.end()) return it->second;
  return {key, key};
}

}  // namespace simpul::profiles
