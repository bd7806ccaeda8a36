// The pure rules of ICT competency management: requirements from the profile (Probolinggo
// Pasal 33 ayat (3)-(5)), gaps per agency and region, certificate expiry, plan coverage and
// the steps of a plan item.
#include <gtest/gtest.h>

#include "modules/competencies/rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::competencies;

namespace {

Employee person(int64_t id, std::set<std::string> kinds = {}, bool pranata = false) {
  Employee e{id, "19800101200501100" + std::to_string(id % 10), "Pegawai " + std::to_string(id), 1, pranata};
  e.competency_kinds = std::move(kinds);
  for (const auto& k : e.competency_kinds) e.competency_ids.insert(k == "basic_ict" ? 1 : k == "ict_operation" ? 2 : 3);
  return e;
}

std::vector<Requirement> probolinggo() { return profile_requirements(profiles::find_builtin("probolinggo")); }

const RequirementCheck& check_of(const AgencyGaps& g, const std::string& key) {
  for (const auto& c : g.checks)
    if (c.requirement.key == key) return c;
  throw std::runtime_error("no check " + key);
}

Certificate certificate(int64_t id, std::string expires_on) {
  Certificate c;
  c.id = id;
  c.expires_on = std::move(expires_on);
  return c;
}

}  // namespace

TEST(CompetencyRules, ProbolinggoStatesThreeRequirementsWithTheirArticles) {
  auto reqs = probolinggo();
  ASSERT_EQ(reqs.size(), 3u);
  EXPECT_EQ(reqs[0].key, "profile:employee-basic-ict-competence");
  EXPECT_EQ(reqs[0].applies_to, "each_employee");
  EXPECT_EQ(reqs[0].competency_kind, "basic_ict");
  EXPECT_EQ(reqs[0].article, "Pasal 33 ayat (3)");
  EXPECT_EQ(reqs[1].applies_to, "agencies_running_own_services");
  EXPECT_TRUE(reqs[1].pranata_komputer);
  EXPECT_NE(reqs[1].citation.find("Pasal 33 ayat (4)"), std::string::npos);
  EXPECT_EQ(reqs[2].applies_to, "agencies_with_services");
  EXPECT_EQ(reqs[2].competency_kind, "ict_operation");
  EXPECT_EQ(reqs[2].min_people, 1);
}

TEST(CompetencyRules, OtherProfilesStateNoCompetencyRequirement) {
  EXPECT_TRUE(profile_requirements(profiles::find_builtin("madiun")).empty());
  EXPECT_TRUE(profile_requirements(nullptr).empty());
}

TEST(CompetencyRules, EveryEmployeeNeedsBasicIctCompetence) {
  AgencyFacts a{1, "Dinas Kesehatan", false, false};
  auto g = agency_gaps(a, {person(1, {"basic_ict"}), person(2), person(3, {"technical"})}, probolinggo(), {}, "2026-06-01");
  EXPECT_EQ(g.employees, 3);
  EXPECT_EQ(g.with_basic_ict, 1);
  ASSERT_EQ(g.without_basic_ict.size(), 2u);
  const auto& basic = check_of(g, "profile:employee-basic-ict-competence");
  EXPECT_TRUE(basic.applies);
  EXPECT_FALSE(basic.met);
  EXPECT_EQ(basic.have, 1);
  EXPECT_EQ(basic.need, 3);
  ASSERT_EQ(basic.missing_people.size(), 2u);
  ASSERT_TRUE(basic.message);
  EXPECT_NE(basic.message->id.find("Pasal 33 ayat (3)"), std::string::npos);
  EXPECT_NE(basic.message->en.find("2 employees"), std::string::npos);
}

TEST(CompetencyRules, PranataKomputerOnlyWhereTheAgencyRunsItsOwnServices) {
  auto staff = std::vector<Employee>{person(1, {"basic_ict"})};
  auto plain = agency_gaps({1, "Bappeda", false, false}, staff, probolinggo(), {}, "2026-06-01");
  const auto& not_required = check_of(plain, "profile:pranata-komputer-for-own-services");
  EXPECT_FALSE(not_required.applies);
  EXPECT_TRUE(not_required.met);
  EXPECT_EQ(not_required.need, 0);

  auto own = agency_gaps({1, "Diskominfo", true, true}, staff, probolinggo(), {}, "2026-06-01");
  const auto& required = check_of(own, "profile:pranata-komputer-for-own-services");
  EXPECT_TRUE(required.applies);
  EXPECT_FALSE(required.met);
  ASSERT_TRUE(required.message);
  EXPECT_NE(required.message->id.find("Pasal 33 ayat (4)"), std::string::npos);

  staff.push_back(person(2, {"basic_ict"}, true));
  auto met = agency_gaps({1, "Diskominfo", true, true}, staff, probolinggo(), {}, "2026-06-01");
  EXPECT_TRUE(check_of(met, "profile:pranata-komputer-for-own-services").met);
  EXPECT_EQ(met.pranata_komputer, 1);
}

