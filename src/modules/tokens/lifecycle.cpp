#include "modules/tokens/lifecycle.h"

#include "auth/secrets.h"
#include "core/clock.h"

namespace simpul::modules::tokens {

Issued issue(db::Connection& c, const audit::Context& ctx, const auth::User& owner, const NewToken& input) {
  auto now = std::chrono::system_clock::now();
  Issued out;
  auto& t = out.token;
  t.region_id = owner.region_id;
  t.user_id = owner.id;
  t.owner_username = owner.username;
  t.name = input.name;
  t.scopes = input.scopes;
  t.created_at = format_rfc3339(now);
  t.expires_at = format_rfc3339(now + std::chrono::hours(24) * input.expires_in_days);
  out.secret = auth::new_api_token();
  t.id = auth::insert_token(c, t, auth::secret_hash(out.secret));
  audit::append(c, ctx, "token.create", "api_token", std::to_string(t.id),
                {{"name", {{"before", nullptr}, {"after", t.name}}},
                 {"owner", {{"before", nullptr}, {"after", t.owner_username}}},
                 {"scopes", {{"before", nullptr}, {"after", t.scopes}}},
                 {"expires_at", {{"before", nullptr}, {"after", t.expires_at}}}});
  return out;
}

bool revoke(db::Connection& c, const audit::Context& ctx, int64_t token_id) {
  auto now = now_rfc3339();
  if (!auth::revoke_token(c, token_id, now)) return false;
  audit::append(c, ctx, "token.revoke", "api_token", std::to_string(token_id), {{"revoked_at", {{"before", nullptr}, {"after", now}}}});
  return true;
}

}  // namespace simpul::modules::tokens
