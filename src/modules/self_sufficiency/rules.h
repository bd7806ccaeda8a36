#pragma once
// The PD Mandiri TIK workflow as pure rules (Perwali Madiun 39/2021 Pasal 45):
//   assessed → proposed → granted | refused;  assessed | proposed → withdrawn.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "modules/self_sufficiency/model.h"

namespace simpul::modules::self_sufficiency {

// {"<key>": {"met": bool, "note": "…"}} for exactly the profile's criteria; 422 otherwise.
std::vector<Judgement> parse_judgements(const nlohmann::json& criteria, const simpul::profiles::SelfSufficiency& rule);

bool is_open(const std::string& status);

// Why the step cannot be taken now; nothing when it can.
std::optional<Text> cannot_propose(const Assessment& a);
std::optional<Text> cannot_decide(const Assessment& a);
std::optional<Text> cannot_withdraw(const Assessment& a);

struct Decision {
  bool granted = false;
  std::string decree_number;
  std::string decree_date;
  std::string note;
};

// Granting needs the decree's number and date (not in the future, not before the
// proposal); refusing needs the reason. `today` and `proposed_on` are YYYY-MM-DD. 422 otherwise.
Decision parse_decision(const nlohmann::json& body, const std::string& today, const std::string& proposed_on);

}  // namespace simpul::modules::self_sufficiency
