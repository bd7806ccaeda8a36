#include "modules/evaluation/index.h"

#include <algorithm>

namespace simpul::modules::evaluation {

namespace {

using frameworks::Hundredths;

int64_t power_of_ten(int decimals) {
  int64_t p = 1;
  for (int i = 0; i < decimals; ++i) p *= 10;
  return p;
}

// Σ (level × weight) and Σ weight over the answered indicators of a part of the framework.
// Every index of PermenPANRB 59/2020 is such a ratio: an aspect's value times its weight is
// the sum of its indicators' level × weight, so a domain's Σ (aspect value × aspect weight)
// is again a sum of whole level × weight terms, and likewise the overall index (whose weights
// add up to 100). Keeping the two sums means no value is ever rounded before publication.
struct Sums {
  int64_t weighted = 0;  // Σ level × weight (weight in hundredths)
  Hundredths weight = 0; // Σ weight of the answered indicators
  int answered = 0;
  int indicators = 0;
  void add(const Sums& o) {
    weighted += o.weighted;
    weight += o.weight;
    answered += o.answered;
    indicators += o.indicators;
  }
};

// While some indicators have no level, the denominator is the weight of those that have one:
// the working figure is then the weighted mean of what is answered, at every level (aspect,
// domain, overall), rather than a value dragged down by the blanks. Once every indicator is
// answered the denominators are the framework's weights and the figure is the regulation's.
std::optional<IndexValue> value_of(const Sums& s, int decimals) {
  if (s.answered == 0 || s.weight == 0) return std::nullopt;
  IndexValue v;
  v.numerator = s.weighted;
  v.denominator = s.weight;
  v.decimals = decimals;
  v.published = round_half_up(v.numerator, v.denominator, decimals);
  return v;
}

}  // namespace

std::string IndexValue::text() const {
  int64_t scale = power_of_ten(decimals);
  std::string whole = std::to_string(published / scale);
  if (decimals == 0) return whole;
  std::string fraction = std::to_string(published % scale);
  return whole + "." + std::string(decimals - fraction.size(), '0') + fraction;
}

int64_t round_half_up(int64_t numerator, int64_t denominator, int decimals) {
  if (denominator <= 0) return 0;
  // floor((n × 10^d) / den + 1/2) = floor((2 × n × 10^d + den) / (2 × den)), in 128 bits.
  __int128 scaled = static_cast<__int128>(numerator) * power_of_ten(decimals);
  return static_cast<int64_t>((2 * scaled + denominator) / (2 * static_cast<__int128>(denominator)));
}

std::string predicate_of(const frameworks::Framework& framework, int64_t published, int decimals) {
  if (framework.bands.empty()) return "";
  // Bands start in hundredths; compare both sides in the finer of the two units.
  __int128 value = static_cast<__int128>(published) * 100;
  for (const auto& band : framework.bands)
    if (value >= static_cast<__int128>(band.from) * power_of_ten(decimals)) return band.name;
  // Below the lowest band's start cannot happen with valid levels (the loader makes the last
  // band start at the lowest index possible); the lowest band is the honest answer.
  return framework.bands.back().name;
}

int gap_to_target(int level, int target) { return level < target ? target - level : 0; }

IndexResult compute_index(const frameworks::Framework& framework, const Levels& levels) {
  IndexResult result;
  Sums overall;
  for (const auto& domain : framework.domains) {
    Sums domain_sums;
    for (const auto& aspect : domain.aspects) {
      Sums aspect_sums;
      for (const auto& indicator : aspect.indicators) {
        ++aspect_sums.indicators;
        auto it = levels.find(indicator.number);
        if (it == levels.end()) continue;
        ++aspect_sums.answered;
        aspect_sums.weighted += static_cast<int64_t>(it->second) * indicator.weight;
        aspect_sums.weight += indicator.weight;
      }
      result.aspects.push_back({&aspect, &domain, value_of(aspect_sums, framework.decimals), aspect_sums.answered, aspect_sums.indicators});
      domain_sums.add(aspect_sums);
    }
    result.domains.push_back({&domain, value_of(domain_sums, framework.decimals), domain_sums.answered, domain_sums.indicators});
    overall.add(domain_sums);
  }
  result.overall = value_of(overall, framework.decimals);
  result.answered = overall.answered;
  result.indicators = overall.indicators;
  if (result.overall) result.predicate = predicate_of(framework, result.overall->published, framework.decimals);
  return result;
}

std::vector<const AspectIndex*> weakest_aspects_first(const IndexResult& result) {
  std::vector<const AspectIndex*> out;
  for (const auto& a : result.aspects)
    if (a.value) out.push_back(&a);
  // Compare the exact fractions by cross-multiplying (denominators are positive).
  std::stable_sort(out.begin(), out.end(), [](const AspectIndex* x, const AspectIndex* y) {
    return static_cast<__int128>(x->value->numerator) * y->value->denominator <
           static_cast<__int128>(y->value->numerator) * x->value->denominator;
  });
  return out;
}

}  // namespace simpul::modules::evaluation
