#pragma once
// Compliance as the API shows it (docs/compliance-contract.md, "Shapes").
#include <nlohmann/json.hpp>

#include "modules/compliance/views.h"

namespace simpul::modules::compliance {

nlohmann::json text_json(const Text& t);  // {"id": …, "en": …}
nlohmann::json tally_json(const Tally& t);
nlohmann::json obligation_json(const profiles::Obligation& o, const profiles::Profile& profile);
nlohmann::json subject_json(const Subject& s);
nlohmann::json finding_json(const Finding& f, const profiles::Profile& profile);
nlohmann::json findings_json(const std::vector<const Finding*>& findings, const profiles::Profile& profile);

}  // namespace simpul::modules::compliance
