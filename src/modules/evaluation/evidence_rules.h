#pragma once
// Who may add and remove which evidence and who answers a question to an agency, and what
// makes a web address or a question an acceptable link for evidence. Pure: the routes ask
// these, the unit tests read as the rules (docs/evaluation-contract.md, "Evidence, questions
// to agencies and external results").
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/lang.h"
#include "modules/evaluation/evidence_model.h"

namespace simpul::modules::evaluation {

// The caller as these rules see them: on the campaign's assessor team (any role) or not,
// and the agency they operate for (agency operators only).
struct EvidenceActor {
  bool assessor = false;
  std::optional<int64_t> own_agency_id;
};

// Why the caller may not add evidence for `agency_id` (none: the region's), or nothing.
// An assessor adds for any agency or none; an agency operator only with their own agency.
std::optional<Text> add_evidence_refusal(const EvidenceActor& a, std::optional<int64_t> agency_id);
// Why the caller may not remove this evidence: an assessor any, an operator their agency's only.
std::optional<Text> remove_evidence_refusal(const EvidenceActor& a, std::optional<int64_t> agency_id);
// Why the caller may not answer a question to `agency_id`: its operators and assessors may.
std::optional<Text> answer_question_refusal(const EvidenceActor& a, int64_t agency_id);

// An absolute http or https address with a host, no spaces, at most 2000 characters; else why not.
std::optional<Text> url_refusal(std::string_view url);
// Evidence answering a question must be for the same campaign, indicator and agency.
std::optional<Text> question_link_refusal(const Question& q, int64_t campaign_id, int indicator_no,
                                          std::optional<int64_t> agency_id);

}  // namespace simpul::modules::evaluation
