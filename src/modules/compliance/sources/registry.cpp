// The registries as a source of compliance: applications and their documents, services and
// the applications they use, datasets, where they are stored and how they are shared
// (registry_rules.h says which obligations, registry_facts.h what is loaded).
#include "modules/compliance/sources/registry_facts.h"
#include "modules/compliance/sources/registry_rules.h"
#include "modules/compliance/sources/source.h"

namespace simpul::modules::compliance {

namespace {
class RegistrySource final : public Source {
 public:
  std::string name() const override { return "registry"; }
  bool answers(const profiles::Obligation& o) const override { return registry_question(o).has_value(); }
  void load(const Scope& scope) override {
    profile_ = &scope.profile;
    facts_ = load_registry_facts(scope, registry_needs(scope.profile));
  }
  Check evaluate(const profiles::Obligation& o, const Subject& s) const override {
    return registry_check(*registry_question(o), *profile_, o, s, facts_);
  }

 private:
  const profiles::Profile* profile_ = nullptr;
  RegistryFacts facts_;
};
}  // namespace

std::unique_ptr<Source> make_registry_source() { return std::make_unique<RegistrySource>(); }

}  // namespace simpul::modules::compliance
