#pragma once
// A regulation profile: one regional SPBE regulation as data (docs/profiles.md).
// Plain structs; the loader (loader.h) is the only way to make one, and it has
// already checked every reference and vocabulary when a Profile exists.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"
#include "profiles/period.h"

namespace simpul::profiles {

struct Citation {
  std::string title;
  std::string short_name;  // "Perwali Madiun 39/2021"
  std::string instrument;  // perwali | perbup
  int number = 0;
  int year = 0;
  std::string source;  // path of the source text, relative to profiles/
};

struct RegionTemplate {
  std::string kind;  // kota | kabupaten
  std::string name;
  std::string time_zone;
  std::string domain;
};

struct AgencyTemplate {
  std::string key;
  std::string name;
  std::string short_name;
  std::string kind;
  std::vector<std::string> roles;  // ict_office | planning_office | organization_bureau
  std::string parent;              // agency key or empty
};

struct PositionTemplate {
  std::string key;
  std::string title;
  std::string agency;  // agency key or empty (Wali Kota, Bupati)
  bool head = false;
};

struct Member {
  std::string role;      // chair, vice_chair, secretary, coordinator, deputy_coordinator, member, advisor
  std::string position;  // a position key, or empty when selector is set
  std::string selector;  // other_agency_heads | every_agency_head | appointed_staff
};

struct Body {
  std::string key;
  std::string kind;  // committee, steering_committee, …; working_group for working groups
  std::string name;
  std::string article;
  std::string formed_by;
  std::vector<Member> members;
  std::vector<Body> working_groups;
};

struct Gcio {
  std::string position;
  std::string article;
};

struct DomainCoordinator {
  std::string domain;
  std::string coordinator;  // agency key
  std::string article;
};

struct Criterion {
  std::string key;
  std::string article;
  std::string text;
};

struct SelfSufficiency {
  std::string article;
  std::string assessed_by;  // agency role
  std::string decided_by_body;
  std::string decided_by_role;
  std::string decree;
  std::vector<Criterion> criteria;
  std::vector<std::string> grants;
};

// One rule from the fixed vocabulary. Fields are kept by name so that the engine
// and the API see exactly what the file says; the loader has checked that each
// kind has exactly its fields.
struct Rule {
  std::string kind;
  std::map<std::string, std::string> values;               // evidence, event, scope, role, what, pattern …
  std::map<std::string, Period> periods;                   // period, lead, within
  std::map<std::string, std::vector<std::string>> lists;   // documents, fields
  int min = 0;                                             // required_role only

  // Empty string / nullptr / empty list when the rule has no such field.
  const std::string& value(const std::string& name) const;
  const Period* period(const std::string& name) const;
  const std::vector<std::string>& list(const std::string& name) const;
};

struct Obligation {
  std::string id;
  std::string article;
  std::string text;
  std::string binds;
  std::string when;
  Rule rule;
};

struct Profile {
  std::string name;
  Citation citation;
  RegionTemplate region;
  std::map<std::string, Text> terms;
  std::vector<AgencyTemplate> agencies;
  std::vector<PositionTemplate> positions;
  std::vector<Body> bodies;
  std::optional<Gcio> gcio;
  std::vector<DomainCoordinator> architecture_domains;
  std::optional<SelfSufficiency> self_sufficiency;
  std::vector<Obligation> obligations;

  const Obligation* obligation(const std::string& id) const;
  const Body* body(const std::string& key) const;  // searches working groups too
  const PositionTemplate* position(const std::string& key) const;
  const AgencyTemplate* agency(const std::string& key) const;
  // The profile's word for a term, falling back to the national one.
  Text term(const std::string& key) const;
};

}  // namespace simpul::profiles
