// SPBE services as pure rules: what a service record holds (administrative or public, Perwali
// Madiun 39/2021 Pasal 27 ayat (1)), and integration across agencies, which the ICT office
// coordinates (Madiun Pasal 30 ayat (3), OKI Pasal 30 ayat (3), Batam Pasal 31 ayat (3)).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <functional>

#include "core/problem.h"
#include "modules/services/rules.h"
#include "profile_expectations.h"

using namespace simpul;
using namespace simpul::modules::services;

namespace {

nlohmann::json valid() {
  return {{"owner_agency_id", 3}, {"code", "dpmptsp-izin"}, {"name", "  Perizinan usaha  "}, {"kind", "public"},
          {"sector", "pekerjaan dan usaha"}, {"channels", {"web", "counter", "web"}},
          {"participating_agency_ids", {9, 4, 9}}};
}

}  // namespace

TEST(ServiceRules, ParsesAndNormalisesAService) {
  auto in = parse_service(valid(), true);
  Service s;
  apply(in, s);
  EXPECT_EQ(s.owner_agency_id, 3);
  EXPECT_EQ(s.code, "DPMPTSP-IZIN") << "codes are raised to capitals";
  EXPECT_EQ(s.name, "Perizinan usaha");
  EXPECT_EQ(s.kind, "public");
  EXPECT_EQ(s.channels, (std::vector<std::string>{"web", "counter"})) << "repeated channels count once";
  EXPECT_EQ(s.participating_agency_ids, (std::vector<int64_t>{4, 9})) << "sorted, once each";
  EXPECT_EQ(s.status, "planned") << "a new service is planned unless told";
  EXPECT_EQ(integration_status(s), "awaiting_coordination");
}

TEST(ServiceRules, NamesEveryBadField) {
  EXPECT_EQ(fields_of([] { parse_service(nlohmann::json::object(), true); }),
            (std::vector<std::string>{"owner_agency_id", "code", "name", "kind"}));
  EXPECT_EQ(fields_of([] {
              parse_service({{"owner_agency_id", 3}, {"code", "9X"}, {"name", ""}, {"kind", "internal"},
                             {"channels", {"web", "fax"}}, {"status", "paused"}, {"participating_agency_ids", {1, "x"}},
                             {"colour", "blue"}},
                            true);
            }),
            (std::vector<std::string>{"colour", "code", "name", "kind", "channels", "status", "participating_agency_ids.1"}));
  auto owner_among_participants = valid();
  owner_among_participants["participating_agency_ids"] = {3, 4};
  EXPECT_EQ(fields_of([&] { parse_service(owner_among_participants, true); }),
            (std::vector<std::string>{"participating_agency_ids"}));
  EXPECT_EQ(fields_of([] { parse_service({{"owner_agency_id", 4}}, false); }), (std::vector<std::string>{"owner_agency_id"}))
      << "the owner never changes";
  EXPECT_TRUE(fields_of([] { parse_service({{"name", "Baru"}, {"sector", nullptr}}, false); }).empty());
}

TEST(ServiceRules, IntegrationAcrossAgenciesNeedsCoordinationAgainAfterAChange) {
  Service s;
  apply(parse_service(valid(), true), s);
  EXPECT_FALSE(cannot_coordinate_integration(s).has_value());
  s.integration_coordinated_by = "kominfo";
  s.integration_coordinated_at = "2026-11-29T08:00:00Z";
  EXPECT_EQ(integration_status(s), "coordinated");
  EXPECT_TRUE(cannot_coordinate_integration(s).has_value()) << "coordinated once";

  apply(parse_service({{"name", "Perizinan usaha terpadu"}, {"participating_agency_ids", {9, 4}}}, false), s);
  EXPECT_EQ(integration_status(s), "coordinated") << "the same agencies in another order are no change";
  apply(parse_service({{"participating_agency_ids", {4, 9, 12}}}, false), s);
  EXPECT_EQ(integration_status(s), "awaiting_coordination") << "another set of agencies is another integration";
  EXPECT_EQ(s.integration_coordinated_by, "");

  apply(parse_service({{"participating_agency_ids", nullptr}}, false), s);
  EXPECT_EQ(integration_status(s), "none");
  auto why = cannot_coordinate_integration(s);
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->en.find("one agency"), std::string::npos);
}

TEST(ServiceRules, CitationsComeFromTheRegionsRegulation) {
  using simpul::profiles::expectations::builtin_profile;
  EXPECT_EQ(integration_citation(&builtin_profile("madiun")), "Perwali Madiun 39/2021 Pasal 30 ayat (3)");
  EXPECT_NE(integration_citation(&builtin_profile("oki")).find("Pasal 30 ayat (3)"), std::string::npos);
  EXPECT_NE(integration_citation(&builtin_profile("batam")).find("Pasal 31 ayat (3)"), std::string::npos);
  EXPECT_EQ(integration_citation(&builtin_profile("kendari")), "") << "Kendari's regulation has no such article";
  EXPECT_EQ(integration_citation(nullptr), "");
  EXPECT_NE(application_citation(&builtin_profile("madiun"), "administrative").find("Pasal 28 ayat (2)"), std::string::npos);
  EXPECT_NE(application_citation(&builtin_profile("probolinggo"), "public").find("Pasal 25 ayat (2)"), std::string::npos);
  EXPECT_EQ(application_citation(&builtin_profile("madiun"), "public"), "");
}
