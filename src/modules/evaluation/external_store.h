#pragma once
// Writes of the external assessors' results (evaluation_external_results); the campaign's
// list of them is list_external_results in store.h. The caller's write transaction.
#include <optional>
#include <string>

#include "db/database.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

std::optional<ExternalResult> find_external_result(db::Connection& c, int64_t campaign_id, int indicator_no,
                                                   ExternalStage stage);
void insert_external_result(db::Connection& c, const Campaign& campaign, const ExternalResult& r);
// Saves level and note where the version is still `expected_version` (`r.version` is the new one).
bool update_external_result(db::Connection& c, int64_t campaign_id, const ExternalResult& r, int64_t expected_version);
bool delete_external_result(db::Connection& c, int64_t campaign_id, int indicator_no, ExternalStage stage);

}  // namespace simpul::modules::evaluation
