#pragma once
// What the demo region's assessor team wrote about each indicator of PermenPANRB 59/2020,
// and the level it chose in each of the last three years: plain data for
// demo_evaluation.cpp. The levels are chosen per indicator the way a kota grows (policies
// first, the eight management areas and the audits last), not fitted to an index; they
// give 2,44 (Cukup) two years ago and 2,72 (Baik) last year.
#include <array>
#include <string>
#include <vector>

namespace simpul::demo_evaluation {

struct IndicatorStory {
  int number;
  std::array<int, 3> levels;   // two years ago, last year, this year
  const char* subject;         // "Kebijakan internal Arsitektur SPBE"
  const char* detail;          // what the team found and showed, one or two sentences
};

// The 47 indicators in order.
const std::vector<IndicatorStory>& indicator_stories();

// The explanation an assessor writes for a level: the subject, what the level means on the
// indicator's scale ("process" or "service"), the detail, and what changed since the
// previous year's level (0: no previous year).
std::string explanation(const IndicatorStory& story, const std::string& scale, int level, int previous_level,
                        int previous_year);

}  // namespace simpul::demo_evaluation
