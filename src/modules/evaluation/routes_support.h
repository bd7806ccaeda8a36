#pragma once
// What the evaluation route files share: the base path, the campaign lookups and the
// checks of the caller's place in the campaign's assessor team.
#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>

#include "app/context.h"
#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "frameworks/model.h"
#include "http/params.h"
#include "http/router.h"
#include "modules/evaluation/model.h"

namespace simpul::modules::evaluation {

inline const std::string kBase = "/api/v1/evaluation";
inline const Text kCampaignNotFound{"Penilaian SPBE tidak ditemukan.", "SPBE evaluation campaign not found."};
inline const Text kIndicatorNotFound{"Indikator tidak ditemukan.", "Indicator not found."};

// The {campaign_id} and {indicator_no} of a route's path (404 when not a number).
inline int64_t campaign_param(const http::Request& req) { return http::id_param(req, "campaign_id", kCampaignNotFound); }
inline int indicator_param(const http::Request& req) {
  return static_cast<int>(std::min<int64_t>(http::id_param(req, "indicator_no", kIndicatorNotFound), 1'000'000));
}

// The campaign, or 404.
Campaign require_campaign(db::Connection& c, const std::string& region_id, int64_t campaign_id);
// The campaign's framework (it may have been imported), or 409 when it can no longer be read.
std::shared_ptr<const frameworks::Framework> require_framework(db::Connection& c, const Campaign& campaign);
// The indicator of the campaign's framework, or 404.
const frameworks::Indicator& require_indicator(const frameworks::Framework& f, int indicator_no);
// 409 unless the campaign is open: a signed-off self-assessment changes only after reopening.
void require_open(const Campaign& campaign);
// 403 unless the caller is on the campaign's assessor team in one of `roles` (any role when empty).
AssessorRole require_assessor(db::Connection& c, const Campaign& campaign, const auth::Principal& who,
                              std::initializer_list<AssessorRole> roles = {});

void add_framework_routes(http::Router& router, AppContext& ctx);     // routes_frameworks.cpp
void add_campaign_routes(http::Router& router, AppContext& ctx);      // routes_campaigns.cpp
void add_answer_routes(http::Router& router, AppContext& ctx);        // routes_answers.cpp
void add_evidence_routes(http::Router& router, AppContext& ctx);      // routes_evidence.cpp
void add_question_routes(http::Router& router, AppContext& ctx);      // routes_questions.cpp
void add_external_routes(http::Router& router, AppContext& ctx);      // routes_external.cpp
void add_suggestion_routes(http::Router& router, AppContext& ctx);    // routes_suggestions.cpp
void add_report_routes(http::Router& router, AppContext& ctx);        // routes_reports.cpp

}  // namespace simpul::modules::evaluation
