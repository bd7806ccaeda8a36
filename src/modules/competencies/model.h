#pragma once
// The records of ICT competency management (Manajemen SDM SPBE: Madiun Pasal 36, Batam
// Pasal 37, Kendari Pasal 30, OKI Pasal 36, Probolinggo Pasal 33): the region's catalogue,
// the ICT office's requirements, each employee's competencies, certificates and trainings,
// and each agency's yearly training plan. Plain data and their JSON.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::competencies {

const std::set<std::string>& competency_kinds();  // basic_ict, ict_operation, technical, managerial, functional
const std::set<std::string>& levels();            // basic, intermediate, advanced
const std::set<std::string>& applies_to_words();  // each_employee, every_agency, agencies_with_services, agencies_running_own_services
const std::set<std::string>& item_statuses();     // planned, done, cancelled

struct Competency {
  int64_t id = 0;
  std::string region_id, code, name, kind, description;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// A requirement of the profile (source "profile", no id) or of the ICT office ("policy").
struct Requirement {
  std::string key;     // "profile:<obligation id>" or "policy:<id>"
  std::string source;  // profile | policy
  std::optional<int64_t> id;
  std::string region_id;
  std::string applies_to;
  std::optional<int64_t> competency_id;  // a given competency …
  std::string competency_kind;           // … or any competency of a kind …
  bool pranata_komputer = false;         // … or the Pranata Komputer position
  std::string competency_name;           // what is asked, for people to read
  int min_people = 1;
  std::string article, citation, text;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct HeldCompetency {
  int64_t id = 0;
  std::string region_id;
  int64_t person_id = 0, competency_id = 0;
  std::string competency_code, competency_name, competency_kind;
  std::string level, acquired_on;
  std::optional<int64_t> training_id, certificate_id;
  std::string note;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Certificate {
  int64_t id = 0;
  std::string region_id;
  int64_t person_id = 0;
  std::string person_name;
  std::string name, issuer, number, issued_on, expires_on;  // expires_on empty: does not expire
  std::optional<int64_t> competency_id;
  std::string file_sha256;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Training {
  int64_t id = 0;
  std::string region_id;
  int64_t person_id = 0;
  std::string title, organiser, starts_on, ends_on;
  int64_t hours = 0;
  std::optional<int64_t> competency_id;
  std::string certificate_file_sha256;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct PlanItem {
  int64_t id = 0;
  int64_t competency_id = 0;
  std::string competency_name, competency_kind;
  std::string title;
  std::vector<int64_t> target_person_ids;
  int64_t target_count = 1;
  int quarter = 1;
  int64_t budget_rupiah = 0;
  std::string status = "planned";
  std::vector<int64_t> training_ids;
  std::string created_at, updated_at;
};

struct Plan {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name;
  int year = 0;
  std::string title;
  std::vector<PlanItem> items;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// An employee as the gap rules see them: a person with NIP and agency (OKI Pasal 11 ayat (4)).
struct Employee {
  int64_t id = 0;
  std::string nip, name;
  int64_t agency_id = 0;
  bool pranata_komputer = false;         // SPBE role pranata_komputer of the organisation record
  std::set<int64_t> competency_ids;      // held
  std::set<std::string> competency_kinds;
};

nlohmann::json to_json(const Competency& c);
nlohmann::json to_json(const Requirement& r);
nlohmann::json to_json(const HeldCompetency& h);
nlohmann::json to_json(const Training& t);
nlohmann::json to_json(const PlanItem& i);
// Certificates need today for their expiry: see rules.h certificate_json.
nlohmann::json certificate_record_json(const Certificate& c);  // stored fields only (audit)
nlohmann::json plan_record_json(const Plan& p);                // stored fields with items (audit)
nlohmann::json person_ref(const Employee& e);                   // {person_id, nip, name}

}  // namespace simpul::modules::competencies
