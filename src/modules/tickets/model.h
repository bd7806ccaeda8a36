#pragma once
// A service desk ticket (Manajemen Layanan SPBE): a complaint, incident, problem, request or
// change (Madiun Pasal 39 ayat (3): keluhan, gangguan, masalah, permintaan, perubahan) recorded
// at the single point of contact, handled at its agency's Service Desk Tier 1 and escalated to
// Tier 2 at the ICT office (Madiun Pasal 39 ayat (7)-(11), Batam Pasal 40, OKI Pasal 39,
// Kendari Pasal 33, Probolinggo Pasal 27). The words of the contract and their labels.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"

namespace simpul::modules::tickets {

inline const std::set<std::string> kKinds{"complaint", "incident", "problem", "request", "change"};
inline const std::set<std::string> kPriorities{"low", "medium", "high", "critical"};
inline const std::set<std::string> kChannels{"public_portal", "staff", "phone", "email", "counter", "api"};
inline const std::set<std::string> kStatuses{"new", "in_progress", "waiting_reporter", "resolved", "closed"};
inline const std::set<std::string> kOpenStatuses{"new", "in_progress", "waiting_reporter"};
inline const std::set<std::string> kTiers{"tier1", "tier2"};
inline const std::set<std::string> kActions{"start", "wait_for_reporter", "resume", "escalate",
                                            "hand_back", "resolve", "close", "reopen"};
inline const std::set<std::string> kLinkKinds{"relates_to", "duplicate_of", "caused_by"};
inline const std::set<std::string> kVisibilities{"public", "internal"};

// What people read for each word (Bahasa Indonesia, English).
Text kind_label(const std::string& kind);
Text status_label(const std::string& status);
Text action_label(const std::string& action);

struct NamedRef {
  int64_t id = 0;
  std::string name;
};

struct Ticket {
  int64_t id = 0;
  std::string region_id, number, kind, channel, title, description;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::optional<int64_t> service_id, application_id, assignee_user_id, reporter_user_id;
  std::string service_name, application_name, assignee_name;  // read only, joined
  std::string priority = "medium", status = "new", tier = "tier1";
  bool escalated = false;
  std::optional<std::string> reporter_name, reporter_email, reporter_phone;
  bool public_complaint = false;  // filed on the public portal (has a tracking code)
  std::string opened_at;
  std::optional<std::string> first_response_at, resolved_at, closed_at;
  std::string response_due_at, resolution_due_at;
  std::optional<std::string> paused_since;
  int64_t paused_minutes = 0;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Event {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> actor_id;
  std::string actor_name;
  std::string action;
  std::optional<std::string> from_status, to_status, from_tier, to_tier;
  std::string reason;
};

struct Comment {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> author_id;
  std::string author_name;
  std::string visibility, body;
};

struct Attachment {
  int64_t id = 0;
  std::string sha256, name, media_type;
  int64_t size_bytes = 0;
  std::string added_at;
};

// A link as one ticket sees it: outgoing when this ticket made it.
struct Link {
  int64_t id = 0;
  std::string kind, direction;
  int64_t ticket_id = 0;  // the other ticket
  std::string number, title, status;
};

// The record's own fields, as the audit log compares them: no joined names and none of the
// reporter's personal data (the audit log is read by auditors, who never see it).
nlohmann::json record_json(const Ticket& t);

}  // namespace simpul::modules::tickets
