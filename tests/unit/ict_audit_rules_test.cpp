// The ICT audit programme as pure rules, against the built-in profiles: which obligation binds
// each object (Madiun Pasal 41-43 every object every P2Y; Kendari Pasal 36 ayat (3) only the
// Aplikasi Khusus PD; Probolinggo Pasal 38 "secara berkala" with the region's default period
// and the internal evaluation one month before, ayat (5)), the due / due_soon / overdue edges,
// the order of an audit's steps, the auditor's credential, and closing a finding on evidence.
#include <gtest/gtest.h>

#include "core/problem.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/schedule.h"
#include "profiles/loader.h"
#include "refused_fields.h"

using namespace simpul;
using namespace simpul::modules::ict_audits;

namespace {

const profiles::Profile* profile(const char* name) {
  const auto* p = profiles::find_builtin(name);
  if (!p) throw std::runtime_error(std::string("no built-in profile ") + name);
  return p;
}

profiles::Period period(const char* text) { return *profiles::parse_period(text); }

std::optional<AuditObligation> bound(const char* region, const std::string& kind, const std::string& category = "",
                                     const char* default_period = "P2Y") {
  return audit_obligation(profile(region), kind, category, period(default_period));
}

Audit audit_in(const std::string& state) {
  Audit a;
  a.state = state;
  a.planned_on = "2027-03-31";
  return a;
}

Finding finding_with(std::vector<FollowUp> follow_ups) {
  Finding f;
  f.follow_ups = std::move(follow_ups);
  return f;
}

}  // namespace

// --------------------------------------------------------------------------- schedule per profile

TEST(IctAuditSchedule, MadiunAuditsEveryCategoryEveryTwoYears) {
  for (const char* category : {"common", "shared_special", "agency_special"}) {
    auto o = bound("madiun", "application", category);
    ASSERT_TRUE(o) << category;
    EXPECT_EQ(o->article, "Pasal 42 ayat (2)");
    EXPECT_EQ(o->period.text, "P2Y");
    EXPECT_TRUE(o->period_from_profile);
    EXPECT_NE(o->citation.find("Pasal 42 ayat (2)"), std::string::npos);
    auto security = bound("madiun", "application_security", category);
    ASSERT_TRUE(security) << category;
    EXPECT_EQ(security->article, "Pasal 43 ayat (2)");
  }
  EXPECT_EQ(bound("madiun", "infrastructure")->article, "Pasal 41 ayat (1)");
  EXPECT_EQ(bound("madiun", "infrastructure_security")->article, "Pasal 43 ayat (2)");
}

TEST(IctAuditSchedule, KendariAuditsOnlyAgencySpecialApplications) {
  EXPECT_FALSE(bound("kendari", "application", "common"));
  EXPECT_FALSE(bound("kendari", "application", "shared_special"));
  EXPECT_FALSE(bound("kendari", "application_security", "common"));
  auto special = bound("kendari", "application", "agency_special");
  ASSERT_TRUE(special);
  EXPECT_EQ(special->article, "Pasal 36 ayat (3)");
  EXPECT_EQ(bound("kendari", "application_security", "agency_special")->article, "Pasal 37 ayat (3)");
  EXPECT_EQ(bound("kendari", "infrastructure")->article, "Pasal 35 ayat (1)");
  // Not required: no due date, whatever the dates.
  EXPECT_EQ(next_due_on(bound("kendari", "application", "common"), true, "2020-01-01", ""), "");
  EXPECT_EQ(due_status("2026-11-29", ""), "not_required");
}

TEST(IctAuditSchedule, ProbolinggoUsesTheRegionsDefaultPeriodAndSaysSo) {
  for (const char* kind : {"infrastructure", "application", "infrastructure_security", "application_security"}) {
    auto o = bound("probolinggo", kind, "common");
    ASSERT_TRUE(o) << kind;
    EXPECT_EQ(o->article, "Pasal 38 ayat (1)");
    EXPECT_FALSE(o->period_from_profile);
    EXPECT_EQ(o->period.text, "P2Y");
    EXPECT_NE(o->period_note.id.find("secara berkala"), std::string::npos);
  }
  auto yearly = bound("probolinggo", "infrastructure", "", "P1Y");
  EXPECT_EQ(next_due_on(yearly, true, "2025-06-30", ""), "2026-06-30");
}

