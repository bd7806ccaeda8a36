#pragma once
// Campaigns, the assessor team, answers, sign-off events and external results in SQL
// (migrations/0021_evaluation.sql). Evidence and questions: evidence_store.h.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

std::vector<Campaign> list_campaigns(db::Connection& c, const std::string& region_id);  // newest year first
std::optional<Campaign> find_campaign(db::Connection& c, const std::string& region_id, int64_t campaign_id);
std::optional<Campaign> find_campaign_by_year(db::Connection& c, const std::string& region_id, int year);

std::vector<Assessor> list_assessors(db::Connection& c, int64_t campaign_id);
// The user's role in the campaign's assessor team, if they are on it.
std::optional<AssessorRole> assessor_role(db::Connection& c, int64_t campaign_id, int64_t user_id);

std::vector<Answer> list_answers(db::Connection& c, int64_t campaign_id);  // answered indicators only
std::optional<Answer> find_answer(db::Connection& c, int64_t campaign_id, int indicator_no);

std::vector<CampaignEvent> list_events(db::Connection& c, int64_t campaign_id);  // oldest first
std::vector<ExternalResult> list_external_results(db::Connection& c, int64_t campaign_id);

}  // namespace simpul::modules::evaluation
