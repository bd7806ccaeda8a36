#pragma once
// A campaign as the routes show it: its framework, answers and external results read once,
// and the self-assessed and external indexes computed live from them (never stored).
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/database.h"
#include "modules/evaluation/index.h"
#include "modules/evaluation/model.h"
#include "modules/evaluation/rules.h"

namespace simpul::modules::evaluation {

struct CampaignView {
  Campaign campaign;
  std::shared_ptr<const frameworks::Framework> framework;
  std::vector<Answer> answers;
  std::vector<ExternalResult> external_results;  // as entered, by indicator and stage
  std::map<int, ExternalLevels> external;
  IndexResult self;
  std::optional<IndexResult> result;  // of the external result levels; none while none entered
  int verified = 0;

  const Answer* answer(int indicator_no) const;
  // The external result when complete, else the self-assessment: what is compared year over year.
  const IndexResult& official() const { return result && result->complete() ? *result : self; }
};

CampaignView load_view(db::Connection& c, const Campaign& campaign);

// The campaign as the list shows it: counts and the published index.
nlohmann::json campaign_summary_json(const CampaignView& v);
// GET …/index: self, result, weakest aspects, gaps and differences.
nlohmann::json index_report_json(const CampaignView& v);
// One indicator as GET …/indicators lists it: where it sits, its weight, the answer, the target
// and gap, the evidence and open questions counted, the external levels.
nlohmann::json indicator_row_json(const CampaignView& v, const frameworks::Framework::Placed& p, int evidence_count,
                                  int open_questions);
// One year of GET /trend.
nlohmann::json trend_entry_json(const CampaignView& v);

}  // namespace simpul::modules::evaluation
