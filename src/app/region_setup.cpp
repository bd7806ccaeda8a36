#include "app/region_setup.h"

#include <functional>
#include <stdexcept>

#include "app/record_change.h"
#include "core/digest.h"
#include "modules/agencies/store.h"
#include "modules/committees/store.h"
#include "modules/positions/store.h"
#include "modules/regions/store.h"
#include "modules/service_desk/national_holidays.h"

namespace simpul {

std::string region_slug(const std::string& name) {
  std::string out;
  for (unsigned char ch : name) {
    if (std::isalnum(ch)) out.push_back(static_cast<char>(std::tolower(ch)));
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

RegionSetup create_region_from_profile(db::Connection& c, const profiles::Profile& profile, const std::string& region_name,
                                       const std::string& actor) {
  namespace agencies = modules::agencies;
  namespace positions = modules::positions;
  namespace committees = modules::committees;
  RegionSetup setup;
  setup.region_id = region_slug(region_name);
  if (setup.region_id.empty()) throw std::invalid_argument("the region name has no letters or digits");
  if (modules::regions::find(c, setup.region_id))
    throw std::invalid_argument("a region with the id '" + setup.region_id + "' already exists");
  auto now = now_rfc3339();
  const auto& r = profile.region;
  std::string kind = region_name.rfind("Kabupaten", 0) == 0 ? "kabupaten" : region_name.rfind("Kota", 0) == 0 ? "kota" : r.kind;
  modules::regions::insert(c, {setup.region_id, region_name, kind, r.time_zone, r.domain, profile.name, 1, now, now});
  audit::Context ctx{setup.region_id, {std::nullopt, actor, "system"}, "setup-" + request_id(), "local"};
  audit::append(c, ctx, "region.create", "region", setup.region_id,
                audit::changes_between(nullptr, {{"name", region_name}, {"kind", kind}, {"profile", profile.name},
                                                 {"time_zone", r.time_zone}, {"domain", r.domain}}));

  // Parents first: the profile may list a Bagian before its Sekretariat.
  std::function<int64_t(const profiles::AgencyTemplate&)> create_agency = [&](const profiles::AgencyTemplate& t) -> int64_t {
    if (auto it = setup.agency_ids.find(t.key); it != setup.agency_ids.end()) return it->second;
    agencies::Agency a;
    a.region_id = setup.region_id;
    a.name = t.name;
    a.short_name = t.short_name;
    a.kind = t.kind;
    a.profile_key = t.key;
    a.set_roles(t.roles);
    if (!t.parent.empty()) a.parent_agency_id = create_agency(*profile.agency(t.parent));
    a.created_at = a.updated_at = now;
    agencies::insert(c, a);
    audit_creation(c, ctx, "agency.create", "agency", a, [](const agencies::Agency& x) { return agencies::to_json(x); });
    return setup.agency_ids[t.key] = a.id;
  };
  for (const auto& t : profile.agencies) create_agency(t);

  for (const auto& t : profile.positions) {
    positions::Position p;
    p.region_id = setup.region_id;
    if (!t.agency.empty()) p.agency_id = setup.agency_ids.at(t.agency);
    p.profile_key = t.key;
    p.title = t.title;
    p.is_head = t.head;
    p.created_at = p.updated_at = now;
    positions::insert(c, p);
    audit_creation(c, ctx, "position.create", "position", p, [](const positions::Position& x) { return positions::to_json(x); });
    setup.position_ids[t.key] = p.id;
  }

  std::function<void(const profiles::Body&, std::optional<int64_t>)> create_body = [&](const profiles::Body& b,
                                                                                     std::optional<int64_t> parent) {
    committees::Committee k;
    k.region_id = setup.region_id;
    k.parent_committee_id = parent;
    k.key = b.key;
    k.kind = b.kind;
    k.name = b.name;
    k.article = b.article;
    k.formed_by = b.formed_by;
    k.created_at = k.updated_at = now;
    committees::insert(c, k);
    nlohmann::json members = nlohmann::json::array();
    for (const auto& m : b.members) {
      std::optional<int64_t> position;
      if (!m.position.empty()) position = setup.position_ids.at(m.position);
      committees::add_member(c, setup.region_id, k.id, m.role, position, m.selector);
      members.push_back({{"role", m.role}, {"position", m.position.empty() ? m.selector : m.position}});
    }
    auto record = committees::record_json(k);
    record["members"] = members;
    audit_creation(c, ctx, "committee.create", "committee", k, [&](const committees::Committee&) { return record; });
    for (const auto& w : b.working_groups) create_body(w, k.id);
  };
  for (const auto& b : profile.bodies) create_body(b, std::nullopt);

  for (const auto& d : profile.architecture_domains) {
    committees::set_coordinator(c, setup.region_id, {d.domain, setup.agency_ids.at(d.coordinator), d.article});
    audit::append(c, ctx, "architecture_coordinator.set", "architecture_domain", d.domain,
                  {{"agency_id", {{"before", nullptr}, {"after", setup.agency_ids.at(d.coordinator)}}}});
  }
  if (profile.gcio) {
    auto position = setup.position_ids.at(profile.gcio->position);
    committees::set_designation(c, setup.region_id, "gcio", position, profile.gcio->article);
    audit::append(c, ctx, "gcio.set", "designation", "gcio", {{"position_id", {{"before", nullptr}, {"after", position}}}});
  }
  service_desk::add_national_holidays(c, setup.region_id);
  return setup;
}

}  // namespace simpul
