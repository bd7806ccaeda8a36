#include "modules/evaluation/suggestions.h"

#include <algorithm>

#include "modules/evaluation/record_kinds.h"
#include "modules/evaluation/suggestion_facts.h"
#include "modules/evaluation/suggestion_rules.h"

namespace simpul::modules::evaluation {

namespace {

// The proposal of rule `key` from the facts; level 1 with a plain reason for a key this build
// does not know (the loader refuses such frameworks, so this is a guard, not a path).
Proposal propose(const std::string& key, const SuggestionFacts& f) {
  if (key == "architecture") return propose_architecture(f.architecture);
  if (key == "roadmap") return propose_roadmap(f.roadmap);
  if (key == "application_registry") return propose_application_registry(f.applications);
  if (key == "data_centers") return propose_data_centers(f.data_centers);
  if (key == "intra_network") return propose_intra_network(f.network);
  if (key == "service_links") return propose_service_links(f.links);
  if (key == "risk_registers") return propose_risk_registers(f.risks);
  if (key == "service_desk") return propose_service_desk(f.service_desk);
  if (key == "complaint_channel") return propose_complaint_channel(f.complaints);
  auto audits = f.audits.find(key);
  if (key == "infrastructure_audits" && audits != f.audits.end()) return propose_audits(audits->second, {"infrastruktur", "infrastructure"});
  if (key == "application_audits" && audits != f.audits.end()) return propose_audits(audits->second, {"aplikasi", "application"});
  if (key == "security_audits" && audits != f.audits.end()) return propose_audits(audits->second, {"keamanan", "security"});
  return {1, {{"Aturan saran \"" + key + "\" tidak dikenal.", "The suggestion rule \"" + key + "\" is not known."}}};
}

}  // namespace

std::vector<Suggestion> suggest(db::Connection& c, const std::string& region_id, const frameworks::Framework& framework,
                                int year) {
  return suggest(c, region_id, framework, year, {});
}

std::vector<Suggestion> suggest(db::Connection& c, const std::string& region_id, const frameworks::Framework& framework,
                                int year, const std::vector<int>& only) {
  std::vector<const frameworks::Indicator*> chosen;
  std::vector<std::string> rules;
  for (const auto& placed : framework.indicators()) {
    const auto* ind = placed.indicator;
    if (ind->suggestion.empty()) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), ind->number) == only.end()) continue;
    chosen.push_back(ind);
    rules.push_back(ind->suggestion);
  }
  std::vector<Suggestion> out;
  if (chosen.empty()) return out;
  auto facts = load_suggestion_facts(c, region_id, year, rules);
  for (const auto* ind : chosen) {
    auto p = propose(ind->suggestion, facts);
    Suggestion s;
    s.indicator_no = ind->number;
    s.indicator_name = ind->name;
    s.rule = ind->suggestion;
    const auto* scale = framework.scale(ind->scale);
    s.level = scale ? std::clamp(p.level, scale->lowest(), scale->highest()) : p.level;
    if (const auto* level = scale ? scale->level(s.level) : nullptr) s.scale_level_name = level->name;
    s.reasons = std::move(p.reasons);
    if (auto r = facts.records.find(ind->suggestion); r != facts.records.end()) {
      for (const auto& shown : r->second.shown)
        s.records.push_back({shown.kind, shown.id, shown.title, record_href(shown.kind, shown.id)});
      s.record_counts = r->second.counts;
    }
    out.push_back(std::move(s));
  }
  return out;
}

void compare_with_answers(std::vector<Suggestion>& suggestions, const std::vector<Answer>& answers) {
  for (auto& s : suggestions) {
    s.self_level.reset();
    for (const auto& a : answers)
      if (a.indicator_no == s.indicator_no) s.self_level = a.level;
    s.differs = s.self_level && *s.self_level != s.level;
  }
}

nlohmann::json suggestion_json(const Suggestion& s) {
  nlohmann::json reasons = nlohmann::json::array(), records = nlohmann::json::array(), counts = nlohmann::json::array();
  for (const auto& r : s.reasons) reasons.push_back({{"id", r.id}, {"en", r.en}});
  for (const auto& r : s.records) records.push_back({{"kind", r.kind}, {"id", r.id}, {"title", r.title}, {"href", r.href}});
  for (const auto& [kind, count] : s.record_counts) counts.push_back({{"kind", kind}, {"count", count}});
  return {{"indicator", s.indicator_no},
          {"indicator_name", s.indicator_name},
          {"rule", s.rule},
          {"level", s.level},
          {"scale_level_name", s.scale_level_name},
          {"reasons", reasons},
          {"records", records},
          {"record_counts", counts},
          {"self_level", s.self_level ? nlohmann::json(*s.self_level) : nlohmann::json(nullptr)},
          {"differs", s.differs}};
}

}  // namespace simpul::modules::evaluation
