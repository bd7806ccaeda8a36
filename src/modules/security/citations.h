#pragma once
// The obligations of the region's regulation that security refusals and views cite, found by
// their rule (not by one region's article numbers), so every region cites its own text:
//   - the report of an incident to the ICT office and the written notice to the data owner
//     (Kendari Pasal 14 ayat (8): incident-reported-to-diskominfo, incident-notified-to-data-owner);
//   - the Government CSIRT (OKI Pasal 26 ayat (7));
//   - the information security policy (Madiun Pasal 12 ayat (3), else the policy duty itself);
//   - the information security management process (Madiun Pasal 33 ayat (2) …).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/region_profile.h"

namespace simpul::modules::security {

struct SecurityCitations {
  std::optional<CitedObligation> ict_office_report, data_owner_notice, csirt, policy, management;
};
SecurityCitations security_citations(const profiles::Profile* profile);

// "Perwali Kendari 41/2021 Pasal 14 ayat (8)" or "".
std::string citation_text(const std::optional<CitedObligation>& cited);
// {article, text, citation} or null.
nlohmann::json citation_json(const std::optional<CitedObligation>& cited);

}  // namespace simpul::modules::security
