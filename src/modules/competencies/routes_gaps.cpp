// The gaps: per agency (employees without basic ICT competence, requirements unmet with
// their citation, expired and expiring certificates) and for the region, with its workbook.
// Every staff role reads every agency's gaps: the committee's transparency.
#include <map>

#include "export/download.h"
#include "export/xlsx.h"
#include "http/params.h"
#include "modules/competencies/routes_support.h"
#include "modules/competencies/rules.h"
#include "modules/competencies/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::competencies {

namespace {

struct RegionGaps {
  std::string today;
  std::vector<Requirement> requirements;
  std::vector<AgencyGaps> agencies;
};

RegionGaps region_gaps(db::Connection& c, const std::string& region_id, std::optional<int64_t> only_agency) {
  RegionGaps out{regions::region_today(c, region_id), all_requirements(c, region_id), {}};
  std::map<int64_t, std::vector<Employee>> staff;
  std::map<int64_t, int64_t> agency_of;
  for (auto& e : employees(c, region_id, only_agency)) {
    agency_of[e.id] = e.agency_id;
    staff[e.agency_id].push_back(std::move(e));
  }
  std::map<int64_t, std::vector<Certificate>> certs;
  for (auto& s : certificates(c, region_id, std::nullopt, only_agency))
    if (auto a = agency_of.find(s.person_id); a != agency_of.end()) certs[a->second].push_back(std::move(s));
  for (const auto& a : agency_facts(c, region_id))
    if (!only_agency || a.id == *only_agency)
      out.agencies.push_back(agency_gaps(a, staff[a.id], out.requirements, certs[a.id], out.today));
  return out;
}

nlohmann::json share_json(int with, int of) { return of == 0 ? nlohmann::json(nullptr) : nlohmann::json(double(with) / of); }

nlohmann::json agency_row_json(const AgencyGaps& g) {
  return {{"agency_id", g.agency.id},
          {"agency_name", g.agency.name},
          {"employees", g.employees},
          {"with_basic_ict", g.with_basic_ict},
          {"without_basic_ict", g.without_basic_ict.size()},
          {"basic_ict_share", share_json(g.with_basic_ict, g.employees)},
          {"has_services", g.agency.has_services},
          {"runs_own_services", g.agency.runs_own_services},
          {"pranata_komputer", g.pranata_komputer},
          {"ict_operation_staff", g.ict_operation_staff},
          {"unmet_requirements", g.unmet()},
          {"certificates_expired", g.expired},
          {"certificates_expiring", g.expiring}};
}

nlohmann::json people_json(const std::vector<Employee>& people) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : people) out.push_back(person_ref(e));
  return out;
}

nlohmann::json agency_detail_json(const AgencyGaps& g, const std::string& today) {
  auto j = agency_row_json(g);
  j.erase("without_basic_ict");
  j.erase("unmet_requirements");
  j.erase("certificates_expired");
  j.erase("certificates_expiring");
  j["as_of"] = today;
  j["expiry_window_days"] = kExpiryWindowDays;
  j["without_basic_ict"] = people_json(g.without_basic_ict);
  j["requirements"] = nlohmann::json::array();
  for (const auto& check : g.checks) {
    nlohmann::json message = nullptr;
    if (check.message) message = {{"id", check.message->id}, {"en", check.message->en}};
    j["requirements"].push_back({{"requirement", to_json(check.requirement)},
                                 {"applies", check.applies},
                                 {"met", check.met},
                                 {"have", check.have},
                                 {"need", check.need},
                                 {"missing_people", people_json(check.missing_people)},
                                 {"message", message}});
  }
  j["certificates"] = nlohmann::json::array();
  for (const auto& s : g.certificates) {
    auto e = certificate_expiry(s.expires_on, today);
    j["certificates"].push_back({{"certificate_id", s.id},
                                 {"person_id", s.person_id},
                                 {"person_name", s.person_name},
                                 {"name", s.name},
                                 {"expires_on", s.expires_on},
                                 {"expiry", e.status},
                                 {"days_to_expiry", e.days_to_expiry ? nlohmann::json(*e.days_to_expiry) : nlohmann::json(nullptr)}});
  }
  return j;
}

