#pragma once
// The bodies people send to compliance: a statement of compliance and its withdrawal. Read
// strictly (BodyReader): every wrong field named, in both languages, at once.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace simpul::modules::compliance {

struct StatementInput {
  std::string obligation_id, subject_kind, subject_id, done_on;
  std::optional<std::string> valid_until;
  std::string reference, note;
  std::optional<std::string> file_sha256;
};

// POST /statements: the fields' shapes, done_on not after `today`, valid_until after done_on;
// 422 otherwise. Whether the obligation and subject are the region's is the route's to check.
StatementInput read_statement(const nlohmann::json& body, const std::string& today);

// POST /statements/{id}/withdraw: the reason, required.
std::string read_withdrawal(const nlohmann::json& body);

}  // namespace simpul::modules::compliance
