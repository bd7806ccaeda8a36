#pragma once
// The naming rules for domains, websites and official e-mail addresses, pure (no I/O).
// A region's profile may bind them to a pattern: "{agency}.madiunkota.go.id" (Perwali
// Madiun 39/2021 Pasal 21 ayat (2)), "kaboki.go.id", "{agency}.kaboki.go.id" and
// "{agency}@kaboki.go.id" (Perbup OKI 32/2022 Pasal 22 ayat (2), (3) and (6)).
//
// `{agency}` stands for the agency's label: its short name in lower case with spaces, dots
// and other signs left out ("Dinkes" → dinkes, "Bag. Organisasi" → bagorganisasi, "Satpol PP"
// → satpolpp), or the key the regulation itself gives the agency, "_" written "-"
// (diskominfo). A kind without a rule in the profile takes any valid name.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"
#include "profiles/model.h"

namespace simpul::modules::infrastructure {

inline const std::set<std::string> kDomainKinds{"region_domain", "agency_subdomain", "website", "email"};

// The profile's `naming` rules that bind a record of this kind (rule `what`):
//   region_domain → region_domain; agency_subdomain and website → agency_subdomain and
//   agency_website; email → official_email_address.
struct NamingRule {
  std::string pattern;
  std::string citation;  // "Perbup OKI 32/2022 Pasal 22 ayat (3)"
};
std::vector<NamingRule> naming_rules(const simpul::profiles::Profile* profile, const std::string& kind);

// The labels `{agency}` may take for this agency (see the header comment); empty short name
// and key give none.
std::vector<std::string> agency_labels(const std::string& short_name, const std::string& profile_key);

// A host name of letters, digits and "-" in dot-separated labels of 1-63 characters, at
// least two labels, at most 253 characters, not starting or ending a label with "-".
bool is_dns_name(const std::string& name);
// local@domain: a local part of letters, digits and . _ + - (1-64), and a DNS name.
bool is_email_address(const std::string& name);
// What the name must look like for its kind, before any rule: an e-mail address for
// "email", a DNS name otherwise.
bool is_valid_name(const std::string& kind, const std::string& name);

// The name follows the pattern for one of the labels. For domains, websites and subdomains
// a name under the pattern's name also follows it (portal.dinkes.madiunkota.go.id is under
// dinkes.madiunkota.go.id); e-mail addresses must match exactly. Case does not matter.
bool follows_pattern(const std::string& pattern, const std::string& kind, const std::string& name,
                     const std::vector<std::string>& labels);

// The pattern with {agency} filled in with the first label, for telling the user what to
// write ("dinkes.madiunkota.go.id"); the pattern itself when there is no label.
std::string example_name(const std::string& pattern, const std::vector<std::string>& labels);

// Why the name breaks one of the rules (the first one it breaks), naming the expected
// pattern and citing the article; nothing when it follows them all.
std::optional<Text> naming_problem(const std::vector<NamingRule>& rules, const std::string& kind, const std::string& name,
                                   const std::vector<std::string>& labels);

}  // namespace simpul::modules::infrastructure
