// Every built-in profile loads, and every sentence it quotes is in its regulation,
// inside the article it cites (see docs/profiles.md).
#include <gtest/gtest.h>

#include "profiles/loader.h"
#include "profiles/source_check.h"

using namespace simpul::profiles;

TEST(BuiltinProfiles, TheFiveRegulationsAreBuiltIn) {
  std::vector<std::string> names;
  for (const auto& p : builtin_profiles()) names.push_back(p.name);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"batam", "kendari", "madiun", "oki", "probolinggo"}));
}

TEST(BuiltinProfiles, EveryQuoteIsInItsArticle) {
  for (const auto& p : builtin_profiles()) {
    auto source = builtin_source(p.citation.source);
    ASSERT_FALSE(source.empty()) << p.name << ": source " << p.citation.source << " is not built in";
    for (const auto& problem : check_against_source(p, source)) ADD_FAILURE() << p.name << ": " << problem;
  }
}

TEST(BuiltinProfiles, EachHasAnIctOfficeACommitteeAndObligations) {
  for (const auto& p : builtin_profiles()) {
    bool ict_office = false;
    for (const auto& a : p.agencies)
      for (const auto& r : a.roles) ict_office |= r == "ict_office";
    EXPECT_TRUE(ict_office) << p.name;
    EXPECT_FALSE(p.bodies.empty()) << p.name;
    EXPECT_GE(p.obligations.size(), 30u) << p.name << " covers too few obligations to be complete";
  }
}
