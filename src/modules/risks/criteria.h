#pragma once
// The region's risk criteria after PermenPANRB 5/2020 (Pedoman Manajemen Risiko SPBE),
// Formulir 2.6-2.10: risk categories with their appetite (Selera Risiko) per polarity,
// impact areas, likelihood and impact scales, the 5x5 lookup matrix (Besaran Risiko) and the
// level bands with their colours. Stored as one JSON document per region; without one the
// national criteria below apply. Pure: no I/O.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace simpul::modules::risks {

inline constexpr int kScale = 5;  // likelihood and impact levels 1..5 (Formulir 2.8)
inline constexpr int kMaxMagnitude = kScale * kScale;

struct Category {
  std::string key, name;
  int appetite_positive = 16;  // minimum magnitude of a positive risk that must be treated
  int appetite_negative = 11;  // … of a negative risk
};

struct ImpactArea {
  std::string key, name;
};

struct ScaleLevel {
  int level = 0;
  std::string name;
  std::string criteria;  // the example criterion (Tabel 8 / 9), free text
};

struct LevelBand {
  int level = 0;
  std::string name;
  int from = 0, to = 0;  // magnitudes, inclusive
  std::string colour;       // #rrggbb
  std::string colour_name;  // "Merah"
};

struct RiskCriteria {
  std::vector<Category> categories;
  std::vector<ImpactArea> impact_areas;
  std::vector<ScaleLevel> likelihood_levels, impact_levels;
  std::array<std::array<int, kScale>, kScale> matrix{};  // matrix[likelihood-1][impact-1]
  std::vector<LevelBand> levels;
};

// The national criteria of PermenPANRB 5/2020: 16 categories (appetites: the three national
// examples, 16 positive / 11 negative for the others), 7 impact areas, the 2.6 matrix, bands of 5.
const RiskCriteria& national_criteria();

nlohmann::json to_json(const RiskCriteria& criteria);
// Reads a stored or submitted document; 422 validation-failed naming every field path that
// is missing, of the wrong type or breaks a rule (see criteria_errors).
RiskCriteria parse_criteria(const nlohmann::json& body);
// What is wrong with well-typed criteria: matrix values 1..25 each once and never decreasing
// in likelihood or impact, bands contiguous over 1..25, appetites 1..25, keys unique.
std::vector<FieldError> criteria_errors(const RiskCriteria& criteria);

const Category* find_category(const RiskCriteria& criteria, const std::string& key);
const ImpactArea* find_impact_area(const RiskCriteria& criteria, const std::string& key);

}  // namespace simpul::modules::risks
