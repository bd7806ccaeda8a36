#pragma once
// The architecture (Arsitektur SPBE) in five-year versions: the reference architecture
// and six domains, each coordinated by an agency (Perwali Madiun 39/2021 Pasal 6; Perwali
// Batam 40/2021 Pasal 7; Perwali Kendari 41/2021 Pasal 7), set by decree, reviewed.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::architectures {

struct Domain {
  std::string domain;  // business_process, data_information, infrastructure, application, security, service
  std::string description;
  std::optional<int64_t> agency_id;  // the coordinating agency
  std::string agency_name;           // read only, joined
  std::string article;               // where the regulation names the coordinator
};

struct Review {
  int64_t id = 0;
  std::string region_id;
  int64_t architecture_id = 0;
  std::string kind;  // mid_term | final_year | annual | on_demand
  std::string review_date;
  std::vector<std::string> reasons;
  std::string note;
  std::string decree_number, decree_date;
  std::string recorded_by;
  std::string created_at;
};

struct Architecture {
  int64_t id = 0;
  std::string region_id;
  std::string title;
  int start_year = 0;
  int end_year = 0;
  std::string reference_summary;
  std::string decree_number, decree_date;
  std::string status = "draft";  // draft → in_review → enacted → superseded
  int64_t version = 1;
  std::string created_at, updated_at;
  std::vector<Domain> domains;  // the six, in the regulation's order
  std::vector<Review> reviews;  // newest first
};

nlohmann::json to_json(const Domain& d);
nlohmann::json to_json(const Review& r);
// The fields the version holds, domains flattened ("domains.security.description"), so
// the audit shows exactly which domain field changed. No reviews, nothing derived.
nlohmann::json record_json(const Architecture& a);

}  // namespace simpul::modules::architectures
