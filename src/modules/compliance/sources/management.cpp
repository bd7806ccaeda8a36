// The management processes: service desk roles and tickets, risks, information security, ICT
// assets, changes, knowledge and competencies (docs/compliance-contract.md, "Source: service
// desk, risk, security and management").
#include "modules/compliance/sources/management_facts.h"
#include "modules/compliance/sources/management_rules.h"
#include "modules/compliance/sources/source.h"

namespace simpul::modules::compliance {

namespace {
class ManagementSource final : public Source {
 public:
  std::string name() const override { return "management"; }
  bool answers(const profiles::Obligation& o) const override { return management_answers(o); }
  void load(const Scope& scope) override { facts_ = load_management_facts(scope); }
  Check evaluate(const profiles::Obligation& o, const Subject& s) const override { return management_check(o, s, facts_); }

 private:
  ManagementFacts facts_;
};
}  // namespace

std::unique_ptr<Source> make_management_source() { return std::make_unique<ManagementSource>(); }

}  // namespace simpul::modules::compliance
