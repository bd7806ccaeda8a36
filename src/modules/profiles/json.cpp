#include "modules/profiles/json.h"

#include "profiles/vocabulary.h"

namespace simpul::modules::profiles {

namespace p = simpul::profiles;
using nlohmann::json;

namespace {
json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }
json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json body_json(const p::Body& b) {
  json members = json::array();
  for (const auto& m : b.members)
    members.push_back({{"role", m.role}, {"position", or_null(m.position)}, {"selector", or_null(m.selector)}});
  json groups = json::array();
  for (const auto& w : b.working_groups) groups.push_back(body_json(w));
  return {{"key", b.key}, {"kind", b.kind}, {"name", b.name}, {"article", b.article}, {"formed_by", or_null(b.formed_by)},
          {"members", members}, {"working_groups", groups}};
}
}  // namespace

json citation_json(const p::Citation& c) {
  return {{"title", c.title}, {"short", c.short_name}, {"instrument", c.instrument}, {"number", c.number}, {"year", c.year}};
}

json summary_json(const p::Profile& pr) {
  return {{"name", pr.name},
          {"citation", citation_json(pr.citation)},
          {"region", {{"kind", pr.region.kind}, {"name", pr.region.name}, {"time_zone", pr.region.time_zone}, {"domain", pr.region.domain}}},
          {"obligation_count", pr.obligations.size()}};
}

json terms_json(const p::Profile* pr) {
  json out = json::object();
  static const p::Profile national;
  for (const auto& key : p::vocabulary::term_keys()) out[key] = text_json((pr ? *pr : national).term(key));
  return out;
}

json rule_json(const p::Rule& r) {
  json j = {{"kind", r.kind}};
  for (const auto& [k, v] : r.values) j[k] = v;
  for (const auto& [k, v] : r.periods) j[k] = v.text;
  for (const auto& [k, v] : r.lists) j[k] = v;
  if (r.kind == "required_role") j["min"] = r.min;
  return j;
}

json full_json(const p::Profile& pr) {
  json j = summary_json(pr);
  j["terms"] = terms_json(&pr);
  j["agencies"] = json::array();
  for (const auto& a : pr.agencies)
    j["agencies"].push_back({{"key", a.key}, {"name", a.name}, {"short_name", a.short_name}, {"kind", a.kind},
                             {"roles", a.roles}, {"parent", or_null(a.parent)}});
  j["positions"] = json::array();
  for (const auto& pos : pr.positions)
    j["positions"].push_back({{"key", pos.key}, {"title", pos.title}, {"agency", or_null(pos.agency)}, {"head", pos.head}});
  j["bodies"] = json::array();
  for (const auto& b : pr.bodies) j["bodies"].push_back(body_json(b));
  j["gcio"] = pr.gcio ? json{{"position", pr.gcio->position}, {"article", pr.gcio->article}} : json(nullptr);
  j["architecture_domains"] = json::array();
  for (const auto& d : pr.architecture_domains)
    j["architecture_domains"].push_back({{"domain", d.domain}, {"coordinator", d.coordinator}, {"article", d.article}});
  if (pr.self_sufficiency) {
    const auto& s = *pr.self_sufficiency;
    json criteria = json::array();
    for (const auto& c : s.criteria) criteria.push_back({{"key", c.key}, {"article", c.article}, {"text", c.text}});
    j["ict_self_sufficiency"] = {{"article", s.article}, {"assessed_by", s.assessed_by},
                                 {"decided_by", {{"body", s.decided_by_body}, {"role", s.decided_by_role}}},
                                 {"decree", s.decree}, {"criteria", criteria}, {"grants", s.grants}};
  } else {
    j["ict_self_sufficiency"] = nullptr;
  }
  j["obligations"] = json::array();
  for (const auto& o : pr.obligations)
    j["obligations"].push_back({{"id", o.id}, {"article", o.article}, {"text", o.text}, {"binds", o.binds},
                                {"when", or_null(o.when)}, {"rule", rule_json(o.rule)}});
  return j;
}

}  // namespace simpul::modules::profiles
