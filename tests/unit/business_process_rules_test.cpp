// Business processes as pure rules: what a record may hold, the workflow
// draft → submitted → coordinated (or returned), and which links between processes
// are allowed (Kendari Pasal 9, Madiun Pasal 9, Batam Pasal 10, Probolinggo Pasal 13).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <algorithm>
#include <functional>

#include "core/problem.h"
#include "core/record_code.h"

#include "modules/business_processes/rules.h"
#include "profile_expectations.h"

using namespace simpul;
using namespace simpul::modules::business_processes;

namespace {

nlohmann::json valid_body() {
  return {{"agency_id", 3},
          {"code", "DINKES-01"},
          {"name", "Penerbitan izin praktik tenaga kesehatan"},
          {"kind", "core"},
          {"steps", {{{"name", "Menerima permohonan"}, {"responsible", "Seksi Perizinan"}}}}};
}

BusinessProcess ready_process() {
  BusinessProcess p;
  p.id = 7;
  p.region_id = "kota-kendari";
  p.architecture_id = 1;
  p.steps = {{"Menerima permohonan", "Seksi Perizinan"}};
  return p;
}

BusinessProcess process(int64_t id, const std::string& region = "kota-kendari") {
  BusinessProcess p;
  p.id = id;
  p.region_id = region;
  return p;
}

Link link(int64_t id, int64_t from, int64_t to, const std::string& kind) {
  return Link{id, "kota-kendari", from, to, kind, "", "admin", "2026-01-01T00:00:00Z"};
}

}  // namespace

TEST(BusinessProcessCode, AcceptsCapitalGroupsAndRaisesLowerCase) {
  for (const char* code : {"DINKES-01", "BKPSDM.PEG-3", "DP", "A1", "DISDUKCAPIL-KTP-2024"}) EXPECT_TRUE(is_valid_code(code)) << code;
  EXPECT_EQ(normalised_code("  dinkes-01 "), "DINKES-01");
}

TEST(BusinessProcessCode, RefusesWhatIsNotAPlainCode) {
  for (const char* code : {"", "D", "01-DINKES", "DINKES--01", "DINKES-", "-DINKES", "DINKES 01", "DINKES_01", "DİNKES",
                           "DINKES/01"})
    EXPECT_FALSE(is_valid_code(code)) << code;
  EXPECT_FALSE(is_valid_code(std::string(41, 'A')));
  EXPECT_TRUE(is_valid_code(std::string(40, 'A')));
}

TEST(BusinessProcessInput, ReadsAValidCreation) {
  auto in = parse_process(valid_body(), true);
  BusinessProcess p;
  apply(in, p);
  EXPECT_EQ(p.agency_id, 3);
  EXPECT_EQ(p.code, "DINKES-01");
  EXPECT_EQ(p.kind, "core");
  ASSERT_EQ(p.steps.size(), 1u);
  EXPECT_EQ(p.steps[0].responsible, "Seksi Perizinan");
  EXPECT_FALSE(p.architecture_id);
}

TEST(BusinessProcessInput, NamesEveryBadFieldAtOnce) {
  auto body = valid_body();
  body["code"] = "01 dinkes";
  body["kind"] = "utama";
  body["name"] = "";
  body["steps"] = {{{"name", "Menerima"}}, "langkah", {{"name", "X"}, {"responsible", "Y"}, {"who", "Z"}}};
  body["related_services"] = {"Izin praktik", ""};
  body["colour"] = "red";
  auto fields = fields_of([&] { parse_process(body, true); });
  for (const char* f : {"code", "kind", "name", "steps.0.responsible", "steps.1", "steps.2.who", "related_services.1", "colour"})
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
}

TEST(BusinessProcessInput, CreationNeedsTheOwnerCodeNameAndKind) {
  auto fields = fields_of([] { parse_process(nlohmann::json::object(), true); });
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"agency_id", "code", "kind", "name"}));
}

TEST(BusinessProcessInput, AnEditCannotMoveTheProcessToAnotherAgency) {
  EXPECT_EQ(fields_of([] { parse_process({{"agency_id", 4}}, false); }), std::vector<std::string>{"agency_id"});
  EXPECT_TRUE(fields_of([] { parse_process({{"description", nullptr}, {"architecture_id", nullptr}}, false); }).empty());
}

TEST(BusinessProcessInput, LimitsTheNumberOfSteps) {
  auto body = valid_body();
  body["steps"] = nlohmann::json::array();
  for (size_t i = 0; i <= kMaxSteps; ++i) body["steps"].push_back({{"name", "Langkah"}, {"responsible", "Unit"}});
  EXPECT_EQ(fields_of([&] { parse_process(body, true); }), std::vector<std::string>{"steps"});
}

TEST(BusinessProcessWorkflow, SubmitsADraftBasedOnTheArchitecture) {
  auto p = ready_process();
  EXPECT_FALSE(cannot_submit(p, "Perwali Kendari 41/2021 Pasal 9 ayat (2)"));
  EXPECT_TRUE(missing_for_submission(p).empty());
}

TEST(BusinessProcessWorkflow, RefusesToSubmitWithoutArchitectureCitingTheArticle) {
  auto p = ready_process();
  p.architecture_id.reset();
  auto why = cannot_submit(p, "Perwali Kendari 41/2021 Pasal 9 ayat (2)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Pasal 9 ayat (2)"), std::string::npos);
  EXPECT_EQ(missing_for_submission(p), std::vector<std::string>{"architecture_id"});
}

TEST(BusinessProcessWorkflow, RefusesToSubmitWithoutSteps) {
  auto p = ready_process();
  p.steps.clear();
  EXPECT_TRUE(cannot_submit(p, ""));
  EXPECT_EQ(missing_for_submission(p), std::vector<std::string>{"steps"});
}

