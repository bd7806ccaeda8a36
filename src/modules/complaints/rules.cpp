#include "modules/complaints/rules.h"

#include <map>
#include <set>

#include "core/body_reader.h"
#include "core/text.h"

namespace simpul::modules::complaints {

namespace {

const Text kTitle{"Judul pengaduan 5-150 karakter, satu baris.", "A complaint title of 5-150 characters on one line."};
const Text kDescription{"Uraian pengaduan 10-5.000 karakter, teks biasa.", "A description of 10-5,000 characters, plain text."};
const Text kReporter{"Tuliskan nama Anda (2-100 karakter).", "Enter your name (2-100 characters)."};
const Text kTrap{"Kolom ini harus dibiarkan kosong.", "This field must be left empty."};
const Text kReply{"Balasan 1-5.000 karakter, teks biasa.", "A reply of 1-5,000 characters, plain text."};

// Length in characters of a text field when it is one, after trimming.
std::optional<size_t> length_of(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return utf8_length(trimmed(it->get<std::string>()));
}

void check_length(BodyReader& r, const char* name, size_t min, size_t max, const Text& message) {
  auto n = length_of(r.body(), name);
  if (n && (*n < min || *n > max)) r.add(name, message);
}

// The staff rules' errors, with this form's wording for the fields it words itself.
void merge(std::vector<FieldError>& into, const std::vector<FieldError>& from,
           const std::map<std::string, Text>& own_wording) {
  std::set<std::string> seen;
  for (const auto& e : into) seen.insert(e.field);
  for (auto e : from) {
    if (seen.count(e.field)) continue;
    if (auto w = own_wording.find(e.field); w != own_wording.end()) e.message = w->second;
    seen.insert(e.field);
    into.push_back(std::move(e));
  }
}

}  // namespace

ComplaintInput parse_complaint(const nlohmann::json& body) {
  BodyReader r(body, {"service_id", "agency_id", "title", "description", "reporter", "website"});
  if (r.has("website") && !(body["website"].is_null() || (body["website"].is_string() && body["website"].get<std::string>().empty())))
    r.add("website", kTrap);
  check_length(r, "title", 5, 150, kTitle);
  check_length(r, "description", 10, 5000, kDescription);
  if (!r.has("reporter") || body["reporter"].is_null()) r.add("reporter.name", kReporter);

  // The same fields as a staff ticket of kind complaint from the public portal.
  nlohmann::json as_ticket = {{"kind", "complaint"}, {"channel", "public_portal"}};
  if (body.is_object())
    for (const char* name : {"service_id", "agency_id", "title", "description", "reporter"})
      if (body.contains(name)) as_ticket[name] = body[name];

  std::vector<FieldError> errors = r.errors();
  tickets::TicketInput ticket;
  try {
    ticket = tickets::parse_create(as_ticket);
  } catch (const ProblemError& e) {
    merge(errors, e.problem().errors, {{"title", kTitle}, {"description", kDescription}, {"reporter.name", kReporter}});
  }
  fail_on_field_errors(errors);

  ComplaintInput in;
  if (ticket.service_id) in.service_id = *ticket.service_id;
  in.agency_id = ticket.agency_id;
  in.title = *ticket.title;
  in.description = *ticket.description;
  in.reporter = *ticket.reporter;
  return in;
}

std::string parse_reply(const nlohmann::json& body) {
  BodyReader r(body, {"body"});
  check_length(r, "body", 1, 5000, kReply);
  std::vector<FieldError> errors = r.errors();
  std::string text;
  try {
    text = tickets::parse_comment({{"body", body.is_object() && body.contains("body") ? body["body"] : nlohmann::json()},
                                   {"visibility", "public"}})
               .body;
  } catch (const ProblemError& e) {
    merge(errors, e.problem().errors, {{"body", kReply}});
  }
  fail_on_field_errors(errors);
  return text;
}

}  // namespace simpul::modules::complaints