TEST(IctAuditSchedule, NextDueFromTheLastAuditOrTheRegistration) {
  auto o = bound("madiun", "infrastructure");
  EXPECT_EQ(next_due_on(o, true, "2024-02-29", ""), "2026-02-28");  // registered, never audited; clamped
  EXPECT_EQ(next_due_on(o, true, "2020-01-01", "2025-07-15"), "2027-07-15");
  EXPECT_EQ(next_due_on(o, false, "2020-01-01", "2025-07-15"), "");  // inactive: not required
  EXPECT_EQ(next_due_on(std::nullopt, true, "2020-01-01", ""), "");
}

TEST(IctAuditSchedule, DueSoonWithinNinetyDaysOverdueAfterTheDueDate) {
  EXPECT_EQ(due_status("2026-11-29", "2026-11-28"), "overdue");
  EXPECT_EQ(due_status("2026-11-29", "2026-11-29"), "due_soon");
  EXPECT_EQ(due_status("2026-11-29", "2027-02-27"), "due_soon");  // 90 days ahead
  EXPECT_EQ(due_status("2026-11-29", "2027-02-28"), "due");       // 91 days ahead
}

TEST(IctAuditSchedule, PreEvaluationOneMonthBeforeOnlyWhereTheProfileRequiresIt) {
  auto p = pre_evaluation_obligation(profile("probolinggo"));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->article, "Pasal 38 ayat (5)");
  EXPECT_FALSE(pre_evaluation_obligation(profile("madiun")));
  EXPECT_FALSE(pre_evaluation_obligation(profile("kendari")));
  EXPECT_EQ(pre_evaluation_due_on("2027-06-15"), "2027-05-15");
  EXPECT_EQ(pre_evaluation_due_on("2027-03-31"), "2027-02-28");  // month-end clamping
  EXPECT_EQ(pre_evaluation_due_on("2028-03-31"), "2028-02-29");  // leap year
  EXPECT_EQ(pre_evaluation_due_on("2027-01-15"), "2026-12-15");  // across the year
}

TEST(IctAuditSchedule, ReportGoesToTheHeadThroughTheCommitteeChair) {
  EXPECT_EQ(committee_chair(profile("madiun")), "Ketua Tim Koordinasi SPBE Pemerintah Daerah (Sekretaris Daerah)");
  EXPECT_EQ(committee_chair(profile("kendari")), "Ketua Tim Koordinasi SPBE");  // the regulation names no chair
  auto report = report_obligation(profile("madiun"), "application");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->article, "Pasal 42 ayat (3)");
  EXPECT_EQ(report_obligation(profile("madiun"), "infrastructure_security")->article, "Pasal 43 ayat (3)");
  EXPECT_EQ(report_due_on("2026-01-31"), "2026-03-02");
  EXPECT_EQ(region_head(profile("madiun")).id, "Walikota");
}

// --------------------------------------------------------------------------- steps

TEST(IctAuditSteps, InOrderWithoutAPreEvaluationDuty) {
  std::optional<AuditObligation> none;
  EXPECT_FALSE(step_refusal("start", audit_in("planned"), none));
  EXPECT_FALSE(step_refusal("pre_evaluate", audit_in("planned"), none));
  EXPECT_FALSE(step_refusal("start", audit_in("pre_evaluated"), none));
  EXPECT_FALSE(step_refusal("complete", audit_in("in_progress"), none));
  EXPECT_FALSE(step_refusal("report_to_head", audit_in("completed"), none));
}

TEST(IctAuditSteps, OutOfOrderIsRefusedSayingWhatComesNext) {
  std::optional<AuditObligation> none;
  auto why = step_refusal("complete", audit_in("planned"), none);
  ASSERT_TRUE(why);
  EXPECT_NE(why->en.find("start"), std::string::npos);
  EXPECT_TRUE(step_refusal("report_to_head", audit_in("in_progress"), none));
  EXPECT_TRUE(step_refusal("pre_evaluate", audit_in("in_progress"), none));
  EXPECT_TRUE(step_refusal("start", audit_in("reported"), none));
  EXPECT_TRUE(step_refusal("complete", audit_in("completed"), none));
}

TEST(IctAuditSteps, ProbolinggoStartNeedsTheInternalEvaluationAndCitesIt) {
  auto duty = pre_evaluation_obligation(profile("probolinggo"));
  auto why = step_refusal("start", audit_in("planned"), duty);
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Pasal 38 ayat (5)"), std::string::npos);
  EXPECT_NE(why->id.find(profile("probolinggo")->citation.short_name), std::string::npos);
  EXPECT_FALSE(step_refusal("start", audit_in("pre_evaluated"), duty));
}