TEST(BusinessProcessWorkflow, EachStepOnlyFromItsState) {
  auto p = ready_process();
  for (const char* status : {"draft", "submitted", "coordinated"}) {
    p.status = status;
    std::string s = status;
    EXPECT_EQ(!cannot_submit(p, ""), s == "draft") << s;
    EXPECT_EQ(!cannot_coordinate(p), s == "submitted") << s;
    EXPECT_EQ(!cannot_return(p), s == "submitted") << s;
    EXPECT_EQ(!cannot_edit(p), s != "submitted") << s;  // under review: the bureau returns it first
  }
}

TEST(BusinessProcessWorkflow, EditingACoordinatedProcessOpensItAgain) {
  auto p = ready_process();
  p.status = "coordinated";
  p.coordinated_by = "admin";
  p.coordinated_at = "2026-01-01T00:00:00Z";
  p.submitted_by = "operator.dinkes";
  EXPECT_TRUE(reopen_after_edit(p));
  EXPECT_EQ(p.status, "draft");
  EXPECT_TRUE(p.coordinated_by.empty());
  EXPECT_TRUE(p.submitted_by.empty());
  EXPECT_FALSE(reopen_after_edit(p));  // a draft stays a draft
}

TEST(BusinessProcessWorkflow, ReturningNeedsAReason) {
  EXPECT_EQ(fields_of([] { parse_return_reason(nlohmann::json::object()); }), std::vector<std::string>{"reason"});
  EXPECT_EQ(fields_of([] { parse_return_reason({{"reason", "   "}}); }), std::vector<std::string>{"reason"});
  EXPECT_EQ(parse_return_reason({{"reason", "Lengkapi pelaksana langkah 2"}}), "Lengkapi pelaksana langkah 2");
  EXPECT_EQ(parse_coordination_note(nullptr), "");
  EXPECT_EQ(fields_of([] { parse_coordination_note({{"reason", "x"}}); }), std::vector<std::string>{"reason"});
}

TEST(BusinessProcessLinks, ReadsTheLink) {
  auto in = parse_link({{"to_process_id", 9}, {"kind", "output_to"}, {"note", "data pasien"}});
  EXPECT_EQ(in.to_process_id, 9);
  EXPECT_EQ(in.kind, "output_to");
  auto fields = fields_of([] { parse_link({{"to_process_id", 0}, {"kind", "feeds"}}); });
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"kind", "to_process_id"}));
}

TEST(BusinessProcessLinks, RefusesALinkToItself) {
  auto p = process(5);
  auto problem = link_problem(p, p, "output_to", {});
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->refusal, LinkRefusal::self);
}

TEST(BusinessProcessLinks, RefusesALinkToAnotherRegion) {
  auto problem = link_problem(process(5), process(6, "kota-madiun"), "output_to", {});
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->refusal, LinkRefusal::other_region);
}

TEST(BusinessProcessLinks, AllowsANewLinkAcrossAgencies) {
  auto from = process(5), to = process(6);
  from.agency_id = 1, to.agency_id = 2;
  EXPECT_FALSE(link_problem(from, to, "output_to", {link(1, 5, 7, "output_to"), link(2, 5, 6, "shared_step")}));
}

TEST(BusinessProcessLinks, RefusesTheSameConnectionTwiceOrMirrored) {
  auto from = process(5), to = process(6);
  for (const auto& [existing, kind] : std::vector<std::pair<Link, std::string>>{
           {link(1, 5, 6, "output_to"), "output_to"},      // the same
           {link(1, 6, 5, "input_from"), "output_to"},     // 6 takes input from 5 = 5 gives output to 6
           {link(1, 6, 5, "output_to"), "input_from"},     // 6 gives output to 5 = 5 takes input from 6
           {link(1, 6, 5, "shared_step"), "shared_step"},  // no direction
       }) {
    auto problem = link_problem(from, to, kind, {existing});
    ASSERT_TRUE(problem) << existing.kind << " / " << kind;
    EXPECT_EQ(problem->refusal, LinkRefusal::duplicate);
  }
  // The opposite flow is another connection.
  EXPECT_FALSE(link_problem(from, to, "output_to", {link(1, 6, 5, "output_to")}));
  EXPECT_FALSE(link_problem(from, to, "input_from", {link(1, 5, 6, "output_to")}));
}

TEST(BusinessProcessCitations, NameTheRegionsArticles) {
  using simpul::profiles::expectations::builtin_profile;
  EXPECT_EQ(architecture_citation(&builtin_profile("kendari")), "Perwali Kendari 41/2021 Pasal 9 ayat (2)");
  EXPECT_EQ(coordination_citation(&builtin_profile("kendari")), "Perwali Kendari 41/2021 Pasal 9 ayat (3)");
  EXPECT_NE(coordination_citation(&builtin_profile("madiun")).find("Pasal 9 ayat (3)"), std::string::npos);
  EXPECT_NE(architecture_citation(&builtin_profile("batam")).find("Pasal 10 ayat (2)"), std::string::npos);
  EXPECT_NE(coordination_citation(&builtin_profile("batam")).find("Pasal 10 ayat (3)"), std::string::npos);
  EXPECT_NE(architecture_citation(&builtin_profile("oki")).find("Pasal 9 ayat (2)"), std::string::npos);
  EXPECT_NE(architecture_citation(&builtin_profile("probolinggo")).find("Pasal 13 ayat (2)"), std::string::npos);
  EXPECT_NE(coordination_citation(&builtin_profile("probolinggo")).find("Pasal 13 ayat (4)"), std::string::npos);
  EXPECT_EQ(architecture_citation(nullptr), "");
}
