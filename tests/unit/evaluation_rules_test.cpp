// The campaign rules as the contract states them (docs/evaluation-contract.md, "Campaigns, the
// assessor team and sign-off"): who on the team may do what, when a self-assessment is ready to
// be signed off (every indicator with a level and verified), verification needs a level and an
// explanation, the external result is the latest stage entered and its difference is result − self.
#include <gtest/gtest.h>

#include "frameworks/loader.h"
#include "modules/evaluation/rules.h"

using namespace simpul::modules::evaluation;

namespace {

const simpul::frameworks::Framework& framework() {
  const auto* f = simpul::frameworks::find_builtin_framework("permenpanrb-59-2020");
  EXPECT_NE(f, nullptr);
  return *f;
}

Answer answered(int no, int level, bool verified, std::string explanation = "Ada dokumennya.") {
  Answer a;
  a.indicator_no = no;
  a.level = level;
  a.explanation = std::move(explanation);
  if (verified) a.verified_at = "2026-03-01T00:00:00Z", a.verified_by = "auditor";
  a.version = 1;
  return a;
}

std::vector<Answer> all_verified() {
  std::vector<Answer> out;
  for (const auto& p : framework().indicators()) out.push_back(answered(p.indicator->number, 3, true));
  return out;
}

Campaign open_campaign() {
  Campaign c;
  c.status = CampaignStatus::open;
  c.target_level = 3;
  return c;
}

}  // namespace

TEST(EvaluationRules, AnyTeamRoleScoresAndAsks) {
  for (auto r : {AssessorRole::coordinator, AssessorRole::person_in_charge, AssessorRole::data_entry, AssessorRole::member}) {
    EXPECT_TRUE(team_may(r, TeamAction::score));
    EXPECT_TRUE(team_may(r, TeamAction::ask));
  }
}

TEST(EvaluationRules, OnlyThePersonInChargeVerifies) {
  EXPECT_EQ(roles_for(TeamAction::verify), std::vector<AssessorRole>{AssessorRole::person_in_charge});
}

TEST(EvaluationRules, OnlyTheCoordinatorSignsOffAndReopens) {
  EXPECT_EQ(roles_for(TeamAction::sign_off), std::vector<AssessorRole>{AssessorRole::coordinator});
  EXPECT_EQ(roles_for(TeamAction::reopen), std::vector<AssessorRole>{AssessorRole::coordinator});
}

TEST(EvaluationRules, MembersAreTheOnlyRoleWithoutASingleSeat) {
  EXPECT_TRUE(single_seat(AssessorRole::coordinator));
  EXPECT_TRUE(single_seat(AssessorRole::person_in_charge));
  EXPECT_TRUE(single_seat(AssessorRole::data_entry));
  EXPECT_FALSE(single_seat(AssessorRole::member));
}

TEST(EvaluationRules, ReadyWhenEveryIndicatorHasAVerifiedLevel) {
  auto r = sign_off_readiness(framework(), all_verified());
  EXPECT_TRUE(r.ready());
  EXPECT_FALSE(sign_off_refusal(open_campaign(), r));
}

TEST(EvaluationRules, NotReadyListsTheUnansweredAndTheUnverified) {
  auto answers = all_verified();
  answers.erase(answers.begin() + 4);          // indicator 5 never answered
  answers[9].verified_at.clear();              // indicator 11 not verified
  answers[20].level.reset();                   // indicator 22: a row without a level
  answers[20].verified_at.clear();
  auto r = sign_off_readiness(framework(), answers);
  EXPECT_EQ(r.unanswered, (std::vector<int>{5, 22}));
  EXPECT_EQ(r.unverified, (std::vector<int>{11}));
  auto why = sign_off_refusal(open_campaign(), r);
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("5, 22"), std::string::npos) << why->id;
  EXPECT_NE(why->en.find("11"), std::string::npos) << why->en;
}

TEST(EvaluationRules, NoSecondSignOffAndReopenOnlyWhenSignedOff) {
  auto signed_off = open_campaign();
  signed_off.status = CampaignStatus::signed_off;
  EXPECT_TRUE(sign_off_refusal(signed_off, sign_off_readiness(framework(), all_verified())));
  EXPECT_FALSE(reopen_refusal(signed_off));
  EXPECT_TRUE(reopen_refusal(open_campaign()));
}

TEST(EvaluationRules, VerificationNeedsALevelAndAnExplanation) {
  EXPECT_FALSE(verification_refusal(answered(1, 3, false)));
  EXPECT_TRUE(verification_refusal(answered(1, 3, false, "   ")));
  Answer blank;
  blank.indicator_no = 1;
  blank.explanation = "Ada";
  EXPECT_TRUE(verification_refusal(blank));
}

TEST(EvaluationRules, TheResultIsTheLatestStageEntered) {
  std::vector<ExternalResult> results{{1, ExternalStage::document, 2},
                                      {1, ExternalStage::visit, 4},
                                      {1, ExternalStage::interview, 3},
                                      {2, ExternalStage::document, 1},
                                      {2, ExternalStage::interview, 2},
                                      {3, ExternalStage::document, 5}};
  auto ext = external_levels(results);
  EXPECT_EQ(ext[1].result(), 4);
  EXPECT_EQ(ext[2].result(), 2);
  EXPECT_EQ(ext[3].result(), 5);
  EXPECT_EQ(ext[3].interview, std::nullopt);
  EXPECT_EQ(result_levels(ext), (std::map<int, int>{{1, 4}, {2, 2}, {3, 5}}));
}

TEST(EvaluationRules, DifferencesAreResultMinusSelfWhereTheyDiffer) {
  auto d = differences({{1, 3}, {2, 2}, {3, 4}, {4, 1}}, {{1, 4}, {2, 2}, {3, 2}, {5, 3}});
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].indicator_no, 1);
  EXPECT_EQ(d[0].difference(), 1);
  EXPECT_EQ(d[1].indicator_no, 3);
  EXPECT_EQ(d[1].difference(), -2);
}

TEST(EvaluationRules, AnIndicatorsOwnTargetOverridesTheCampaigns) {
  auto k = open_campaign();
  auto a = answered(1, 2, false);
  EXPECT_EQ(target_of(k, &a), 3);
  EXPECT_EQ(target_of(k, nullptr), 3);
  a.target_level = 4;
  EXPECT_EQ(target_of(k, &a), 4);
}

TEST(EvaluationRules, ATargetIndexHasTheFrameworksDecimals) {
  EXPECT_TRUE(valid_target_index("", 2, 5));
  EXPECT_TRUE(valid_target_index("2.60", 2, 5));
  EXPECT_TRUE(valid_target_index("3", 2, 5));
  EXPECT_TRUE(valid_target_index("5.00", 2, 5));
  EXPECT_FALSE(valid_target_index("5.01", 2, 5));
  EXPECT_FALSE(valid_target_index("2.605", 2, 5));
  EXPECT_FALSE(valid_target_index("2,60", 2, 5));
  EXPECT_FALSE(valid_target_index(".5", 2, 5));
  EXPECT_FALSE(valid_target_index("12", 2, 5));
  EXPECT_FALSE(valid_target_index("2.", 2, 5));
}
