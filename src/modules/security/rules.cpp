#include "modules/security/rules.h"

#include <algorithm>
#include <cstdio>

namespace simpul::modules::security {

namespace {
std::string in_brackets(const std::string& citation) { return citation.empty() ? "" : " (" + citation + ")"; }

const std::map<std::string, StepMove> kMoves{
    {"triage", {"reported", "triage"}},          {"contain", {"triage", "containment"}},
    {"eradicate", {"containment", "eradication"}}, {"recover", {"eradication", "recovery"}},
    {"learn", {"recovery", "lessons_learned"}},   {"close", {"lessons_learned", "closed"}},
};
}  // namespace

const std::vector<std::string> kStages{"reported", "triage", "containment", "eradication",
                                       "recovery", "lessons_learned", "closed"};
const std::vector<std::string> kActions{"triage", "contain", "eradicate", "recover", "learn", "close"};
const std::vector<std::string> kPolicyKinds{"ict_use", "byod", "lan_security", "wan_security", "other"};
const std::vector<std::string> kProgrammeStages{"scope",      "person_in_charge",       "planning",
                                                "operation_support", "performance_evaluation", "continual_improvement"};
const std::map<std::string, int> kOpenLimitDays{{"critical", 7}, {"high", 14}, {"medium", 30}, {"low", 60}};

std::optional<StepMove> step_move(const std::string& action) {
  auto it = kMoves.find(action);
  if (it == kMoves.end()) return std::nullopt;
  return it->second;
}

std::optional<Text> step_refusal(const std::string& action, const std::string& stage, const std::string& csirt_citation) {
  auto move = step_move(action);
  if (!move) return std::nullopt;  // unknown actions are a 422 of the body, not a transition
  if (move->from == stage) return std::nullopt;
  auto allowed = allowed_actions(stage);
  std::string next_id = allowed.empty() ? "" : allowed.front();
  std::string handled = in_brackets(csirt_citation);
  if (stage == "closed")
    return Text{"Insiden ini sudah ditutup; langkah " + action + " tidak dapat dilakukan lagi. Insiden ditangani oleh CSIRT" +
                    handled + " tahap demi tahap.",
                "This incident is closed; the step " + action + " can no longer be taken. Incidents are handled by the CSIRT" +
                    handled + " one stage after another."};
  return Text{"Langkah " + action + " dilakukan dari tahap " + move->from + ", sedangkan insiden ini pada tahap " + stage +
                  ". Langkah berikutnya adalah " + next_id + "; insiden ditangani oleh CSIRT" + handled + " tahap demi tahap.",
              "The step " + action + " is taken from the stage " + move->from + ", but this incident is at the stage " + stage +
                  ". The next step is " + next_id + "; incidents are handled by the CSIRT" + handled + " one stage after another."};
}

std::vector<std::string> allowed_actions(const std::string& stage) {
  for (const auto& action : kActions)
    if (kMoves.at(action).from == stage) return {action};
  return {};
}

bool lessons_missing_for_close(const std::string& action, const std::string& lessons_learned) {
  return action == "close" && lessons_learned.empty();
}

std::optional<Text> close_refusal_for_notices(bool ict_office_sent, bool data_owner_required, bool data_owner_sent,
                                              const std::string& ict_office_citation,
                                              const std::string& data_owner_citation) {
  if (!ict_office_sent)
    return Text{"Insiden belum dapat ditutup: laporan kepada Dinas Kominfo belum dicatat" + in_brackets(ict_office_citation) +
                    ". Catat dahulu kapan PSE melaporkannya.",
                "The incident cannot be closed yet: the report to the ICT office is not recorded" +
                    in_brackets(ict_office_citation) + ". Record first when the system operator reported it."};
  if (data_owner_required && !data_owner_sent)
    return Text{"Insiden belum dapat ditutup: pemberitahuan tertulis kepada pemilik data (walidata) belum dicatat" +
                    in_brackets(data_owner_citation) + ". Catat dahulu pemberitahuannya.",
                "The incident cannot be closed yet: the written notice to the data owner (walidata) is not recorded" +
                    in_brackets(data_owner_citation) + ". Record the notice first."};
  return std::nullopt;
}

Instant due_instant(Instant detected_at, int hours) { return detected_at + std::chrono::hours{hours}; }

bool data_owner_notice_required(bool serious, bool linked_to_dataset) { return serious || linked_to_dataset; }

std::string notice_state(bool required, Instant due, std::optional<Instant> sent, Instant now) {
  if (sent) return *sent <= due ? "on_time" : "late";
  if (!required) return "not_required";
  return now > due ? "overdue" : "pending";
}

int64_t hours_overdue(Instant due, Instant now) {
  if (now <= due) return 0;
  return std::chrono::duration_cast<std::chrono::hours>(now - due).count();
}

int open_limit_days(const std::string& severity) {
  auto it = kOpenLimitDays.find(severity);
  return it == kOpenLimitDays.end() ? kOpenLimitDays.at("low") : it->second;
}

bool open_too_long(const std::string& severity, const std::string& stage, Instant detected_at, Instant now) {
  if (stage == "closed") return false;
  return now > detected_at + std::chrono::hours{24 * open_limit_days(severity)};
}

int64_t open_days(Instant detected_at, Instant now) {
  if (now <= detected_at) return 0;
  return std::chrono::duration_cast<std::chrono::hours>(now - detected_at).count() / 24;
}

std::string incident_number(int year, int64_t counter) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "INS-%04d-%04lld", year, static_cast<long long>(counter));
  return buffer;
}

std::string acknowledgement_state(int published_revision, std::optional<int> acknowledged_revision) {
  if (!acknowledged_revision) return "missing";
  return *acknowledged_revision >= published_revision ? "current" : "outdated";
}

Coverage acknowledgement_coverage(int published_revision, const std::vector<AgencyAcknowledgement>& agencies) {
  Coverage coverage;
  coverage.total = static_cast<int>(agencies.size());
  if (published_revision <= 0) return coverage;
  coverage.acknowledged = static_cast<int>(std::count_if(agencies.begin(), agencies.end(), [&](const auto& a) {
    return acknowledgement_state(published_revision, a.revision) == "current";
  }));
  return coverage;
}

std::optional<Text> acknowledgement_refusal(int published_revision, const std::string& citation) {
  if (published_revision > 0) return std::nullopt;
  return Text{"Kebijakan ini belum pernah diterbitkan; perangkat daerah menyatakan telah menerima kebijakan yang berlaku" +
                  in_brackets(citation) + ". Terbitkan dahulu kebijakannya.",
              "This policy has never been published; agencies acknowledge the policy in force" + in_brackets(citation) +
                  ". Publish the policy first."};
}

std::optional<Text> publish_refusal(const std::string& status) {
  if (status != "published") return std::nullopt;
  return Text{"Revisi terakhir kebijakan ini sudah diterbitkan dan belum ada perubahan. Ubah dahulu teksnya untuk menerbitkan revisi baru.",
              "The last revision of this policy is already published and nothing has changed since. Edit the text first to publish a new revision."};
}

}  // namespace simpul::modules::security
