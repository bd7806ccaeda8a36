#include "modules/compliance/subjects.h"

#include <map>

#include "modules/compliance/agency_filter.h"

namespace simpul::modules::compliance {

namespace {

std::vector<Subject> load_owned(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                                const std::string& kind, const std::string& select, const char* owner_column,
                                const std::string& href_base) {
  db::Params params{region_id};
  std::string sql = select + agency_filter(owner_column, agency_id, params) + " ORDER BY 2, 1";
  std::vector<Subject> out;
  for (auto& r : c.query(sql, params)) {
    Subject s;
    s.kind = kind;
    s.id = r.text(0);
    s.name = r.take_text(1);
    s.agency_id = db::optional_int64(r, 2);
    if (r.size() > 3) s.category = db::text_or_empty(r, 3);
    s.href = href_base.empty() ? "" : href_base + s.id;
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<Subject> position_subject(db::Connection& c, const std::string& region_id, const std::string& sql_tail,
                                        const db::Params& params) {
  auto rows = c.query("SELECT p.position_id, p.title, p.agency_id FROM positions p " + sql_tail, params);
  if (rows.empty()) return std::nullopt;
  return Subject{.kind = "position",
                 .id = rows[0].text(0),
                 .name = rows[0].text(1),
                 .agency_id = db::optional_int64(rows[0], 2),
                 .href = "/organisasi"};
}

}  // namespace

Subjects load_subjects(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                       std::optional<int64_t> agency_id) {
  Subjects out;
  db::Params params{region_id};
  std::string sql =
      "SELECT a.agency_id, a.name, a.ict_office, a.planning_office, a.organization_bureau, a.ict_self_sufficient "
      "FROM agencies a WHERE a.region_id = ?" +
      agency_filter("a.agency_id", agency_id, params) + " ORDER BY a.name, a.agency_id";
  for (auto& r : c.query(sql, params)) {
    Subject s{.kind = "agency", .id = r.text(0), .name = r.take_text(1), .agency_id = r.int64(0)};
    s.href = "/organisasi/pd/" + s.id;
    s.ict_self_sufficient = r.int64(5) != 0;
    s.runs_own_services = s.ict_self_sufficient;  // as competency management reads it (PD Mandiri TIK)
    if (r.int64(2) != 0 && !out.ict_office) out.ict_office = s;
    if (r.int64(3) != 0 && !out.planning_office) out.planning_office = s;
    if (r.int64(4) != 0 && !out.organization_bureau) out.organization_bureau = s;
    out.agencies.push_back(std::move(s));
  }
  out.applications = load_owned(c, region_id, agency_id, "application",
                                "SELECT application_id, name, owner_agency_id, category FROM applications WHERE region_id = ?",
                                "owner_agency_id", "/elemen/aplikasi/");
  out.datasets = load_owned(c, region_id, agency_id, "dataset",
                            "SELECT dataset_id, title, owner_agency_id FROM datasets WHERE region_id = ?",
                            "owner_agency_id", "/elemen/data/");
  out.hosts = load_owned(c, region_id, agency_id, "host",
                         "SELECT host_id, name, owner_agency_id FROM hosts WHERE region_id = ?", "owner_agency_id",
                         "/elemen/infrastruktur/server/");
  out.networks = load_owned(c, region_id, agency_id, "network",
                            "SELECT network_id, name, owner_agency_id FROM networks WHERE region_id = ?",
                            "owner_agency_id", "");
  for (auto& n : out.networks) n.href = "/elemen/infrastruktur/jaringan";
  out.services = load_owned(c, region_id, agency_id, "service",
                            "SELECT service_id, name, owner_agency_id, kind FROM services WHERE region_id = ? AND status <> 'retired'",
                            "owner_agency_id", "/elemen/layanan/");
  out.websites = load_owned(c, region_id, agency_id, "website",
                            "SELECT domain_id, name, agency_id FROM domains WHERE region_id = ? "
                            "AND kind IN ('website', 'agency_subdomain')",
                            "agency_id", "");
  for (auto& w : out.websites) w.href = "/elemen/infrastruktur/domain";
  out.employees = load_owned(c, region_id, agency_id, "employee",
                             "SELECT person_id, name, agency_id FROM people WHERE region_id = ? AND nip IS NOT NULL",
                             "agency_id", "");
  for (auto& e : out.employees) e.href = "/organisasi";
  // A `when` about an agency's standing reads, for what it owns, the owner's standing.
  std::map<int64_t, const Subject*> owners;
  for (const auto& a : out.agencies) owners[*a.agency_id] = &a;
  for (auto* list : {&out.applications, &out.datasets, &out.hosts, &out.networks, &out.services, &out.websites,
                     &out.employees})
    for (auto& s : *list)
      if (auto owner = s.agency_id ? owners.find(*s.agency_id) : owners.end(); owner != owners.end()) {
        s.ict_self_sufficient = owner->second->ict_self_sufficient;
        s.runs_own_services = owner->second->runs_own_services;
      }
  if (agency_id) return out;  // the region's own duties are not one agency's

  auto regions = c.query("SELECT name FROM regions WHERE region_id = ?", {region_id});
  out.region = Subject{.kind = "region",
                       .id = region_id,
                       .name = regions.empty() ? region_id : regions[0].text(0),
                       .href = "/organisasi"};
  auto committees = c.query(
      "SELECT committee_id, name FROM committees WHERE region_id = ? AND parent_committee_id IS NULL "
      "ORDER BY committee_id LIMIT 1",
      {region_id});
  if (!committees.empty())
    out.committee = Subject{.kind = "committee", .id = committees[0].text(0), .name = committees[0].text(1), .href = "/organisasi"};
  // The region head: the profile's position that belongs to no agency (Walikota, Bupati).
  for (const auto& p : profile.positions)
    if (p.agency.empty()) {
      out.region_head = position_subject(c, region_id, "WHERE p.region_id = ? AND p.profile_key = ?", {region_id, p.key});
      break;
    }
  out.gcio = position_subject(c, region_id,
                              "JOIN designations d ON d.position_id = p.position_id "
                              "WHERE d.region_id = ? AND d.designation = 'gcio'",
                              {region_id});
  return out;
}

std::vector<const Subject*> bound_subjects(const Subjects& all, const std::string& binds) {
  std::vector<const Subject*> out;
  auto one = [&](const std::optional<Subject>& s) {
    if (s) out.push_back(&*s);
  };
  auto each = [&](const std::vector<Subject>& list) {
    for (const auto& s : list) out.push_back(&s);
  };
  if (binds == "region") one(all.region);
  else if (binds == "region_head") one(all.region_head);
  else if (binds == "gcio") one(all.gcio);
  else if (binds == "committee") one(all.committee);
  else if (binds == "ict_office") one(all.ict_office);
  else if (binds == "planning_office") one(all.planning_office);
  else if (binds == "organization_bureau") one(all.organization_bureau);
  else if (binds == "every_agency") each(all.agencies);
  else if (binds == "each_application") each(all.applications);
  else if (binds == "each_dataset") each(all.datasets);
  else if (binds == "each_host") each(all.hosts);
  else if (binds == "each_network") each(all.networks);
  else if (binds == "each_service") each(all.services);
  else if (binds == "each_website") each(all.websites);
  else if (binds == "each_employee") each(all.employees);
  return out;
}

}  // namespace simpul::modules::compliance
