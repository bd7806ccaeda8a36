#pragma once
// Shared by the tests that check a built-in profile against its regulation
// (profile_<region>_test.cpp): finding the profile and its obligations, and the
// checks whose shape recurs from one regulation to the next (a yearly or
// two-yearly duty, an ICT audit, a required role, documents before production,
// a committee's members). Each check names the obligation or body in its
// failure message, since gtest reports the line in this file.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "profiles/loader.h"

namespace simpul::profiles::expectations {

// The built-in profile `name`; throws when there is none.
inline const Profile& builtin_profile(std::string_view name) {
  const Profile* p = find_builtin(name);
  if (!p) throw std::runtime_error(std::string(name) + " profile missing");
  return *p;
}

// The obligation `id` of `profile`; throws when there is none.
inline const Obligation& obligation(const Profile& profile, const std::string& id) {
  const Obligation* o = profile.obligation(id);
  if (!o) throw std::runtime_error("no obligation " + id + " in " + profile.name);
  return *o;
}

inline bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// `o` is a `kind` rule (periodic_event, periodic_submission) whose "period" is
// written `period_text` (P1Y, P6M, P2Y).
inline void expect_periodic(const Obligation& o, const std::string& kind, const std::string& period_text) {
  EXPECT_EQ(o.rule.kind, kind) << o.id;
  const Period* period = o.rule.period("period");
  if (!period) {
    ADD_FAILURE() << o.id << ": no period, expected " << period_text;
    return;
  }
  EXPECT_EQ(period->text, period_text) << o.id;
}

// The same, by the period's length in months (for P2Y6M and the like).
inline void expect_periodic_months(const Obligation& o, const std::string& kind, int months) {
  EXPECT_EQ(o.rule.kind, kind) << o.id;
  const Period* period = o.rule.period("period");
  if (!period) {
    ADD_FAILURE() << o.id << ": no period, expected " << months << " months";
    return;
  }
  EXPECT_EQ(period->total_months(), months) << o.id;
}

// An ICT audit of `scope`, under `article`, at least once in two years:
// "paling sedikit 1 (satu) kali dalam 2 (dua) tahun".
inline void expect_biennial_audit(const Obligation& o, const std::string& article, const std::string& scope) {
  EXPECT_EQ(o.article, article) << o.id;
  expect_periodic(o, "periodic_event", "P2Y");
  if (const Period* period = o.rule.period("period")) {
    EXPECT_EQ(period->total_months(), 24) << o.id;
  }
  EXPECT_EQ(o.rule.value("event"), "ict_audit") << o.id;
  EXPECT_EQ(o.rule.value("scope"), scope) << o.id;
}

// "Setiap PD wajib menyerahkan diagram … (LAN) terkini … paling sedikit 1 (satu)
// kali dalam setahun."
inline void expect_annual_lan_diagram(const Obligation& o) {
  EXPECT_EQ(o.binds, "every_agency") << o.id;
  expect_periodic(o, "periodic_submission", "P1Y");
  EXPECT_EQ(o.rule.value("evidence"), "lan_diagram") << o.id;
}

// `o` makes each `binds` have at least `min` holders of `role`.
inline void expect_required_role(const Obligation& o, const std::string& binds, const std::string& role, int min) {
  EXPECT_EQ(o.binds, binds) << o.id;
  EXPECT_EQ(o.rule.kind, "required_role") << o.id;
  EXPECT_EQ(o.rule.value("role"), role) << o.id;
  EXPECT_EQ(o.rule.min, min) << o.id;
}

// `o` requires exactly `documents`, in this order, before production.
inline void expect_documents_before_production(const Obligation& o, const std::vector<std::string>& documents) {
  EXPECT_EQ(o.rule.kind, "required_documents") << o.id;
  EXPECT_EQ(o.rule.value("before"), "production") << o.id;
  EXPECT_EQ(o.rule.list("documents"), documents) << o.id;
}

// `body` has exactly `members`, in this order ({role, position, selector}).
inline void expect_members(const Body& body, const std::vector<Member>& members) {
  ASSERT_EQ(body.members.size(), members.size()) << body.key;
  for (std::size_t i = 0; i < members.size(); ++i) {
    EXPECT_EQ(body.members[i].role, members[i].role) << body.key << " member " << i;
    EXPECT_EQ(body.members[i].position, members[i].position) << body.key << " member " << i;
    EXPECT_EQ(body.members[i].selector, members[i].selector) << body.key << " member " << i;
  }
}

}  // namespace simpul::profiles::expectations
