#pragma once
// The rules of applications, pure (no I/O):
//   - what an application record may hold (code, category, licence, users, lengths); the
//     copyright owner is always the region (Kendari Pasal 18 ayat (7), OKI Pasal 14 ayat (4));
//   - the lifecycle  planned → in_development → in_testing → in_production, back from testing
//     or production to development (a new version), and any → retired (final), which follows
//     the development cycle of Madiun Pasal 24 ayat (1) / Batam Pasal 25;
//   - the gate into production: every document the region's regulation requires (Madiun Pasal
//     24 ayat (3)-(4), Kendari Pasal 18 ayat (4), OKI Pasal 14 ayat (3) and Pasal 25, Batam
//     Pasal 25), a passing test, and the GCIO's approval where the regulation asks for it
//     (Batam Pasal 46 ayat (3)) - all gaps at once, each with its article and sentence;
//   - who may start development: in a region with PD Mandiri TIK (Madiun Pasal 45, Pasal 23
//     ayat (5)) an agency operator only when their agency may develop applications itself.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/applications/model.h"
#include "profiles/model.h"

namespace simpul::modules::applications {

inline const std::set<std::string> kCategories{"common", "shared_special", "agency_special"};
inline const std::set<std::string> kLifecycles{"planned", "in_development", "in_testing", "in_production", "retired"};
inline const std::set<std::string> kLicenceKinds{"open_source", "proprietary", "other"};
inline const std::set<std::string> kTestResults{"passed", "failed"};
inline const std::set<std::string> kGcioDecisions{"approved", "refused"};
inline constexpr size_t kMaxUserAgencies = 200;

// "Aplikasi Umum", "Aplikasi Khusus Berbagi Pakai", "Aplikasi Khusus PD" (the profile's own
// words when it has a term "application_<category>").
Text category_label(const simpul::profiles::Profile* profile, const std::string& category);
Text lifecycle_label(const std::string& lifecycle);
// "Manual Pengguna" / "User manual" for "user_manual"; the key itself for a kind we do not know.
Text document_label(const std::string& kind);

// "Pemerintah Kota Madiun": the copyright owner of every application of the region.
std::string copyright_owner_for(const std::string& region_name);

// The fields of a POST (creating) or a PATCH; absent fields stay unset. For the nullable
// texts the outer optional says "given" and the inner the value (null clears).
struct ApplicationInput {
  std::optional<int64_t> owner_agency_id;
  std::optional<std::string> code, name, category, licence_kind;
  std::optional<std::optional<std::string>> description, user_groups, licence_name, repository_location, runs_at;
  std::optional<std::vector<int64_t>> user_agency_ids;
};

// 422 validation-failed with every field error at once. `copyright_citation` is the article
// that makes the region the copyright owner ("" when the regulation has none).
ApplicationInput parse_application(const nlohmann::json& body, bool creating, const std::string& copyright_citation);
void apply(const ApplicationInput& in, Application& a);
// Errors that need the record as a whole (a licence of kind "other" needs its name).
std::vector<FieldError> record_errors(const Application& a);

// Lifecycle ---------------------------------------------------------------------------------

// The moves allowed from `from` (retired: none).
std::set<std::string> allowed_moves(const std::string& from);

struct LifecycleMove {
  std::string to;
  std::string reason;  // required into retired
};
LifecycleMove parse_lifecycle_move(const nlohmann::json& body);

// Why the move is not allowed in itself (not a neighbouring stage, retired, no reason for retiring).
std::optional<Text> cannot_move(const Application& a, const LifecycleMove& move);
// Applies an allowed move: the stage, its reason, who and when; entering development counts a round.
void apply_move(Application& a, const LifecycleMove& move, const std::string& by, const std::string& at);

// Whether the application can still change (retired is final).
std::optional<Text> cannot_change(const Application& a);

// PD Mandiri TIK (Madiun Pasal 45): in a region whose profile has it, an agency operator may
// move their application into development only when their agency is a PD Mandiri TIK whose
// grant includes develop_applications; otherwise the ICT office does it. Nothing when allowed.
std::optional<Text> development_refusal(const simpul::profiles::Profile* profile, const Application& a,
                                        bool caller_is_agency_operator, bool agency_is_self_sufficient);

// Documents, tests, GCIO ----------------------------------------------------------------------

// The obligations that bind this application (each_application, and its category when the
// obligation names one) with rule `required_documents` before production, in profile order.
std::vector<const simpul::profiles::Obligation*> document_obligations(const simpul::profiles::Profile* profile,
                                                                      const Application& a);
// Their documents, each kind once, in profile order.
std::vector<std::string> required_document_kinds(const simpul::profiles::Profile* profile, const Application& a);
// The approval_gate with approver gcio, when the regulation has one for this application.
const simpul::profiles::Obligation* gcio_gate(const simpul::profiles::Profile* profile, const Application& a);

// The newest upload of each kind, ordered by kind's first appearance in `documents` ids.
std::vector<Document> current_documents(const std::vector<Document>& documents);
// The latest test by date, then by the order recorded; nothing when there is none.
std::optional<TestRecord> latest_test(const std::vector<TestRecord>& tests);

// The state a GCIO decision is about: the development round, the record's substance (owner,
// name, category, licence, repository, where it runs), the current documents and the latest
// test. A decision counts only while this is unchanged: a new document, test or edit of these
// fields after the approval needs a new approval.
std::string approval_state(const Application& a, const std::vector<Document>& documents,
                           const std::vector<TestRecord>& tests);

struct Citation {
  std::string obligation_id;
  std::string article;     // "Pasal 24 ayat (4)"
  std::string text;        // the regulation's own sentence
  std::string regulation;  // "Perwali Madiun 39/2021"
};

struct Gap {
  std::string item;           // document | passing_test | gcio_approval
  std::string document_kind;  // for item == document
  Text message;
  std::vector<Citation> citations;  // empty when the regulation has no article for it
};

// Everything the application still lacks before production, all at once: each required
// document kind without a current upload, a passing latest test, and the GCIO's approval of
// the current state (`decision` is the latest one) where the regulation asks for it.
std::vector<Gap> production_gaps(const simpul::profiles::Profile* profile, const Application& a,
                                 const std::vector<Document>& documents, const std::vector<TestRecord>& tests,
                                 const std::optional<GcioDecision>& decision);

nlohmann::json to_json(const Gap& g);
// The 409 detail naming every gap with its citation, in both languages.
Text gaps_detail(const std::vector<Gap>& gaps);

struct DocumentInput {
  std::string kind;
  std::string file_sha256;
};
// {kind, file_sha256}: the kind must be one of `kinds` (422 listing them); sha256 is 64 hex digits.
DocumentInput parse_document(const nlohmann::json& body, const std::vector<std::string>& kinds);

struct TestInput {
  std::string tested_on, result, summary, report_sha256;
};
// {tested_on, result, summary, report_sha256?}; tested_on not after `today` (YYYY-MM-DD).
TestInput parse_test(const nlohmann::json& body, const std::string& today);

struct GcioInput {
  std::string decision, note;
};
// {decision, note}: a refusal needs a note, so the agency knows what to change.
GcioInput parse_gcio_decision(const nlohmann::json& body);
// Whether the GCIO may decide now (not once in production or retired).
std::optional<Text> cannot_decide(const Application& a);

// "Pasal 18 ayat (7) Perwali Kendari 41/2021" where the regulation records the copyright owner.
std::string copyright_citation(const simpul::profiles::Profile* profile);

bool is_sha256(const std::string& s);

}  // namespace simpul::modules::applications