TEST(IctAuditSteps, TakingStepsRecordsTheirDates) {
  auto a = audit_in("in_progress");
  take_step({"complete", "2026-05-10", "", std::string(64, 'a')}, a, "");
  EXPECT_EQ(a.state, "completed");
  EXPECT_EQ(a.completed_on, "2026-05-10");
  EXPECT_EQ(a.report_due_on, "2026-06-09");
  take_step({"report_to_head", "2026-05-20", "Disampaikan", ""}, a, "Ketua Tim Koordinasi SPBE");
  EXPECT_EQ(a.state, "reported");
  EXPECT_EQ(a.reported_through, "Ketua Tim Koordinasi SPBE");
  EXPECT_TRUE(edit_refusal(a));
  EXPECT_FALSE(finding_refusal(a));
  EXPECT_TRUE(finding_refusal(audit_in("planned")));
}

// --------------------------------------------------------------------------- input

TEST(IctAuditInput, AccreditedAndCertifiedAuditorsNeedTheirCredential) {
  auto body = [](const char* kind) {
    return nlohmann::json{{"object_id", 1}, {"planned_on", "2027-01-10"}, {"auditor_kind", kind},
                          {"auditor_name", "Lembaga Audit"}, {"aspects", {"functionality"}}};
  };
  for (const char* kind : {"accredited", "certified"}) {
    auto input = parse_audit(body(kind), true);
    Audit a;
    apply(input, a);
    EXPECT_EQ(fields_of([&] { check_audit(a); }), std::vector<std::string>{"auditor_credential"}) << kind;
  }
  Audit government;
  apply(parse_audit(body("government"), true), government);
  EXPECT_TRUE(fields_of([&] { check_audit(government); }).empty());
  EXPECT_EQ(fields_of([&] { parse_audit({{"object_id", 1}, {"auditor_kind", "friend"}, {"aspects", {"taste"}}}, true); }),
            (std::vector<std::string>{"planned_on", "auditor_kind", "auditor_name", "aspects"}));
}

TEST(IctAuditInput, ApplicationObjectsNameTheirApplicationAndNothingElse) {
  EXPECT_EQ(fields_of([] { parse_object({{"kind", "application"}, {"name", "A"}, {"owner_agency_id", 1}}, true); }),
            std::vector<std::string>{"application_id"});
  EXPECT_EQ(fields_of([] { parse_object({{"kind", "infrastructure"}, {"name", "A"}, {"owner_agency_id", 1}, {"application_id", 3}}, true); }),
            std::vector<std::string>{"application_id"});
  EXPECT_EQ(fields_of([] { parse_object({{"kind", "application"}}, false); }), std::vector<std::string>{"kind"});
}

// --------------------------------------------------------------------------- findings

TEST(IctAuditFindings, CloseNeedsAFollowUpWithANoteAndAFile) {
  FollowUp note_only{1, "r", 1, "Sudah diperbaiki", "", "op", "t"};
  FollowUp file_only{2, "r", 1, "", std::string(64, 'b'), "op", "t"};
  FollowUp evidence{3, "r", 1, "Sudah diperbaiki", std::string(64, 'c'), "op", "t"};
  EXPECT_TRUE(close_refusal(finding_with({})));
  EXPECT_TRUE(close_refusal(finding_with({note_only, file_only})));
  EXPECT_FALSE(close_refusal(finding_with({note_only, evidence})));
  auto closed = finding_with({evidence});
  closed.status = "closed";
  EXPECT_TRUE(close_refusal(closed));
  EXPECT_FALSE(reopen_refusal(closed));
  EXPECT_TRUE(reopen_refusal(finding_with({})));
  EXPECT_TRUE(follow_up_refusal(closed));
}

TEST(IctAuditFindings, OverdueWhenOpenPastItsDueDate) {
  auto f = finding_with({});
  f.due_on = "2026-11-28";
  EXPECT_TRUE(finding_overdue(f, "2026-11-29"));
  EXPECT_FALSE(finding_overdue(f, "2026-11-28"));
  f.status = "closed";
  EXPECT_FALSE(finding_overdue(f, "2027-01-01"));
}
