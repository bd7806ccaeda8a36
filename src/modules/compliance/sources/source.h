#pragma once
// A source of facts: one area of Simpul's records (infrastructure and audits, the registries,
// governance plans, the management processes) that answers the obligations whose words it
// knows. The engine asks every source whether it answers a rule; an obligation no source
// answers is judged on people's statements (statements.h). A source is made fresh for each
// evaluation, loads its facts once (a few grouped queries, never one per subject) and then
// evaluates without touching the database.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/compliance/model.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

struct Scope {
  db::Connection& c;
  std::string region_id;
  std::optional<int64_t> agency_id;  // set: only this agency's subjects will be asked about
  std::string today;                 // the region's date, YYYY-MM-DD
  const profiles::Profile& profile;
};

class Source {
 public:
  virtual ~Source() = default;
  // A short name for tests and logs: "infrastructure", "registries" …
  virtual std::string name() const = 0;
  // True when this source decides the obligation from Simpul's records. Pure: looks only at
  // the obligation (rule kind and words, binds, when), never at data.
  virtual bool answers(const profiles::Obligation& o) const = 0;
  // Loads the facts for the obligations it answers; called once, before any evaluate.
  virtual void load(const Scope& scope) = 0;
  // The check for one subject the obligation binds (its `when` already holds).
  virtual Check evaluate(const profiles::Obligation& o, const Subject& s) const = 0;
};

// One of each source, in a fixed order (sources/all.cpp).
std::vector<std::unique_ptr<Source>> make_sources();

// The areas (each in sources/<area>.cpp).
std::unique_ptr<Source> make_infrastructure_source();  // LAN diagrams, hosts, networks, data centers, domains, ICT audits
std::unique_ptr<Source> make_registry_source();        // applications and their documents, datasets, services, websites
std::unique_ptr<Source> make_governance_source();      // master plan, architecture, roadmap, budget plans, business processes, committees, GCIO, PD Mandiri TIK
std::unique_ptr<Source> make_management_source();      // service desk roles and tickets, risks, security, assets, changes, knowledge, competencies

}  // namespace simpul::modules::compliance
