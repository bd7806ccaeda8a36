#pragma once
// The registries' answers to the regulation, pure (no I/O): which obligations the records of
// applications, services, datasets and data-sharing agreements decide, and the check each
// gives for one subject from the loaded facts (docs/compliance-contract.md, "Source:
// applications, datasets and services").
#include <optional>

#include "modules/compliance/model.h"
#include "modules/compliance/sources/registry_facts.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

// What an obligation asks of the registries.
enum class RegistryQuestion {
  documents_before_production,  // required_documents before production, each application
  application_in_repository,    // placement application → repository
  application_and_documents_in_repository,  // placement application_and_documents → repository
  application_record,           // required_record application: copyright owner, operating agency, licence
  application_stage,            // required_record application_development: its life cycle stage
  integration_coordinated,      // approval_gate integrate_services(_across_agencies) by the ICT office
  service_uses_application,     // required_link administrative_eservice → application
  service_uses_common_application,  // required_link *_eservice → common_application, required_record public_eservice
  dataset_record,               // required_record dataset: owner, classification
  agency_provides_data,         // required_record dataset (owner_agency), every agency
  dataset_sharing_terms,        // required_record dataset_sharing / data_sharing
  agency_shares_data,           // required_record inter_agency_data_sharing
  data_in_data_center,          // placement data_storage / data_and_information → data_center
  no_duplicate_dataset,         // prohibition duplicate_of_data_steward_dataset
  no_development_by_agency,     // prohibition <category>_application_development_by_agency
};

// Nothing when the registries cannot decide the obligation (it is left to other sources or
// to statements). Looks only at the rule and its binds.
std::optional<RegistryQuestion> registry_question(const profiles::Obligation& o);

// Which facts the questions of this profile need.
RegistryNeeds registry_needs(const profiles::Profile& profile);

// The check for one subject. `profile` gives the document duties (applications/rules.h).
Check registry_check(RegistryQuestion q, const profiles::Profile& profile, const profiles::Obligation& o,
                     const Subject& s, const RegistryFacts& f);

}  // namespace simpul::modules::compliance
