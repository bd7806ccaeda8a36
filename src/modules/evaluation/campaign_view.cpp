#include "modules/evaluation/campaign_view.h"

#include <algorithm>

#include "modules/evaluation/json.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/store.h"

namespace simpul::modules::evaluation {

namespace {
nlohmann::json value_and_predicate(const IndexResult& r) {
  if (!r.overall) return {{"value", nullptr}, {"predicate", nullptr}};
  return {{"value", r.overall->text()}, {"predicate", r.predicate}};
}
}  // namespace

const Answer* CampaignView::answer(int indicator_no) const {
  for (const auto& a : answers)
    if (a.indicator_no == indicator_no) return &a;
  return nullptr;
}

CampaignView load_view(db::Connection& c, const Campaign& campaign) {
  CampaignView v;
  v.campaign = campaign;
  v.framework = require_framework(c, campaign);
  v.answers = list_answers(c, campaign.campaign_id);
  v.external_results = list_external_results(c, campaign.campaign_id);
  v.external = external_levels(v.external_results);
  v.self = compute_index(*v.framework, answered_levels(v.answers));
  auto result = result_levels(v.external);
  if (!result.empty()) v.result = compute_index(*v.framework, result);
  for (const auto& a : v.answers)
    if (!a.verified_at.empty()) ++v.verified;
  return v;
}

nlohmann::json campaign_summary_json(const CampaignView& v) {
  const auto& k = v.campaign;
  return {{"id", k.campaign_id},
          {"year", k.year},
          {"kind", kind_name(k.kind)},
          {"framework_code", k.framework_code},
          {"status", status_name(k.status)},
          {"answered", v.self.answered},
          {"indicators", v.self.indicators},
          {"verified", v.verified},
          {"index", index_value_json(v.self.overall)},
          {"predicate", v.self.overall ? nlohmann::json(v.self.predicate) : nlohmann::json(nullptr)},
          {"complete", v.self.complete()}};
}

nlohmann::json index_report_json(const CampaignView& v) {
  const auto& basis = v.official();
  nlohmann::json weakest = nlohmann::json::array();
  for (const auto* a : weakest_aspects_first(basis)) weakest.push_back(a->aspect->number);

  struct Gap { int indicator, level, target, gap; };
  std::vector<Gap> gaps;
  for (const auto& a : v.answers)
    if (a.level) {
      int target = target_of(v.campaign, &a);
      if (int g = gap_to_target(*a.level, target); g > 0) gaps.push_back({a.indicator_no, *a.level, target, g});
    }
  std::stable_sort(gaps.begin(), gaps.end(), [](const Gap& x, const Gap& y) { return x.gap > y.gap; });
  nlohmann::json gaps_json = nlohmann::json::array();
  for (const auto& g : gaps)
    gaps_json.push_back({{"indicator", g.indicator}, {"level", g.level}, {"target", g.target}, {"gap", g.gap}});

  nlohmann::json diffs = nlohmann::json::array();
  for (const auto& d : differences(answered_levels(v.answers), result_levels(v.external)))
    diffs.push_back({{"indicator", d.indicator_no}, {"self", d.self}, {"result", d.result}, {"difference", d.difference()}});

  return {{"self", index_json(v.self)},
          {"result", v.result ? index_json(*v.result) : nlohmann::json(nullptr)},
          {"weakest_aspects", weakest},
          {"gaps", gaps_json},
          {"differences", diffs}};
}

nlohmann::json indicator_row_json(const CampaignView& v, const frameworks::Framework::Placed& p, int evidence_count,
                                  int open_questions) {
  const auto& i = *p.indicator;
  const auto* a = v.answer(i.number);
  const auto* scale = v.framework->scale(i.scale);
  int target = target_of(v.campaign, a);
  std::optional<int> level = a ? a->level : std::nullopt;
  auto ext = v.external.find(i.number);
  nlohmann::json verified = nullptr;
  if (a && !a->verified_at.empty()) verified = {{"by", a->verified_by}, {"at", a->verified_at}};
  return {{"number", i.number},
          {"name", i.name},
          {"domain", {{"number", p.domain->number}, {"name", p.domain->name}}},
          {"aspect", {{"number", p.aspect->number}, {"name", p.aspect->name}}},
          {"scale", {{"key", i.scale}, {"name", scale ? scale->name : i.scale}}},
          {"weight", frameworks::hundredths_text(i.weight)},
          {"level", level ? nlohmann::json(*level) : nlohmann::json(nullptr)},
          {"target", target},
          {"gap", level ? nlohmann::json(gap_to_target(*level, target)) : nlohmann::json(nullptr)},
          {"explanation", a ? a->explanation : ""},
          {"verified", verified},
          {"version", a ? a->version : 0},
          {"evidence_count", evidence_count},
          {"open_questions", open_questions},
          {"external", external_json(ext == v.external.end() ? nullptr : &ext->second, level)}};
}

nlohmann::json trend_entry_json(const CampaignView& v) {
  const auto& official = v.official();
  nlohmann::json aspects = nlohmann::json::array(), domains = nlohmann::json::array();
  for (const auto& a : official.aspects)
    aspects.push_back({{"number", a.aspect->number}, {"name", a.aspect->name}, {"value", index_value_json(a.value)}});
  for (const auto& d : official.domains)
    domains.push_back({{"number", d.domain->number}, {"name", d.domain->name}, {"value", index_value_json(d.value)}});
  auto official_json = value_and_predicate(official);
  official_json["source"] = &official == &v.self ? "self" : "result";
  return {{"year", v.campaign.year},
          {"campaign_id", v.campaign.campaign_id},
          {"framework_code", v.campaign.framework_code},
          {"kind", kind_name(v.campaign.kind)},
          {"status", status_name(v.campaign.status)},
          {"self", value_and_predicate(v.self)},
          {"result", v.result ? value_and_predicate(*v.result) : nlohmann::json(nullptr)},
          {"official", official_json},
          {"aspects", aspects},
          {"domains", domains}};
}

}  // namespace simpul::modules::evaluation
