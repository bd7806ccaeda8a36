#include "modules/evaluation/json.h"

#include <cstdio>

namespace simpul::modules::evaluation {

namespace {
nlohmann::json optional_level(const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json index_value_json(const std::optional<IndexValue>& v) { return v ? nlohmann::json(v->text()) : nlohmann::json(nullptr); }

nlohmann::json campaign_json(const Campaign& c) {
  return {{"id", c.campaign_id},
          {"year", c.year},
          {"kind", kind_name(c.kind)},
          {"framework_code", c.framework_code},
          {"target_level", c.target_level},
          {"target_index", text_or_null(c.target_index)},
          {"decree_reference", c.decree_reference},
          {"status", status_name(c.status)},
          {"created_by", c.created_by},
          {"created_at", c.created_at},
          {"version", c.version}};
}

nlohmann::json assessor_json(const Assessor& a) {
  return {{"user_id", a.user_id}, {"username", a.username}, {"display_name", a.display_name},
          {"role", role_name(a.role)}, {"unit", a.unit}};
}

nlohmann::json answer_json(const Answer& a) {
  nlohmann::json verified = nullptr;
  if (!a.verified_at.empty()) verified = {{"by", a.verified_by}, {"at", a.verified_at}};
  return {{"indicator", a.indicator_no},
          {"level", optional_level(a.level)},
          {"explanation", a.explanation},
          {"target_level", optional_level(a.target_level)},
          {"verified", verified},
          {"updated_by", text_or_null(a.updated_by)},
          {"updated_at", text_or_null(a.updated_at)},
          {"version", a.version}};
}

nlohmann::json event_json(const CampaignEvent& e) {
  nlohmann::json out{{"id", e.event_id}, {"kind", e.kind}, {"by", e.by_user}, {"at", e.at}};
  if (e.kind == "reopened") out["reason"] = e.reason;
  if (e.kind == "signed_off") {
    nlohmann::json levels = nlohmann::json::object();
    for (const auto& [no, level] : e.levels) levels[std::to_string(no)] = level;
    out["levels"] = levels;
    out["index"] = text_or_null(e.index_value);
  }
  return out;
}

nlohmann::json index_json(const IndexResult& r) {
  nlohmann::json overall = nullptr;
  if (r.overall) overall = {{"value", r.overall->text()}, {"exact", r.overall->exact()}, {"predicate", r.predicate}};
  nlohmann::json domains = nlohmann::json::array(), aspects = nlohmann::json::array();
  for (const auto& d : r.domains)
    domains.push_back({{"number", d.domain->number}, {"name", d.domain->name}, {"weight", frameworks::hundredths_text(d.domain->weight)},
                       {"value", index_value_json(d.value)}, {"answered", d.answered}, {"indicators", d.indicators}});
  for (const auto& a : r.aspects)
    aspects.push_back({{"number", a.aspect->number}, {"name", a.aspect->name}, {"domain", a.domain->number},
                       {"weight", frameworks::hundredths_text(a.aspect->weight)}, {"value", index_value_json(a.value)},
                       {"answered", a.answered}, {"indicators", a.indicators}});
  return {{"overall", overall},          {"complete", r.complete()}, {"answered", r.answered},
          {"indicators", r.indicators},  {"domains", domains},       {"aspects", aspects}};
}

nlohmann::json external_json(const ExternalLevels* e, std::optional<int> self) {
  if (!e) return {{"document", nullptr}, {"interview", nullptr}, {"visit", nullptr}, {"result", nullptr}, {"difference", nullptr}};
  auto result = e->result();
  nlohmann::json difference = nullptr;
  if (result && self) difference = *result - *self;
  return {{"document", optional_level(e->document)}, {"interview", optional_level(e->interview)},
          {"visit", optional_level(e->visit)},       {"result", optional_level(result)},
          {"difference", difference}};
}

}  // namespace simpul::modules::evaluation
