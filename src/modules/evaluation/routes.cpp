#include "modules/evaluation/routes.h"

#include "modules/evaluation/routes_support.h"

namespace simpul::modules::evaluation {

void add_routes(http::Router& router, AppContext& ctx) {
  add_framework_routes(router, ctx);
  add_campaign_routes(router, ctx);
  add_answer_routes(router, ctx);
  add_evidence_routes(router, ctx);
  add_question_routes(router, ctx);
  add_external_routes(router, ctx);
  add_suggestion_routes(router, ctx);
  add_report_routes(router, ctx);
}

}  // namespace simpul::modules::evaluation
