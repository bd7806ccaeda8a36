// Information security management as pure rules: the CSIRT's incident stages (OKI Pasal 26
// ayat (7)), the due instants and states of the report to the ICT office and the written notice
// to the data owner (Kendari Pasal 14 ayat (8)) at their exact edges, when the data owner must be
// told, how long an incident may stay open, and the acknowledgement coverage of a policy
// (Madiun Pasal 12).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <chrono>

#include "modules/security/bodies.h"
#include "modules/security/incident_rules.h"
#include "modules/security/rules.h"

using namespace simpul;
using namespace simpul::modules::security;
using std::chrono::hours;
using std::chrono::milliseconds;

namespace {
const Instant kDetected = instant_of("2026-03-10T02:00:00.000Z");

Incident incident_detected(const std::string& detected_at) {
  Incident i;
  i.detected_at = detected_at;
  set_due_instants(i, ReportHours{});
  return i;
}
}  // namespace

TEST(SecurityRulesStages, EachStepMovesOneStageForwardFromItsOwnStage) {
  std::vector<std::string> stages{"reported"};
  std::string stage = "reported";
  for (const auto& action : kActions) {
    EXPECT_EQ(allowed_actions(stage), std::vector<std::string>{action});
    EXPECT_FALSE(step_refusal(action, stage, ""));
    stage = step_move(action)->to;
    stages.push_back(stage);
  }
  EXPECT_EQ(stages, kStages);
  EXPECT_TRUE(allowed_actions("closed").empty());
  EXPECT_FALSE(step_move("reopen"));
}

TEST(SecurityRulesStages, AStepFromAnotherStageIsRefusedCitingTheCsirt) {
  for (const auto& action : kActions)
    for (const auto& stage : kStages)
      EXPECT_EQ(step_refusal(action, stage, "X").has_value(), step_move(action)->from != stage) << action << " " << stage;
  auto why = step_refusal("contain", "reported", "Perbup OKI 32/2022 Pasal 26 ayat (7)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Perbup OKI 32/2022 Pasal 26 ayat (7)"), std::string::npos);
  EXPECT_NE(why->en.find("triage"), std::string::npos);  // names the next step
  auto closed = step_refusal("close", "closed", "");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->en.find("()"), std::string::npos);  // no empty citation
}

TEST(SecurityRulesStages, ClosingNeedsLessonsAndTheRequiredNotices) {
  EXPECT_TRUE(lessons_missing_for_close("close", ""));
  EXPECT_FALSE(lessons_missing_for_close("close", "Aktifkan 2FA"));
  EXPECT_FALSE(lessons_missing_for_close("learn", ""));
  EXPECT_FALSE(close_refusal_for_notices(true, false, false, "", ""));
  EXPECT_FALSE(close_refusal_for_notices(true, true, true, "", ""));
  auto no_report = close_refusal_for_notices(false, false, false, "Perwali Kendari 41/2021 Pasal 14 ayat (8)", "");
  ASSERT_TRUE(no_report);
  EXPECT_NE(no_report->id.find("Pasal 14 ayat (8)"), std::string::npos);
  auto no_owner = close_refusal_for_notices(true, true, false, "", "Perwali Kendari 41/2021 Pasal 14 ayat (8)");
  ASSERT_TRUE(no_owner);
  EXPECT_NE(no_owner->id.find("walidata"), std::string::npos);
}

TEST(SecurityRulesNotices, DueInstantsAreDetectionPlusTheRegionsHours) {
  auto i = incident_detected("2026-03-10T02:00:00.000Z");
  EXPECT_EQ(i.ict_office_due_at, "2026-03-11T02:00:00.000Z");  // 24 hours
  EXPECT_EQ(i.data_owner_due_at, "2026-03-13T02:00:00.000Z");  // 72 hours
  set_due_instants(i, ReportHours{6, 48});
  EXPECT_EQ(i.ict_office_due_at, "2026-03-10T08:00:00.000Z");
  EXPECT_EQ(i.data_owner_due_at, "2026-03-12T02:00:00.000Z");
  EXPECT_EQ(due_instant(kDetected, 24), kDetected + hours{24});
}

TEST(SecurityRulesNotices, StatesAtTheExactEdge) {
  auto due = due_instant(kDetected, 24);
  EXPECT_EQ(notice_state(true, due, due, due + hours{5}), "on_time");  // sent exactly at due
  EXPECT_EQ(notice_state(true, due, due + milliseconds{1}, due), "late");
  EXPECT_EQ(notice_state(true, due, std::nullopt, due), "pending");  // not yet past due
  EXPECT_EQ(notice_state(true, due, std::nullopt, due + milliseconds{1}), "overdue");
  EXPECT_EQ(notice_state(false, due, std::nullopt, due + hours{100}), "not_required");
  EXPECT_EQ(notice_state(false, due, due + hours{1}, due), "late");  // sent anyway: judged like any other
  EXPECT_EQ(hours_overdue(due, due), 0);
  EXPECT_EQ(hours_overdue(due, due + hours{30} + milliseconds{1}), 30);
}

