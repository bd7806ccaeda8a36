#include "modules/roadmaps/areas.h"

namespace simpul::modules::roadmaps {

const std::vector<Area>& areas() {
  static const std::vector<Area> all = {
      {"governance", {"Tata Kelola", "Governance"}},
      {"management", {"Manajemen", "Management"}},
      {"services", {"Layanan", "Services"}},
      {"infrastructure", {"Infrastruktur", "Infrastructure"}},
      {"applications", {"Aplikasi", "Applications"}},
      {"security", {"Keamanan", "Security"}},
      {"audit", {"Audit TIK", "ICT audit"}},
  };
  return all;
}

const std::set<std::string>& area_codes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const auto& a : areas()) out.insert(a.code);
    return out;
  }();
  return codes;
}

Text area_label(const std::string& code) {
  for (const auto& a : areas())
    if (a.code == code) return a.label;
  return {code, code};
}

}  // namespace simpul::modules::roadmaps
