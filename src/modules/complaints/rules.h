#pragma once
// What a citizen may send on the public complaint channel (Kendari Pasal 21 ayat (6),
// Madiun Pasal 23 ayat (4) huruf h), pure: the staff ticket rules (tickets::parse_create,
// tickets::parse_comment: plain text without control characters other than line breaks,
// a plausible e-mail and phone) with the public form's tighter lengths, a required
// reporter name, and the `website` trap field that people never see and robots fill in.
// Text is kept exactly as typed; whoever shows it escapes it.
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "modules/tickets/rules.h"

namespace simpul::modules::complaints {

constexpr size_t kMaxPublicBodyBytes = 16 * 1024;  // larger bodies are refused with 413

struct ComplaintInput {
  std::optional<int64_t> service_id, agency_id;
  std::string title, description;
  tickets::ReporterInput reporter;
};

// 422 validation-failed naming every wrong field.
ComplaintInput parse_complaint(const nlohmann::json& body);
// `{"body": …}` of a citizen's reply.
std::string parse_reply(const nlohmann::json& body);

}  // namespace simpul::modules::complaints