nlohmann::json region_json(const RegionGaps& r) {
  auto t = region_totals(r.agencies);
  auto share = t.basic_ict_share();
  nlohmann::json body = {{"as_of", r.today},
                         {"expiry_window_days", kExpiryWindowDays},
                         {"totals",
                          {{"agencies", t.agencies},
                           {"employees", t.employees},
                           {"with_basic_ict", t.with_basic_ict},
                           {"basic_ict_share", share ? nlohmann::json(*share) : nlohmann::json(nullptr)},
                           {"agencies_with_gaps", t.agencies_with_gaps},
                           {"unmet_requirements", t.unmet_requirements},
                           {"certificates_expired", t.certificates_expired},
                           {"certificates_expiring", t.certificates_expiring}}},
                         {"requirements", nlohmann::json::array()},
                         {"agencies", nlohmann::json::array()}};
  for (const auto& q : r.requirements) body["requirements"].push_back(to_json(q));
  for (const auto& g : r.agencies) body["agencies"].push_back(agency_row_json(g));
  return body;
}

std::string yes_no(bool b) { return b ? "Ya" : "Tidak"; }

std::string percent(int with, int of) {
  if (of == 0) return "-";
  return std::to_string((with * 100 + of / 2) / of) + "%";
}

std::string gaps_workbook(const RegionGaps& r) {
  xlsx::Sheet summary{"Kesenjangan",
                      {"Perangkat Daerah", "Pegawai", "Berkompetensi dasar TIK", "Belum", "Persentase", "Memiliki layanan",
                       "Layanan mandiri", "Pranata Komputer", "Staf pengoperasian TIK", "Persyaratan belum terpenuhi",
                       "Sertifikat kedaluwarsa", "Sertifikat segera berakhir"},
                      {},
                      {}};
  summary.preamble = {{std::string("Kesenjangan kompetensi TIK per perangkat daerah"), std::string("per " + r.today)}};
  xlsx::Sheet missing{"Tanpa kompetensi dasar", {"Perangkat Daerah", "NIP", "Nama"}, {}, {}};
  xlsx::Sheet expiring{"Sertifikat", {"Perangkat Daerah", "Nama", "Sertifikat", "Berakhir", "Status"}, {}, {}};
  for (const auto& g : r.agencies) {
    summary.rows.push_back({g.agency.name, int64_t{g.employees}, int64_t{g.with_basic_ict},
                            static_cast<int64_t>(g.without_basic_ict.size()), percent(g.with_basic_ict, g.employees),
                            yes_no(g.agency.has_services), yes_no(g.agency.runs_own_services), int64_t{g.pranata_komputer},
                            int64_t{g.ict_operation_staff}, int64_t{g.unmet()}, int64_t{g.expired}, int64_t{g.expiring}});
    for (const auto& e : g.without_basic_ict) missing.rows.push_back({g.agency.name, e.nip, e.name});
    for (const auto& s : g.certificates)
      expiring.rows.push_back({g.agency.name, s.person_name, s.name, s.expires_on,
                               certificate_expiry(s.expires_on, r.today).status == "expired" ? std::string("Kedaluwarsa")
                                                                                                 : std::string("Segera berakhir")});
  }
  return xlsx::write_workbook({summary, missing, expiring});
}

}  // namespace

void add_gap_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/gaps", Permission::competency_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, region_json(region_gaps(c, req.principal->region_id, std::nullopt)));
    });
  });

  router.add("GET", kBase + "/gaps/export.xlsx", Permission::competency_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return xlsx_download(gaps_workbook(region_gaps(c, req.principal->region_id, std::nullopt)), "kesenjangan-kompetensi");
    });
  });

  router.add("GET", kBase + "/gaps/{agency_id}", Permission::competency_read, [&ctx](http::Request& req) {
    auto agency_id = http::id_param(req, "agency_id", kAgencyNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto r = region_gaps(c, req.principal->region_id, agency_id);
      if (r.agencies.empty()) throw ProblemError(Problem::not_found(kAgencyNotFound));
      return http::Response::json(200, agency_detail_json(r.agencies[0], r.today));
    });
  });
}

}  // namespace simpul::modules::competencies
