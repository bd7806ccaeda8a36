#pragma once
// Issuing and revoking API tokens, with their audit entries, inside the
// caller's write transaction. Shared by the API and `simpul token …`.
#include <string>

#include "audit/log.h"
#include "auth/session_store.h"
#include "modules/tokens/rules.h"

namespace simpul::modules::tokens {

struct Issued {
  auth::ApiToken token;
  std::string secret;  // shown to the caller once, never stored
};

Issued issue(db::Connection& c, const audit::Context& ctx, const auth::User& owner, const NewToken& input);

// Answers false when the token was already revoked (nothing is written then).
bool revoke(db::Connection& c, const audit::Context& ctx, int64_t token_id);

}  // namespace simpul::modules::tokens
