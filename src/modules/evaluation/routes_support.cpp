#include "modules/evaluation/routes_support.h"

#include <algorithm>

#include "core/problem.h"
#include "modules/evaluation/framework_store.h"
#include "modules/evaluation/rules.h"
#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

Campaign require_campaign(db::Connection& c, const std::string& region_id, int64_t campaign_id) {
  auto found = find_campaign(c, region_id, campaign_id);
  if (!found)
    throw ProblemError(Problem::not_found(kCampaignNotFound));
  return *found;
}

std::shared_ptr<const frameworks::Framework> require_framework(db::Connection& c, const Campaign& campaign) {
  auto f = framework_for(c, campaign.region_id, campaign.framework_code);
  if (!f)
    throw ProblemError(Problem::conflict(
        {"Kerangka penilaian \"" + campaign.framework_code + "\" yang dipakai penilaian ini tidak dapat dibaca lagi.",
         "The evaluation framework \"" + campaign.framework_code + "\" this campaign uses can no longer be read."}));
  return f;
}

const frameworks::Indicator& require_indicator(const frameworks::Framework& f, int indicator_no) {
  const auto* i = f.indicator(indicator_no);
  if (!i)
    throw ProblemError(Problem::not_found({"Indikator " + std::to_string(indicator_no) + " tidak ada dalam kerangka penilaian ini.",
                                           "Indicator " + std::to_string(indicator_no) + " is not in this framework."}));
  return *i;
}

void require_open(const Campaign& campaign) {
  if (campaign.status != CampaignStatus::open)
    throw ProblemError(Problem::conflict(
        {"Penilaian mandiri ini sudah ditandatangani (Berita Acara). Buka kembali penilaian terlebih dahulu untuk mengubahnya.",
         "This self-assessment has been signed off. Reopen it first to change it."}));
}

AssessorRole require_assessor(db::Connection& c, const Campaign& campaign, const auth::Principal& who,
                              std::initializer_list<AssessorRole> roles) {
  auto role = assessor_role(c, campaign.campaign_id, who.user_id);
  if (!role)
    throw ProblemError(Problem::forbidden({"Hanya anggota Tim Asesor Internal penilaian ini yang dapat melakukannya.",
                                           "Only members of this campaign's internal assessor team can do this."}));
  if (roles.size() > 0 && std::find(roles.begin(), roles.end(), *role) == roles.end()) {
    std::string id_names, en_names;
    for (auto r : roles) {
      if (!id_names.empty()) id_names += " atau ", en_names += " or ";
      id_names += role_label_id(r);
      en_names += role_label_en(r);
    }
    throw ProblemError(Problem::forbidden({"Hanya " + id_names + " Tim Asesor Internal yang dapat melakukannya.",
                                           "Only the assessor team's " + en_names + " can do this."}));
  }
  return *role;
}

}  // namespace simpul::modules::evaluation
