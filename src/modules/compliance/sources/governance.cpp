// Governance plans and organisation: the master plan, architecture, roadmap, budget plans,
// business processes, the bodies of the regulation, the GCIO and PD Mandiri TIK. The words
// it answers and how: docs/compliance-contract.md "Source: governance and organisation".
#include "modules/compliance/sources/governance_facts.h"
#include "modules/compliance/sources/governance_rules.h"
#include "modules/compliance/sources/source.h"

namespace simpul::modules::compliance {

namespace {
class GovernanceSource final : public Source {
 public:
  std::string name() const override { return "governance"; }
  bool answers(const profiles::Obligation& o) const override { return governance::answers(o); }
  void load(const Scope& scope) override { facts_ = governance::load_facts(scope); }
  Check evaluate(const profiles::Obligation& o, const Subject& s) const override { return governance::check(facts_, o, s); }

 private:
  governance::Facts facts_;
};
}  // namespace

std::unique_ptr<Source> make_governance_source() { return std::make_unique<GovernanceSource>(); }

}  // namespace simpul::modules::compliance
