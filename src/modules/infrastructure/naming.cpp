#include "modules/infrastructure/naming.h"

#include <cctype>

namespace simpul::modules::infrastructure {

namespace {

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::set<std::string> rule_whats(const std::string& kind) {
  if (kind == "region_domain") return {"region_domain"};
  if (kind == "agency_subdomain" || kind == "website") return {"agency_subdomain", "agency_website"};
  if (kind == "email") return {"official_email_address"};
  return {};
}

std::string filled(const std::string& pattern, const std::string& label) {
  std::string out = pattern;
  const std::string slot = "{agency}";
  for (auto at = out.find(slot); at != std::string::npos; at = out.find(slot, at + label.size()))
    out.replace(at, slot.size(), label);
  return lower(out);
}

}  // namespace

std::vector<NamingRule> naming_rules(const simpul::profiles::Profile* profile, const std::string& kind) {
  std::vector<NamingRule> out;
  if (!profile) return out;
  auto whats = rule_whats(kind);
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "naming" && whats.count(o.rule.value("what")))
      out.push_back({o.rule.value("pattern"), profile->citation.short_name + " " + o.article});
  return out;
}

std::vector<std::string> agency_labels(const std::string& short_name, const std::string& profile_key) {
  std::vector<std::string> out;
  std::string label;
  for (char ch : short_name)
    if (std::isalnum(static_cast<unsigned char>(ch))) label.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  if (!label.empty()) out.push_back(label);
  std::string key = lower(profile_key);
  for (auto& ch : key)
    if (ch == '_') ch = '-';
  if (!key.empty() && key != label) out.push_back(key);
  return out;
}

bool is_dns_name(const std::string& name) {
  if (name.empty() || name.size() > 253) return false;
  size_t labels = 0, start = 0;
  while (true) {
    auto dot = name.find('.', start);
    auto label = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char ch : label)
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-') return false;
    ++labels;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return labels >= 2;
}

bool is_email_address(const std::string& name) {
  auto at = name.find('@');
  if (at == std::string::npos || at == 0 || at > 64 || name.find('@', at + 1) != std::string::npos) return false;
  auto local = name.substr(0, at);
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos) return false;
  for (char ch : local)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '.' && ch != '_' && ch != '+' && ch != '-') return false;
  return is_dns_name(name.substr(at + 1));
}

bool is_valid_name(const std::string& kind, const std::string& name) {
  return kind == "email" ? is_email_address(name) : is_dns_name(name);
}

bool follows_pattern(const std::string& pattern, const std::string& kind, const std::string& name,
                     const std::vector<std::string>& labels) {
  auto wanted = lower(name);
  std::vector<std::string> expected;
  if (pattern.find("{agency}") == std::string::npos)
    expected.push_back(lower(pattern));
  else
    for (const auto& label : labels) expected.push_back(filled(pattern, label));
  for (const auto& e : expected) {
    if (wanted == e) return true;
    if (kind != "email" && kind != "region_domain" && ends_with(wanted, "." + e)) return true;
  }
  return false;
}

std::string example_name(const std::string& pattern, const std::vector<std::string>& labels) {
  if (labels.empty() || pattern.find("{agency}") == std::string::npos) return pattern;
  return filled(pattern, labels.front());
}

std::optional<Text> naming_problem(const std::vector<NamingRule>& rules, const std::string& kind, const std::string& name,
                                   const std::vector<std::string>& labels) {
  for (const auto& rule : rules) {
    if (follows_pattern(rule.pattern, kind, name, labels)) continue;
    auto example = example_name(rule.pattern, labels);
    std::string expected = "\"" + rule.pattern + "\"" + (example != rule.pattern ? " (" + example + ")" : "");
    return Text{"Nama " + name + " tidak mengikuti pola " + expected + " yang diwajibkan (" + rule.citation +
                    "); {agency} adalah nama singkat perangkat daerah dalam huruf kecil.",
                "The name " + name + " does not follow the required pattern " + expected + " (" + rule.citation +
                    "); {agency} is the agency's short name in lower case."};
  }
  return std::nullopt;
}

}  // namespace simpul::modules::infrastructure
