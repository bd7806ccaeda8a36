#pragma once
// The rules of SPBE risk management after PermenPANRB 5/2020, pure (no I/O):
//   - magnitude (Besaran Risiko) from the lookup matrix, its level band, and the decision to
//     treat: magnitude at or above the appetite of the category and polarity (Formulir 2.9-2.10);
//   - the priority order of the register (magnitude first, expert judgement among equals);
//   - the treatment options allowed per polarity (2.9) and the steps of a treatment;
//   - the residual loop: a done treatment's residual is assessed; while it is at or above the
//     appetite the risk needs another treatment; status open → treating → closed.
// The region's regulation makes the register a duty of every agency (e.g. Madiun Pasal 32).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"
#include "profiles/model.h"
#include "modules/risks/criteria.h"

namespace simpul::modules::risks {

inline const std::set<std::string> kPolarities{"positive", "negative"};
inline const std::set<std::string> kRiskStatuses{"open", "treating", "closed"};
inline const std::set<std::string> kTreatmentStatuses{"planned", "in_progress", "done"};
inline const std::set<std::string> kControls{"sop", "supervision", "tiered_review", "regulation", "routine_monitoring"};

// The magnitude of a (likelihood, impact) pair; both must be within 1..kScale.
int magnitude(const RiskCriteria& criteria, int likelihood, int impact);
// The band holding `magnitude`; the last band when none does (criteria are validated).
const LevelBand& level_of(const RiskCriteria& criteria, int magnitude);
// The appetite of the category for the polarity; kMaxMagnitude + 1 (never treat) for an unknown category.
int appetite(const RiskCriteria& criteria, const std::string& category, const std::string& polarity);
bool must_treat(const RiskCriteria& criteria, const std::string& category, const std::string& polarity, int magnitude);

// A level 1..kScale as a whole JSON number.
bool is_level(int value);

// One assessment: what the magnitude, level and decision are for a pair of levels.
struct Assessment {
  int likelihood = 0, impact_level = 0;
  int magnitude = 0, level = 0;
  bool treat = false;
};
Assessment assess(const RiskCriteria& criteria, const std::string& category, const std::string& polarity,
                  int likelihood, int impact_level);

// Priority order of the register: magnitude descending, then priority_rank ascending (none
// last), then agency, then number. True when a comes first.
struct PriorityKey {
  int magnitude = 0;
  std::optional<int> priority_rank;
  long long agency_id = 0;
  int number = 0;
};
bool comes_first(const PriorityKey& a, const PriorityKey& b);

// "Perwali Madiun 39/2021 Pasal 32 ayat (2)": the region's article on the risk process (the
// obligation to keep the risk register); "" without a profile or such an obligation.
std::string risk_citation(const profiles::Profile* profile);

// Treatment options of 2.9 for the polarity.
const std::set<std::string>& allowed_options(const std::string& polarity);
// Why the option does not fit the polarity (PermenPANRB 5/2020), nothing when it does.
std::optional<Text> option_problem(const std::string& polarity, const std::string& option);

// The state the close rule looks at.
struct RiskState {
  std::string status;                 // open | treating | closed
  bool treat = false;                 // inherent magnitude at or above the appetite
  std::optional<bool> residual_treat;  // the latest residual, if any
  bool has_accept = false;            // a treatment with option "accept" exists
  int treatment_count = 0;
};
// The risk still needs (another) treatment: it must be treated and nothing brings it below the appetite.
bool needs_treatment(const RiskState& s);
bool may_close(const RiskState& s);
// Why the risk cannot be closed now; `citation` is the region's article on the risk process
// ("Pasal 32 ayat (2) Perwali Madiun 39/2021"), empty when it has none.
std::optional<Text> cannot_close(const RiskState& s, const std::string& citation);
std::optional<Text> cannot_reopen(const RiskState& s);
// Edits and treatments of a closed risk wait until it is reopened.
std::optional<Text> cannot_change(const RiskState& s);
// The status after a treatment was added to a risk in `status`.
std::string status_after_treatment_added(const std::string& status);
// The status a reopened risk takes.
std::string status_when_reopened(const RiskState& s);

// Steps of a treatment: planned → in_progress → done, planned → done; a done treatment is
// final (any change is refused: add another treatment instead).
std::optional<Text> treatment_step_problem(const std::string& from, const std::string& to);

}  // namespace simpul::modules::risks