TEST(SecurityRulesNotices, TheDataOwnerIsToldWhenSeriousOrADatasetIsTouched) {
  EXPECT_FALSE(data_owner_notice_required(false, false));
  EXPECT_TRUE(data_owner_notice_required(true, false));
  EXPECT_TRUE(data_owner_notice_required(false, true));
  auto i = incident_detected("2026-03-10T02:00:00.000Z");
  set_data_owner_required(i, false);
  auto late = instant_of("2026-03-20T00:00:00.000Z");
  EXPECT_EQ(data_owner_notice(i, late).state, "not_required");
  EXPECT_TRUE(has_overdue_notice(i, late));  // the ICT office report is always required
  i.ict_office_sent_at = "2026-03-10T03:00:00.000Z";
  EXPECT_FALSE(has_overdue_notice(i, late));
  set_data_owner_required(i, true);
  EXPECT_EQ(data_owner_notice(i, late).state, "overdue");
  EXPECT_EQ(ict_office_notice(i, late).state, "on_time");
}

TEST(SecurityRulesOpenTooLong, LimitsPerSeverityCountedFromDetection) {
  EXPECT_EQ(open_limit_days("critical"), 7);
  EXPECT_EQ(open_limit_days("high"), 14);
  EXPECT_EQ(open_limit_days("medium"), 30);
  EXPECT_EQ(open_limit_days("low"), 60);
  auto edge = kDetected + hours{24 * 7};
  EXPECT_FALSE(open_too_long("critical", "containment", kDetected, edge));
  EXPECT_TRUE(open_too_long("critical", "containment", kDetected, edge + milliseconds{1}));
  EXPECT_FALSE(open_too_long("critical", "closed", kDetected, edge + hours{1000}));
  EXPECT_FALSE(open_too_long("low", "reported", kDetected, edge + hours{1}));
  EXPECT_EQ(open_days(kDetected, kDetected + hours{47}), 1);
}

TEST(SecurityRulesNumbers, IncidentNumbersHaveAtLeastFourDigits) {
  EXPECT_EQ(incident_number(2026, 1), "INS-2026-0001");
  EXPECT_EQ(incident_number(2026, 12345), "INS-2026-12345");
}

TEST(SecurityRulesPolicies, AcknowledgementCoverageCountsTheCurrentRevisionOnly) {
  std::vector<AgencyAcknowledgement> agencies{{1, 2}, {2, 1}, {3, std::nullopt}, {4, 2}};
  EXPECT_EQ(acknowledgement_state(2, 2), "current");
  EXPECT_EQ(acknowledgement_state(2, 1), "outdated");
  EXPECT_EQ(acknowledgement_state(2, std::nullopt), "missing");
  auto coverage = acknowledgement_coverage(2, agencies);
  EXPECT_EQ(coverage.acknowledged, 2);
  EXPECT_EQ(coverage.total, 4);
  EXPECT_EQ(acknowledgement_coverage(0, agencies).acknowledged, 0);  // nothing published yet
  EXPECT_EQ(acknowledgement_coverage(3, agencies).acknowledged, 0);  // a new revision needs new acknowledgements
}

TEST(SecurityRulesPolicies, OnlyAPublishedRevisionIsAcknowledgedAndPublishedOnce) {
  auto why = acknowledgement_refusal(0, "Perwali Madiun 39/2021 Pasal 12 ayat (3)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Pasal 12 ayat (3)"), std::string::npos);
  EXPECT_FALSE(acknowledgement_refusal(1, ""));
  EXPECT_TRUE(publish_refusal("published"));
  EXPECT_FALSE(publish_refusal("draft"));
}

TEST(SecurityRulesBodies, ProgrammeHoursStagesAndScopeAreChecked) {
  nlohmann::json ok = {{"scope", {{"data_information", true}, {"applications", true}, {"infrastructure", true},
                                  {"existing_policy", true}, {"description", "Semua sistem"}}},
                       {"person_in_charge_id", 7},
                       {"stages", {{{"stage", "planning"}, {"note", "Rencana"}, {"date", "2026-02-01"}}}},
                       {"csirt", {{"name", "CSIRT"}, {"decree", "SK 1"}, {"member_ids", {7, 8}}}},
                       {"report_hours", {{"ict_office", 24}, {"data_owner", 72}}}};
  auto p = parse_programme(ok);
  EXPECT_EQ(p.stages.size(), kProgrammeStages.size());
  EXPECT_EQ(p.stages[2].note, "Rencana");
  EXPECT_EQ(p.csirt_member_ids, (std::vector<int64_t>{7, 8}));
  auto bad = ok;
  bad["report_hours"]["data_owner"] = 721;
  bad["stages"] = {{{"stage", "planning"}}, {{"stage", "planning"}}};
  bad["scope"].erase("applications");
  bad["csirt"]["member_ids"] = {7, 7};
  bad["extra"] = 1;
  EXPECT_EQ(fields_of([&] { parse_programme(bad); }),
            (std::vector<std::string>{"extra", "scope.applications", "stages.1.stage", "csirt.member_ids",
                                      "report_hours.data_owner"}));
}

TEST(SecurityRulesBodies, ACloseWithoutANoteIsRefusedAndInstantsMayNotLieAhead) {
  EXPECT_EQ(fields_of([] { parse_step({{"action", "close"}}); }), std::vector<std::string>{"note"});
  EXPECT_EQ(fields_of([] { parse_step({{"action", "reopen"}, {"note", "x"}}); }), std::vector<std::string>{"action"});
  auto now = instant_of("2026-03-10T02:00:00.000Z");
  EXPECT_EQ(fields_of([&] { parse_notice({{"kind", "ict_office"}, {"sent_at", "2026-03-10T02:00:01Z"}}, now); }),
            std::vector<std::string>{"sent_at"});
  EXPECT_TRUE(fields_of([&] { parse_notice({{"kind", "ict_office"}, {"sent_at", "2026-03-10T02:00:00Z"}}, now); }).empty());
}
