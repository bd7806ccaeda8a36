#pragma once
// What the evidence, question and external result routes share: the 403 and 204 answers.
#include <optional>

#include "core/lang.h"
#include "core/problem.h"
#include "http/message.h"
#include "modules/evaluation/routes_support.h"

namespace simpul::modules::evaluation {

// 403 with the rule's reason when it refuses the caller.
inline void forbid_if(const std::optional<Text>& why) {
  if (why) throw ProblemError(Problem::forbidden(*why));
}

inline http::Response no_content() {
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace simpul::modules::evaluation
