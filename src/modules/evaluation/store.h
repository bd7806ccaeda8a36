#pragma once
// Campaigns, the assessor team, answers, sign-off events and external results in SQL
// (migrations/0021_evaluation.sql). Evidence and questions: evidence_store.h.
#include <map>
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

// ---- writes (the caller's write transaction; the routes add the audit entries) ----

int64_t insert_campaign(db::Connection& c, Campaign& campaign);
// Saves kind, targets, decree reference, status and version where the version is still
// `expected_version`; false when someone else changed it first.
bool update_campaign(db::Connection& c, const Campaign& campaign, int64_t expected_version);

// Adds the user to the team or changes their role and unit.
void put_assessor(db::Connection& c, const Campaign& campaign, const Assessor& a, const std::string& by,
                  const std::string& at);
bool delete_assessor(db::Connection& c, int64_t campaign_id, int64_t user_id);

// Inserts the answer when `expected_version` is 0, else updates it where the version is still
// `expected_version` (`answer.version` is the new one); false when someone else wrote first.
bool save_answer(db::Connection& c, const std::string& region_id, int64_t campaign_id, const Answer& answer,
                 int64_t expected_version);

int64_t insert_event(db::Connection& c, const Campaign& campaign, CampaignEvent& event);

// A staff user of the region (not a citizen) with their display name and username, or nothing.
struct StaffUser {
  int64_t user_id = 0;
  std::string username;
  std::string display_name;
};
std::optional<StaffUser> find_staff_user(db::Connection& c, const std::string& region_id, int64_t user_id);

// Live evidence and open questions per indicator (the other parts' tables, one grouped read each).
std::map<int, int> evidence_counts(db::Connection& c, int64_t campaign_id);
std::map<int, int> open_question_counts(db::Connection& c, int64_t campaign_id);

}  // namespace simpul::modules::evaluation
