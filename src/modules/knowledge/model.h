#pragma once
// A knowledge article of the region's knowledge base (Manajemen Pengetahuan, Madiun Pasal 37,
// Batam Pasal 38, Kendari Pasal 31, OKI Pasal 37, Probolinggo Pasal 34) and what hangs on it:
// the revisions kept at each publishing, the steps taken, ratings, links from tickets and
// applications, and the transfers of knowledge (alih pengetahuan dan teknologi, Madiun
// Pasal 37 ayat (2)).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::knowledge {

struct Article {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::optional<int64_t> owner_user_id;
  std::string owner_name;  // read only, joined
  std::string kind = "how_to";  // how_to | known_error | faq | lesson_learned | technology_transfer
  std::string title, summary, body;
  std::string symptom, cause, workaround;  // known errors only; empty: none
  std::vector<std::string> keywords;
  std::string status = "collected";  // collected | processed | published | archived
  int64_t revision = 0;              // how many times it was published
  std::string published_at, review_due_on, last_reviewed_at;
  // Use (penggunaan): not part of the versioned record.
  int64_t view_count = 0, use_count = 0, rating_sum = 0, rating_count = 0;
  std::optional<int64_t> created_by;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Revision {
  int64_t revision = 0;
  std::string kind, title, summary, body, symptom, cause, workaround;
  std::vector<std::string> keywords;
  std::optional<int64_t> published_by;
  std::string published_by_name, published_at;
};

struct Event {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> actor_user_id;
  std::string actor_name;
  std::string action, from_status, to_status, note;
};

struct Link {
  int64_t id = 0;
  std::string region_id;
  int64_t article_id = 0;
  std::string kind;  // ticket | application
  int64_t target_id = 0;
  std::string target_label;  // read only: the ticket's number and title, the application's name
  int64_t target_agency_id = 0;  // read only: the ticket's agency, the application's owner
  bool used = false;
  std::optional<int64_t> created_by;
  std::string created_by_name, created_at;
};

struct Transfer {
  int64_t id = 0;
  std::string region_id;
  int64_t article_id = 0;
  std::string kind;  // session | handover
  std::string held_on, title, audience;
  std::vector<int64_t> agency_ids;
  int64_t participants = 0;
  std::string file_sha256, notes;
  std::optional<int64_t> created_by;
  std::string created_at;
};

// The record's own fields: what the audit log compares (no joined names, no usage counters).
nlohmann::json record_json(const Article& a);
// A person or nothing: {"id","display_name"} | null.
nlohmann::json person_json(const std::optional<int64_t>& id, const std::string& name);
nlohmann::json to_json(const Revision& r);
nlohmann::json to_json(const Event& e);
nlohmann::json to_json(const Link& l);

}  // namespace simpul::modules::knowledge
