#include "app/gcio.h"

#include "core/problem.h"
#include "modules/committees/store.h"
#include "modules/people/store.h"

namespace simpul {

bool is_gcio_holder(db::Connection& c, const auth::Principal& me) {
  auto gcio = modules::committees::designation(c, me.region_id, "gcio");
  if (!gcio || !gcio->holder_id) return false;
  auto person = modules::people::find_by_user(c, me.user_id);
  return person && *gcio->holder_id == person->id;
}

void require_gcio(db::Connection& c, const auth::Principal& me, const profiles::Profile& profile,
                  const profiles::Obligation& gate) {
  if (is_gcio_holder(c, me)) return;
  auto gcio = modules::committees::designation(c, me.region_id, "gcio");
  auto term = profile.term("gcio");
  std::string who = gcio ? " (" + gcio->title + ")" : "";
  std::string where = gate.article + " " + profile.citation.short_name;
  throw ProblemError(Problem::forbidden({"Hanya " + term.id + who + " yang memberi persetujuan ini (" + where +
                                             "); akun Anda tidak terhubung dengan pemegang jabatan itu.",
                                         "Only the " + term.en + who + " gives this approval (" + where +
                                             "); your account is not linked to the holder of that position."}));
}

}  // namespace simpul
