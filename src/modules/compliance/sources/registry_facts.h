#pragma once
// What the registries hold for compliance, loaded once per evaluation with a few grouped
// queries (the whole region, or one agency's records when the scope names one): applications
// with their documents and tests, services with their integration and the applications they
// use, datasets with where they are stored, and the data-sharing agreements.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "modules/applications/model.h"
#include "modules/compliance/sources/source.h"
#include "modules/datasets/model.h"
#include "modules/services/model.h"

namespace simpul::modules::compliance {

// An application a service uses (element_links service → application).
struct UsedApplication {
  int64_t id = 0;
  std::string name, category;
};

// A host a dataset is stored on (element_links dataset → host), and its facility.
struct StorageHost {
  int64_t id = 0;
  std::string name;
  std::string facility_name, facility_kind;  // empty: not placed in a facility
};

struct RegistryFacts {
  std::string today;
  std::string region_name;
  std::map<int64_t, bool> ict_office;  // agency id → is the ICT office
  std::map<int64_t, applications::Application> applications;
  std::map<int64_t, std::vector<applications::Document>> documents;  // by application id
  std::map<int64_t, std::vector<applications::TestRecord>> tests;    // by application id
  std::map<int64_t, services::Service> services;
  std::map<int64_t, std::vector<UsedApplication>> service_applications;  // by service id
  std::map<int64_t, datasets::Dataset> datasets;
  std::map<int64_t, std::vector<StorageHost>> dataset_hosts;  // by dataset id
  // Every active dataset of the region (also when scoped to one agency): what a duplicate is sought in.
  std::vector<datasets::Dataset> region_datasets;
  std::vector<datasets::Agreement> agreements;  // those of the scope's agencies, with their dataset ids
};

// `what` says which parts to load, so an evaluation loads only what its profile asks about.
struct RegistryNeeds {
  bool applications = false, services = false, datasets = false, agreements = false, region_datasets = false;
};

RegistryFacts load_registry_facts(const Scope& scope, const RegistryNeeds& needs);

}  // namespace simpul::modules::compliance
