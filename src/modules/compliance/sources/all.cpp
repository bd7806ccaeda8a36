#include "modules/compliance/sources/source.h"

namespace simpul::modules::compliance {

std::vector<std::unique_ptr<Source>> make_sources() {
  std::vector<std::unique_ptr<Source>> out;
  out.push_back(make_infrastructure_source());
  out.push_back(make_registry_source());
  out.push_back(make_governance_source());
  out.push_back(make_management_source());
  return out;
}

}  // namespace simpul::modules::compliance
