// The compliance engine's promises that do not need a database: every rule kind of the
// vocabulary can be judged, a kind it cannot judge is reported with its obligation, and no
// obligation of the five profiles is claimed by two sources.
#include <gtest/gtest.h>

#include <map>

#include "modules/compliance/engine.h"
#include "modules/compliance/sources/source.h"
#include "modules/compliance/statements.h"
#include "profiles/loader.h"
#include "profiles/vocabulary.h"

using namespace simpul;
using namespace simpul::modules::compliance;

TEST(ComplianceEngine, EveryRuleKindOfTheVocabularyCanBeJudged) {
  for (const auto& [kind, _] : profiles::vocabulary::rule_shapes()) EXPECT_TRUE(evaluable_kind(kind)) << kind;
  EXPECT_FALSE(evaluable_kind("vibes"));
}

TEST(ComplianceEngine, EveryBuiltInProfileCanBeJudged) {
  for (const auto& p : profiles::builtin_profiles()) EXPECT_TRUE(unevaluable(p).empty()) << p.name;
}

TEST(ComplianceEngine, AKindItCannotJudgeIsAnErrorNamingTheObligation) {
  profiles::Profile p = *profiles::find_builtin("madiun");
  p.obligations[3].rule.kind = "vibes";
  auto errors = unevaluable(p);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("obligations[3] (" + p.obligations[3].id + ")"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("\"vibes\""), std::string::npos) << errors[0];
}

TEST(ComplianceEngine, NoObligationIsClaimedByTwoSources) {
  auto sources = make_sources();
  for (const auto& p : profiles::builtin_profiles())
    for (const auto& o : p.obligations) {
      std::vector<std::string> claiming;
      for (const auto& s : sources)
        if (s->answers(o)) claiming.push_back(s->name());
      EXPECT_LE(claiming.size(), 1u) << p.name << " " << o.id << " claimed by " << claiming.front() << " and "
                                     << claiming.back();
    }
}

TEST(ComplianceEngine, TheIssueExamplesAreDecidedFromData) {
  // A LAN diagram, an application's documents before production, the infrastructure audit and
  // Tier 1 staff are in Simpul's records in every profile that has them: never left to statements.
  std::map<std::string, int> decided;
  for (const auto& p : profiles::builtin_profiles())
    for (const auto& [o, source] : answering_sources(p)) {
      const auto& r = o->rule;
      bool example = (r.kind == "periodic_submission" && r.value("evidence") == "lan_diagram") ||
                     (r.kind == "required_documents" && r.value("before") == "production" && o->binds == "each_application") ||
                     (r.kind == "periodic_event" && r.value("event") == "ict_audit" && r.value("scope") == "infrastructure") ||
                     (r.kind == "required_role" && r.value("role") == "tier1");
      if (!example) continue;
      EXPECT_NE(source, "statement") << p.name << " " << o->id;
      ++decided[p.name];
    }
  for (const auto& p : profiles::builtin_profiles()) EXPECT_GE(decided[p.name], 1) << p.name;
}
