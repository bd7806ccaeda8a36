// The suggested levels of a campaign: every indicator with a rule, or one of them. Read only:
// a proposal never writes an answer (the assessors choose the level).
#include "core/problem.h"
#include "http/params.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/store.h"
#include "modules/evaluation/suggestions.h"

namespace simpul::modules::evaluation {

void add_suggestion_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase + "/campaigns/{campaign_id}/suggestions", Permission::evaluation_read, [&ctx](http::Request& req) {
    auto campaign_id = campaign_param(req);
    return ctx.db->read([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, campaign_id);
      auto framework = require_framework(c, campaign);
      auto suggestions = suggest(c, campaign.region_id, *framework, campaign.year);
      compare_with_answers(suggestions, list_answers(c, campaign.campaign_id));
      nlohmann::json items = nlohmann::json::array();
      for (const auto& s : suggestions) items.push_back(suggestion_json(s));
      return http::Response::json(200, {{"campaign_id", campaign.campaign_id},
                                        {"year", campaign.year},
                                        {"framework", campaign.framework_code},
                                        {"suggestions", items}});
    });
  });

  router.add("GET", kBase + "/campaigns/{campaign_id}/suggestions/{no}", Permission::evaluation_read, [&ctx](http::Request& req) {
    auto campaign_id = campaign_param(req);
    auto no = http::id_param(req, "no", kIndicatorNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, campaign_id);
      auto framework = require_framework(c, campaign);
      const auto& indicator = require_indicator(*framework, static_cast<int>(no));
      if (indicator.suggestion.empty())
        throw ProblemError(Problem::not_found(
            {"Indikator " + std::to_string(no) + " tidak punya saran tingkat dari catatan Simpul; Tim Asesor menilainya sendiri.",
             "Indicator " + std::to_string(no) + " has no suggested level from Simpul's records; the assessor team judges it."}));
      auto suggestions = suggest(c, campaign.region_id, *framework, campaign.year, {indicator.number});
      compare_with_answers(suggestions, list_answers(c, campaign.campaign_id));
      return http::Response::json(200, suggestion_json(suggestions.at(0)));
    });
  });
}

}  // namespace simpul::modules::evaluation
