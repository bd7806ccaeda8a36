#pragma once
// The seven areas a Peta Rencana SPBE covers (Madiun Pasal 7 ayat (2), Batam Pasal 8
// ayat (3), Probolinggo Pasal 11 ayat (2)); budget lines use the same codes, so the
// consolidated budget can be read against the roadmap area by area.
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"

namespace simpul::modules::roadmaps {

struct Area {
  std::string code;  // governance, management, services, infrastructure, applications, security, audit
  Text label;        // "Tata Kelola" / "Governance" …
};

// In the order the regulations list them.
const std::vector<Area>& areas();
const std::set<std::string>& area_codes();
// The label of a code; the code itself when unknown.
Text area_label(const std::string& code);

}  // namespace simpul::modules::roadmaps
