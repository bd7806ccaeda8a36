#include "modules/security/programme_routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "modules/security/bodies.h"
#include "modules/security/citations.h"
#include "modules/security/policy_store.h"
#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {

const std::string kPath = "/api/v1/security/programme";

nlohmann::json person_json(const PersonRef& p) {
  return {{"id", p.id}, {"name", p.name}, {"agency_id", or_null(p.agency_id)}};
}

http::Response answer(db::Connection& c, const std::string& region_id) {
  auto p = load_programme(c, region_id);
  auto body = record_json(p);
  std::vector<int64_t> ids = p.csirt_member_ids;
  if (p.person_in_charge_id) ids.push_back(*p.person_in_charge_id);
  auto people = people_of_region(c, region_id, ids);
  body.erase("person_in_charge_id");
  body["person_in_charge"] = nullptr;
  if (p.person_in_charge_id && people.count(*p.person_in_charge_id))
    body["person_in_charge"] = person_json(people.at(*p.person_in_charge_id));
  body["suggested_person_in_charge"] = nullptr;
  if (auto sekda = sekda_holder(c, region_id)) {
    body["suggested_person_in_charge"] = person_json(sekda->first);
    body["suggested_person_in_charge"]["position_title"] = sekda->second;
  }
  body["csirt"].erase("member_ids");
  body["csirt"]["members"] = nlohmann::json::array();
  for (auto id : p.csirt_member_ids)
    if (people.count(id)) body["csirt"]["members"].push_back(person_json(people.at(id)));
  if (p.version == 0) body["updated_at"] = nullptr;
  body["citation"] = citation_json(security_citations(region_profile(c, region_id)).management);
  auto res = http::Response::json(200, body);
  res.header("etag", http::etag(p.version));
  return res;
}

// The person in charge and every CSIRT member must be people of the region.
void check_people(db::Connection& c, const Programme& p) {
  std::vector<int64_t> ids = p.csirt_member_ids;
  if (p.person_in_charge_id) ids.push_back(*p.person_in_charge_id);
  auto found = people_of_region(c, p.region_id, ids);
  std::vector<FieldError> errors;
  if (p.person_in_charge_id && !found.count(*p.person_in_charge_id))
    errors.push_back({"person_in_charge_id", {"Orang ini tidak terdaftar di daerah Anda. Pilih penanggung jawab dari data pegawai daerah (biasanya Sekretaris Daerah).",
                                              "This person is not registered in your region. Choose the person in charge from the region's people (usually the regional secretary)."}});
  for (auto id : p.csirt_member_ids)
    if (!found.count(id)) {
      errors.push_back({"csirt.member_ids", {"Anggota CSIRT " + std::to_string(id) + " tidak terdaftar di daerah Anda.",
                                             "CSIRT member " + std::to_string(id) + " is not registered in your region."}});
      break;
    }
  fail_on_field_errors(errors);
}

}  // namespace

void add_programme_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kPath, Permission::security_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return answer(c, req.principal->region_id); });
  });

  router.add("PUT", kPath, Permission::security_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto input = parse_programme(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_programme(c, region);
      check_version(version, before.version);
      Programme after = input;
      after.region_id = region;
      check_people(c, after);
      after.version = before.version;
      after.updated_at = before.updated_at;
      auto changes = audit::changes_between(record_json(before), record_json(after));
      changes.erase("updated_at");
      changes.erase("version");
      if (!changes.empty()) {
        after.version = before.version + 1;
        after.updated_at = now_rfc3339();
        if (!save_programme(c, after, before.version)) check_version(after.version, before.version);
        audit::append(c, audit_context(req), "security_programme.update", "security_programme", region, changes);
      }
      return answer(c, region);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::security
