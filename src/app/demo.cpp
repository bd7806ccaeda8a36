#include "app/demo.h"

#include "audit/diff.h"
#include "audit/log.h"
#include "auth/password.h"
#include "modules/users/create.h"
#include "core/clock.h"
#include "core/digest.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"

namespace simpul {

bool add_demo(db::Database& db) {
  // Hashing is slow by design; do it before taking the write lock.
  std::string hash = auth::hash_password(kDemoPassword);
  return db.write([&](db::Connection& c) {
    if (modules::regions::count(c) > 0) return false;
    auto now = now_rfc3339();
    const std::string region = "kota-madiun";
    // Kota Madiun (Perwali Madiun No. 39/2021), in WIB.
    modules::regions::insert(c, {region, "Kota Madiun", "kota", "Asia/Jakarta", "madiunkota.go.id", "madiun", 1, now, now});
    audit::Context ctx{region, {std::nullopt, "simpul-demo", "system"}, "demo-" + request_id(), "local"};

    std::vector<int64_t> agency_ids;
    for (auto [name, short_name] : {std::pair{"Dinas Komunikasi dan Informatika", "Diskominfo"},
                                    std::pair{"Badan Perencanaan Pembangunan Daerah", "Bappeda"},
                                    std::pair{"Dinas Kesehatan", "Dinkes"}}) {
      auto id = modules::agencies::insert(c, {0, region, name, short_name}, now);
      agency_ids.push_back(id);
      audit::append(c, ctx, "agency.create", "agency", std::to_string(id),
                    audit::changes_between(nullptr, {{"name", name}, {"short_name", short_name}}));
    }

    struct DemoUser {
      const char* username;
      const char* display_name;
      auth::Role role;
      std::optional<int64_t> agency;
    };
    for (const auto& d : {DemoUser{"admin", "Administrator Diskominfo", auth::Role::superadmin, std::nullopt},
                          DemoUser{"operator.dinkes", "Operator Dinas Kesehatan", auth::Role::agency_operator, agency_ids[2]},
                          DemoUser{"operator.bappeda", "Operator Bappeda", auth::Role::agency_operator, agency_ids[1]},
                          DemoUser{"walikota", "Wali Kota Madiun", auth::Role::leadership, std::nullopt},
                          DemoUser{"auditor", "Tim Evaluator Internal", auth::Role::auditor, std::nullopt},
                          DemoUser{"warga", "Warga Kota Madiun", auth::Role::citizen, std::nullopt}}) {
      auto u = modules::users::new_user(region, {d.username, d.display_name, d.role, d.agency, std::nullopt}, hash, false);
      modules::users::create(c, ctx, u);
    }
    return true;
  });
}

}  // namespace simpul
