#pragma once
// The rules of data-sharing agreements between agencies (bagi pakai data, Madiun Pasal 10
// ayat (4): based on purpose and scope, the access provided and the interoperability
// standard), pure (no I/O):
//   - what an agreement may hold;
//   - its life: draft → active (with the decree or agreement number) → ended; while
//     active it grants access only from valid_from through expires_on, so an expired
//     agreement stops granting access the day after it expires, without anyone acting;
//   - which datasets it may cover: the provider's own, active ones, never secret ones.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/datasets/model.h"

namespace simpul::modules::datasets {

inline const std::set<std::string> kAccessModes{"read_only", "api", "file_transfer", "database_link"};
inline const std::set<std::string> kAgreementStatuses{"draft", "active", "ended"};
inline constexpr size_t kMaxCoveredDatasets = 100;
inline constexpr int kExpiryWarningDays = 30;

struct AgreementInput {
  std::optional<int64_t> provider_agency_id, consumer_agency_id;
  std::optional<std::string> title, purpose, access_mode, valid_from, expires_on;
  std::optional<std::optional<std::string>> scope, interoperability_standard, document_number, document_sha256;
  std::optional<std::vector<int64_t>> dataset_ids;
};

// 422 validation-failed with every field error at once.
AgreementInput parse_agreement(const nlohmann::json& body, bool creating);
void apply(const AgreementInput& in, Agreement& a);
// Errors of the agreement as a whole: the same agency on both sides, expiry before the start.
std::vector<FieldError> agreement_errors(const Agreement& a);

// Why `d` may not be covered by an agreement of `provider_agency_id`; nothing when it may.
std::optional<Text> coverage_problem(const Dataset& d, int64_t provider_agency_id);

// On `today` (YYYY-MM-DD): draft | scheduled (active, not yet valid) | active | expired | ended.
std::string agreement_state(const Agreement& a, const std::string& today);
// Whether it gives the consumer agency access on `today`.
bool grants_access(const Agreement& a, const std::string& today);
// Granting access now and expiring within kExpiryWarningDays days.
bool expiring_soon(const Agreement& a, const std::string& today);
int days_between(const std::string& from, const std::string& to);  // to - from, in days

// Why the step cannot be taken now; nothing when it can. `citation` is the region's article
// on data sharing ("Perwali Madiun 39/2021 Pasal 10 ayat (4)"), empty when it has none.
std::optional<Text> cannot_edit(const Agreement& a);
std::optional<Text> cannot_activate(const Agreement& a, const std::string& today, const std::string& citation);
std::optional<Text> cannot_end(const Agreement& a);

// {"reason"?} for ending an agreement early.
std::string parse_end_reason(const nlohmann::json& body);

}  // namespace simpul::modules::datasets
