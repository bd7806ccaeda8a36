#pragma once
// The fixed words a profile may use (docs/profiles.md, "Fixed vocabularies" and
// "Rule kinds"). Anything else in a profile is a load error.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace simpul::profiles::vocabulary {

const std::set<std::string>& term_keys();
const std::set<std::string>& required_terms();
const std::set<std::string>& agency_kinds();
const std::set<std::string>& agency_roles();
const std::set<std::string>& body_kinds();
const std::set<std::string>& member_roles();
const std::set<std::string>& member_selectors();
const std::set<std::string>& architecture_domains();
const std::set<std::string>& subjects();    // `binds`
const std::set<std::string>& conditions();  // `when`
const std::set<std::string>& time_zones();
const std::set<std::string>& grants();      // what PD Mandiri TIK lets an agency do itself

// The fields one rule kind takes, by type.
struct RuleShape {
  std::vector<std::string> identifiers;           // required snake_case words
  std::vector<std::string> optional_identifiers;
  std::vector<std::string> texts;                 // required free text (naming pattern)
  std::vector<std::string> periods;               // required ISO 8601 periods
  std::vector<std::string> optional_periods;
  std::vector<std::string> lists;                 // required non-empty lists of words
  std::vector<std::string> optional_lists;
  bool min = false;                               // required_role's count
};
const std::map<std::string, RuleShape>& rule_shapes();

bool is_identifier(const std::string& s);  // lowercase snake_case
bool is_key(const std::string& s);         // lowercase words joined by - or _
bool is_article(const std::string& s);     // "Pasal 24 ayat (4) huruf b"

}  // namespace simpul::profiles::vocabulary
