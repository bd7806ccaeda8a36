#pragma once
// SQL of ICT competency management (migrations/0019_competencies.sql). Every query is
// scoped to the region; `save`-style updates write only where the version is still the
// one the caller saw and say whether a row changed.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/competencies/model.h"
#include "modules/competencies/rules.h"

namespace simpul::modules::competencies {

// The basic catalogue every region starts with.
const std::vector<Competency>& default_catalogue();
// Inserts the basic catalogue when the region has none yet; answers what it inserted.
std::vector<Competency> seed_catalogue(db::Connection& c, const std::string& region_id);
bool has_catalogue(db::Connection& c, const std::string& region_id);

std::vector<Competency> list_competencies(db::Connection& c, const std::string& region_id);
std::optional<Competency> find_competency(db::Connection& c, const std::string& region_id, int64_t id);
bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_id);
int64_t insert_competency(db::Connection& c, Competency& k);
bool update_competency(db::Connection& c, const Competency& k, int64_t expected_version);

std::vector<Requirement> policy_requirements(db::Connection& c, const std::string& region_id);
std::optional<Requirement> find_policy_requirement(db::Connection& c, const std::string& region_id, int64_t id);
int64_t insert_requirement(db::Connection& c, Requirement& r);
bool delete_requirement(db::Connection& c, const std::string& region_id, int64_t id, int64_t expected_version);

// Employees (people with NIP and agency) with what they hold; all of the region or one agency's.
std::vector<Employee> employees(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id);
std::optional<Employee> find_employee(db::Connection& c, const std::string& region_id, int64_t person_id);
std::vector<AgencyFacts> agency_facts(db::Connection& c, const std::string& region_id);

std::vector<HeldCompetency> held_competencies(db::Connection& c, const std::string& region_id, int64_t person_id);
std::optional<HeldCompetency> find_held(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id);
bool holds(db::Connection& c, int64_t person_id, int64_t competency_id);
int64_t insert_held(db::Connection& c, HeldCompetency& h);
bool update_held(db::Connection& c, const HeldCompetency& h, int64_t expected_version);
void delete_held(db::Connection& c, int64_t id);

// Certificates of one person, or (person_id empty) of every employee of the region / agency.
std::vector<Certificate> certificates(db::Connection& c, const std::string& region_id, std::optional<int64_t> person_id,
                                      std::optional<int64_t> agency_id = std::nullopt);
std::optional<Certificate> find_certificate(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id);
int64_t insert_certificate(db::Connection& c, Certificate& k);
bool update_certificate(db::Connection& c, const Certificate& k, int64_t expected_version);
void delete_certificate(db::Connection& c, int64_t id);
bool certificate_is_evidence(db::Connection& c, int64_t id);

std::vector<Training> trainings(db::Connection& c, const std::string& region_id, int64_t person_id);
std::optional<Training> find_training(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id);
std::optional<Training> find_training_in_region(db::Connection& c, const std::string& region_id, int64_t id);
int64_t insert_training(db::Connection& c, Training& t);
bool update_training(db::Connection& c, const Training& t, int64_t expected_version);
void delete_training(db::Connection& c, int64_t id);
bool training_in_use(db::Connection& c, const std::string& region_id, int64_t id);

struct PlanFilter {
  std::optional<int64_t> agency_id;
  std::optional<int> year;
};
std::vector<Plan> plans(db::Connection& c, const std::string& region_id, const PlanFilter& f);  // with items
std::optional<Plan> find_plan(db::Connection& c, const std::string& region_id, int64_t id);
bool plan_exists(db::Connection& c, int64_t agency_id, int year);
int64_t insert_plan(db::Connection& c, Plan& p);
int64_t insert_item(db::Connection& c, const Plan& p, PlanItem& item);  // sets item.id
// Saves the plan's own fields and its items, version-guarded.
bool save_plan(db::Connection& c, const Plan& p, int64_t expected_version);

}  // namespace simpul::modules::competencies
