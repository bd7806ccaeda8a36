#pragma once
// For the rules tests: the fields a 422 refusal names, in order, or none when `f` was accepted.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/problem.h"

inline std::vector<std::string> fields_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const simpul::ProblemError& e) {
    EXPECT_EQ(e.problem().status, 422);
    std::vector<std::string> out;
    for (const auto& err : e.problem().errors) out.push_back(err.field);
    return out;
  }
  return {};
}