TEST(CompetencyRules, IctOperationStaffWhereTheAgencyHasServices) {
  auto staff = std::vector<Employee>{person(1, {"basic_ict"})};
  EXPECT_FALSE(check_of(agency_gaps({1, "A", false, false}, staff, probolinggo(), {}, "2026-06-01"),
                        "profile:ict-operating-staff-per-agency").applies);
  auto with_services = agency_gaps({1, "A", true, false}, staff, probolinggo(), {}, "2026-06-01");
  EXPECT_FALSE(check_of(with_services, "profile:ict-operating-staff-per-agency").met);
  staff.push_back(person(2, {"basic_ict", "ict_operation"}));
  auto met = agency_gaps({1, "A", true, false}, staff, probolinggo(), {}, "2026-06-01");
  EXPECT_TRUE(check_of(met, "profile:ict-operating-staff-per-agency").met);
  EXPECT_EQ(met.ict_operation_staff, 1);
  EXPECT_EQ(met.unmet(), 0);
}

TEST(CompetencyRules, PolicyRequirementForAGivenCompetencyCitesTheIctOffice) {
  Requirement r;
  r.key = "policy:7";
  r.source = "policy";
  r.applies_to = "every_agency";
  r.competency_id = 3;
  r.competency_name = "Keamanan informasi dasar";
  r.min_people = 2;
  r.citation = kPolicyCitation;
  auto g = agency_gaps({1, "A", false, false}, {person(1, {"technical"}), person(2)}, {r}, {}, "2026-06-01");
  const auto& c = check_of(g, "policy:7");
  EXPECT_EQ(c.have, 1);
  EXPECT_EQ(c.need, 2);
  ASSERT_TRUE(c.message);
  EXPECT_NE(c.message->id.find("(kebijakan Dinas)"), std::string::npos);
}

TEST(CompetencyRules, CertificateExpiryEdges) {
  EXPECT_EQ(certificate_expiry("", "2026-06-01").status, "no_expiry");
  EXPECT_EQ(certificate_expiry("2026-05-31", "2026-06-01").status, "expired");
  EXPECT_EQ(certificate_expiry("2026-05-31", "2026-06-01").days_to_expiry, -1);
  EXPECT_EQ(certificate_expiry("2026-06-01", "2026-06-01").status, "expiring");  // last valid day
  EXPECT_EQ(certificate_expiry("2026-08-30", "2026-06-01").status, "expiring");  // 90 days: still in the window
  EXPECT_EQ(certificate_expiry("2026-08-30", "2026-06-01").days_to_expiry, 90);
  EXPECT_EQ(certificate_expiry("2026-08-31", "2026-06-01").status, "valid");     // 91 days
}

TEST(CompetencyRules, GapsCountCertificatesSoonestFirstAndTotalTheRegion) {
  auto a = agency_gaps({1, "A", false, false}, {person(1, {"basic_ict"}), person(2)}, {},
                       {certificate(1, "2026-07-01"), certificate(2, "2026-05-01"), certificate(3, "2030-01-01"), certificate(4, "")},
                       "2026-06-01");
  EXPECT_EQ(a.expired, 1);
  EXPECT_EQ(a.expiring, 1);
  ASSERT_EQ(a.certificates.size(), 2u);
  EXPECT_EQ(a.certificates[0].id, 2);
  EXPECT_TRUE(a.has_gaps());
  auto b = agency_gaps({2, "B", false, false}, {person(3, {"basic_ict"})}, {}, {}, "2026-06-01");
  EXPECT_FALSE(b.has_gaps());
  auto t = region_totals({a, b});
  EXPECT_EQ(t.agencies, 2);
  EXPECT_EQ(t.employees, 3);
  EXPECT_EQ(t.with_basic_ict, 2);
  EXPECT_EQ(t.agencies_with_gaps, 1);
  ASSERT_TRUE(t.basic_ict_share());
  EXPECT_DOUBLE_EQ(*t.basic_ict_share(), 2.0 / 3.0);
  EXPECT_FALSE(region_totals({}).basic_ict_share());
}

TEST(CompetencyRules, PlanCoversTargetedPeopleWithoutBasicCompetence) {
  std::vector<Employee> staff{person(1, {"basic_ict"}), person(2), person(3), person(4)};
  PlanItem basic;
  basic.competency_kind = "basic_ict";
  basic.target_person_ids = {1, 2};
  PlanItem cancelled = basic;
  cancelled.status = "cancelled";
  cancelled.target_person_ids = {3};
  PlanItem technical;
  technical.competency_kind = "technical";
  technical.target_person_ids = {4};
  auto c = plan_coverage(staff, {basic, cancelled, technical});
  EXPECT_EQ(c.without_basic_ict, 3);
  ASSERT_EQ(c.targeted.size(), 1u);
  EXPECT_EQ(c.targeted[0].id, 2);
  ASSERT_EQ(c.not_targeted.size(), 2u);
  EXPECT_EQ(c.not_targeted[0].id, 3);
}

TEST(CompetencyRules, PlanItemStepsEndAtDoneOrCancelled) {
  EXPECT_FALSE(item_status_refusal("planned", "done"));
  EXPECT_FALSE(item_status_refusal("planned", "cancelled"));
  EXPECT_FALSE(item_status_refusal("done", "done"));
  EXPECT_TRUE(item_status_refusal("done", "planned"));
  EXPECT_TRUE(item_status_refusal("cancelled", "planned"));
  EXPECT_TRUE(item_status_refusal("cancelled", "done"));
}
