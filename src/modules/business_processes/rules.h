#pragma once
// The rules of business processes, pure (no I/O):
//   - what a process record may hold (code pattern, kinds, steps, lengths);
//   - the workflow  draft → submitted (the agency) → coordinated (the organisation
//     bureau), and  submitted → draft  when the bureau returns it with a reason
//     (Kendari Pasal 9 ayat (3), Madiun Pasal 9 ayat (3), Batam Pasal 10 ayat (3));
//   - which links between processes are allowed (not to itself, not across regions,
//     not the same connection twice);
//   - where the region's regulation says so, for the article a refusal cites.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "modules/business_processes/model.h"
#include "profiles/model.h"

namespace simpul::modules::business_processes {

// "Proses bisnis utama" (Kendari Pasal 40 ayat (2)) and the processes that support them.
inline const std::set<std::string> kKinds{"core", "support"};
inline const std::set<std::string> kStatuses{"draft", "submitted", "coordinated"};
inline const std::set<std::string> kLinkKinds{"input_from", "output_to", "shared_step"};
inline constexpr size_t kMaxSteps = 100;
inline constexpr size_t kMaxRelated = 50;

// Codes are upper case letters and digits in groups joined by "-" or ".", starting with a
// letter, 2-40 characters: "DINKES-01", "BKPSDM.PEG-3". Lower case input is raised.

// The fields of a POST (creating) or a PATCH. Absent fields stay unset; for the nullable
// ones the outer optional says "given" and the inner the value (null clears).
struct ProcessInput {
  std::optional<int64_t> agency_id;
  std::optional<std::string> code, name, kind;
  std::optional<std::optional<std::string>> description, purpose, outputs;
  std::optional<std::optional<int64_t>> architecture_id;
  std::optional<std::vector<Step>> steps;
  std::optional<std::vector<std::string>> related_services, related_applications;
};

// 422 validation-failed with every field error at once.
ProcessInput parse_process(const nlohmann::json& body, bool creating);
void apply(const ProcessInput& in, BusinessProcess& p);

// What a process still lacks before it can be submitted, as field names ("architecture_id",
// "steps"), so the UI can point at them.
std::vector<std::string> missing_for_submission(const BusinessProcess& p);

// Why the step cannot be taken now; nothing when it can. `citation` is the region's article
// ("Perwali Kendari 41/2021 Pasal 9 ayat (2)"), empty when its regulation has none.
std::optional<Text> cannot_edit(const BusinessProcess& p);
std::optional<Text> cannot_submit(const BusinessProcess& p, const std::string& citation);
std::optional<Text> cannot_coordinate(const BusinessProcess& p);
std::optional<Text> cannot_return(const BusinessProcess& p);

// An edit of a coordinated process opens it again: it goes back to draft and must be
// submitted and coordinated anew. Returns true when it did.
bool reopen_after_edit(BusinessProcess& p);

// {"note"?} for coordinate; {"reason"} for return (required: the agency needs to know why).
std::string parse_coordination_note(const nlohmann::json& body);
std::string parse_return_reason(const nlohmann::json& body);

struct LinkInput {
  int64_t to_process_id = 0;
  std::string kind;
  std::string note;
};
LinkInput parse_link(const nlohmann::json& body);

// The same connection: the same pair and kind, or the mirror of it ("A output_to B" is
// "B input_from A"; "shared_step" has no direction).
bool same_connection(int64_t from_a, int64_t to_a, const std::string& kind_a, int64_t from_b, int64_t to_b,
                     const std::string& kind_b);

enum class LinkRefusal { self, other_region, duplicate };
struct LinkProblem {
  LinkRefusal refusal;
  Text reason;
};
// Why `from` may not be linked to `to` with `kind`, given the links that already touch `from`.
std::optional<LinkProblem> link_problem(const BusinessProcess& from, const BusinessProcess& to, const std::string& kind,
                                        const std::vector<Link>& existing);

// The articles of the region's regulation (with its short citation), or "" when it has none:
// the process is based on the architecture; related processes are coordinated.
std::string architecture_citation(const simpul::profiles::Profile* profile);
std::string coordination_citation(const simpul::profiles::Profile* profile);

}  // namespace simpul::modules::business_processes
