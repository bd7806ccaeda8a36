#include "modules/account/sign_in.h"

namespace simpul::modules::account {

FailureOutcome after_failure(int before) {
  int now = before + 1;
  if (now >= kFailuresBeforeLock) return {0, true};
  return {now, false};
}

}  // namespace simpul::modules::account
