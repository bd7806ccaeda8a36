#pragma once
// The index exactly as PermenPANRB 59/2020 §B.4 defines it (pure):
//   Indeks Aspek  = Σ (level × indicator weight) / aspect weight
//   Indeks Domain = Σ (aspect index × aspect weight) / domain weight
//   Indeks SPBE   = Σ (domain index × domain weight) / 100
// Computed exactly (weights in hundredths, levels whole: every value is a fraction with an
// integer numerator), and rounded half up to the framework's decimals only for publication,
// as the official reports show them (2,9475 → 2,95). The predicate is read from the rounded
// index, the value people see: a published 2,60 is "Baik".
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frameworks/model.h"

namespace simpul::modules::evaluation {

// An index value: exact as numerator / denominator, plus the published (rounded) value in
// hundredths when decimals = 2 (generally in 10^-decimals units).
struct IndexValue {
  int64_t numerator = 0;
  int64_t denominator = 1;
  int64_t published = 0;   // round half up of numerator/denominator × 10^decimals
  int decimals = 2;
  double exact() const { return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator); }
  std::string text() const;  // "2.95": the published value with its decimals
};

struct AspectIndex {
  const frameworks::Aspect* aspect = nullptr;
  const frameworks::Domain* domain = nullptr;
  std::optional<IndexValue> value;  // empty while none of its indicators has a level
  int answered = 0;
  int indicators = 0;
};

struct DomainIndex {
  const frameworks::Domain* domain = nullptr;
  std::optional<IndexValue> value;
  int answered = 0;
  int indicators = 0;
};

struct IndexResult {
  std::vector<AspectIndex> aspects;   // in framework order
  std::vector<DomainIndex> domains;
  std::optional<IndexValue> overall;
  std::string predicate;              // from the published overall index; empty without one
  int answered = 0;
  int indicators = 0;
  bool complete() const { return indicators > 0 && answered == indicators; }
};

// Levels by indicator number; an indicator missing from the map has no level yet. While some
// are missing, each value is over the answered indicators' weights only (a working figure, marked
// incomplete); once all are there it is the regulation's index.
using Levels = std::map<int, int>;

IndexResult compute_index(const frameworks::Framework& framework, const Levels& levels);

// Round half up of numerator / denominator to `decimals` (numerator, denominator ≥ 0).
int64_t round_half_up(int64_t numerator, int64_t denominator, int decimals);
// The band a published index (in 10^-decimals units) falls in.
std::string predicate_of(const frameworks::Framework& framework, int64_t published, int decimals);

// The gap of an indicator to its target: target − level when below, else 0.
int gap_to_target(int level, int target);

// Aspects with a value, weakest first (lowest exact value; ties in framework order).
std::vector<const AspectIndex*> weakest_aspects_first(const IndexResult& result);

}  // namespace simpul::modules::evaluation
