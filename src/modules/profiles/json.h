#pragma once
// A regulation profile as the API shows it.
#include <nlohmann/json.hpp>

#include "profiles/model.h"

namespace simpul::modules::profiles {

nlohmann::json summary_json(const simpul::profiles::Profile& p);  // name, citation, region, obligation_count
nlohmann::json full_json(const simpul::profiles::Profile& p);
nlohmann::json terms_json(const simpul::profiles::Profile* p);      // every term key, the profile's word or the national one
nlohmann::json rule_json(const simpul::profiles::Rule& r);
nlohmann::json citation_json(const simpul::profiles::Citation& c);

}  // namespace simpul::modules::profiles
