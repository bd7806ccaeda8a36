#pragma once
// The evaluation's shapes on the wire (docs/evaluation-contract.md): campaign, assessor, answer,
// event and index. The other parts' routes use answer_json and index_json as they are.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frameworks/model.h"
#include "modules/evaluation/index.h"
#include "modules/evaluation/model.h"
#include "modules/evaluation/rules.h"

namespace simpul::modules::evaluation {

nlohmann::json index_value_json(const std::optional<IndexValue>& v);  // "2.95" or null

nlohmann::json campaign_json(const Campaign& c);  // the stored fields
nlohmann::json assessor_json(const Assessor& a);
// The answer of an indicator (null level while none chosen) with its verification.
nlohmann::json answer_json(const Answer& a);
nlohmann::json event_json(const CampaignEvent& e);
// {overall: {value, exact, predicate} | null, complete, answered, indicators, domains, aspects}
nlohmann::json index_json(const IndexResult& r);
// {document, interview, visit, result, difference}; difference = result − self when both exist.
nlohmann::json external_json(const ExternalLevels* e, std::optional<int> self);

}  // namespace simpul::modules::evaluation
