#pragma once
// The campaign's rules (pure): who on the assessor team may do what, when a self-assessment
// is ready to be signed off, and what the external assessors' result is per indicator.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"
#include "frameworks/model.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

// The role's name in the decree's words: "Koordinator SPBE" / "SPBE coordinator".
std::string role_label_id(AssessorRole r);
std::string role_label_en(AssessorRole r);

// What a team member does to the self-assessment.
enum class TeamAction { score, ask, verify, sign_off, reopen };
// Any member scores and asks; the person in charge verifies; the coordinator signs off and reopens.
bool team_may(AssessorRole role, TeamAction action);
// The roles that may do `action`.
std::vector<AssessorRole> roles_for(TeamAction action);
// Coordinator, person in charge and data entry are single seats; members are any number.
bool single_seat(AssessorRole role);

// Why a sign-off cannot happen yet: the indicators without a level and those not verified.
struct Readiness {
  std::vector<int> unanswered;
  std::vector<int> unverified;  // answered but not verified
  bool ready() const { return unanswered.empty() && unverified.empty(); }
};
Readiness sign_off_readiness(const frameworks::Framework& f, const std::vector<Answer>& answers);
// The refusal of a sign-off in words (listing the indicators), or nothing when ready.
std::optional<Text> sign_off_refusal(const Campaign& campaign, const Readiness& r);
std::optional<Text> reopen_refusal(const Campaign& campaign);
// Verification needs a level and an explanation.
std::optional<Text> verification_refusal(const Answer& answer);

// The levels as answered, by indicator number (unanswered indicators absent).
std::map<int, int> answered_levels(const std::vector<Answer>& answers);

// The external assessors' levels of one indicator at each stage, and the result: the latest stage
// entered (visit over interview over document).
struct ExternalLevels {
  std::optional<int> document, interview, visit;
  std::optional<int> result() const { return visit ? visit : interview ? interview : document; }
};
std::map<int, ExternalLevels> external_levels(const std::vector<ExternalResult>& results);
std::map<int, int> result_levels(const std::map<int, ExternalLevels>& external);

// Where the result differs from the self-assessment: result − self.
struct Difference {
  int indicator_no = 0;
  int self = 0;
  int result = 0;
  int difference() const { return result - self; }
};
std::vector<Difference> differences(const std::map<int, int>& self, const std::map<int, int>& result);

// The level wanted for an indicator: its own target, else the campaign's.
int target_of(const Campaign& campaign, const Answer* answer);

// "2.60" (or empty): a target index with the framework's decimals, ≥ 0 and at most the highest level.
bool valid_target_index(const std::string& text, int decimals, int highest_level);

}  // namespace simpul::modules::evaluation
