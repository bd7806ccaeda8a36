#include "audit/chain.h"

#include "core/digest.h"
#include "core/json_text.h"

namespace simpul::audit {

std::string canonical(const Entry& e) {
  std::string out;
  out.reserve(256 + e.changes.size());
  auto text = [&](const std::string& s) {
    append_json_string(out, s);
    out += ',';
  };
  out += '[';
  text(e.region_id);
  out += std::to_string(e.seq) + ',';
  text(e.at);
  out += (e.actor_id ? std::to_string(*e.actor_id) : "null") + ",";
  text(e.actor_username);
  text(e.actor_role);
  text(e.action);
  text(e.entity_type);
  text(e.entity_id);
  text(e.changes);
  text(e.request_id);
  text(e.client);
  append_json_string(out, e.prev_hash);
  out += ']';
  return out;
}

std::string compute_hash(const Entry& e) { return sha256_hex(canonical(e)); }

}  // namespace simpul::audit
