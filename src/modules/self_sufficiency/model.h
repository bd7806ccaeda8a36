#pragma once
// A PD Mandiri TIK assessment (Perwali Madiun 39/2021 Pasal 45): the ICT office judges
// an agency against the regulation's criteria, proposes it, the committee chair decides.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "profiles/model.h"

namespace simpul::modules::self_sufficiency {

struct Judgement {
  std::string key;
  bool met = false;
  std::string note;
};

struct Assessment {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name;  // read only
  std::string status = "assessed";  // assessed, proposed, granted, refused, withdrawn
  std::vector<Judgement> criteria;
  std::string note;
  std::string assessed_by, assessed_at;
  std::string proposed_by, proposed_at;
  std::string decided_by, decided_at;
  std::string decree_number, decree_date, decision_note;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// The record as the API shows it; `rule` adds each criterion's article and text.
nlohmann::json to_json(const Assessment& a, const simpul::profiles::SelfSufficiency* rule);

}  // namespace simpul::modules::self_sufficiency
