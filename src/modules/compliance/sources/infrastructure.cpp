// The infrastructure and ICT audit source: LAN diagrams, the data center, hosts, networks,
// IP ranges, domains, backups and the ICT audits decide the obligations whose words
// infrastructure_rules.h lists (docs/compliance-contract.md, "Source: infrastructure and ICT
// audits").
#include "modules/compliance/sources/infrastructure_facts.h"
#include "modules/compliance/sources/infrastructure_rules.h"
#include "modules/compliance/sources/source.h"

namespace simpul::modules::compliance {

namespace {
class InfrastructureSource final : public Source {
 public:
  std::string name() const override { return "infrastructure"; }
  bool answers(const profiles::Obligation& o) const override { return infrastructure_source::answers(o); }
  void load(const Scope& scope) override { facts_ = infrastructure_source::load_facts(scope); }
  Check evaluate(const profiles::Obligation& o, const Subject& s) const override {
    return infrastructure_source::evaluate(o, s, facts_);
  }

 private:
  infrastructure_source::Facts facts_;
};
}  // namespace

std::unique_ptr<Source> make_infrastructure_source() { return std::make_unique<InfrastructureSource>(); }

}  // namespace simpul::modules::compliance
