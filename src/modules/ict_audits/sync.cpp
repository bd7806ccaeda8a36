#include "modules/ict_audits/sync.h"

#include "app/record_change.h"
#include "core/clock.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::ict_audits {

void create_object(db::Connection& c, const audit::Context& ctx, const Schedule& s, AuditObject& o) {
  recompute_due(s, o);
  if (o.created_at.empty()) o.created_at = o.updated_at = now_rfc3339();
  insert_object(c, o);
  audit_creation(c, ctx, "ict_audit_object.create", "ict_audit_object", o, [](const AuditObject& x) { return record_json(x); });
}

std::vector<AuditObject> sync_registry_objects(db::Connection& c, const audit::Context& ctx, const Schedule& s,
                                               const std::string& region_id) {
  auto have = sync_keys(c, region_id);
  std::vector<AuditObject> created;
  auto add = [&](const std::string& key, const std::string& kind, const std::string& name, int64_t owner,
                 std::optional<int64_t> application_id, const std::string& category, const std::string& registered_on) {
    if (have.count(key)) return;
    AuditObject o;
    o.region_id = region_id;
    o.kind = kind;
    o.name = name;
    o.owner_agency_id = owner;
    o.application_id = application_id;
    o.application_category = category;
    o.source = "registry";
    o.sync_key = key;
    o.registered_on = registered_on;
    create_object(c, ctx, s, o);
    created.push_back(o);
  };
  if (auto office = ict_office_id(c, region_id)) {
    add("infrastructure", "infrastructure", "Infrastruktur SPBE Pemerintah Daerah", *office, std::nullopt, "", s.today);
    add("infrastructure_security", "infrastructure_security", "Keamanan Infrastruktur SPBE Pemerintah Daerah", *office,
        std::nullopt, "", s.today);
  }
  for (const auto& app : applications_in_use(c, region_id)) {
    auto id = std::to_string(app.id);
    add("application:" + id, "application", "Aplikasi " + app.name, app.owner_agency_id, app.id, app.category, app.registered_on);
    add("application_security:" + id, "application_security", "Keamanan Aplikasi " + app.name, app.owner_agency_id, app.id,
        app.category, app.registered_on);
  }
  return created;
}

}  // namespace simpul::modules::ict_audits
