// Staff records: each employee's competencies, certificates and trainings. Every employee
// is kept by their own agency's operator (or the ICT office); everyone but citizens reads.
#include <functional>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "db/like.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/competencies/input.h"
#include "modules/competencies/routes_support.h"
#include "modules/competencies/rules.h"
#include "modules/competencies/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::competencies {

namespace {

const std::string kPerson = kBase + "/people/{person_id}";

// One kind of record an employee has (competency held, certificate, training) and how
// the shared create / edit / delete routes handle it.
template <class Record>
struct ChildKind {
  std::string segment, id_param, entity;
  Text not_found;
  // Reads the body onto the record and checks it against the database; 422 on any problem.
  std::function<void(db::Connection&, const nlohmann::json& body, bool creating, Record&)> read;
  std::function<std::optional<Record>(db::Connection&, const std::string& region, int64_t person, int64_t id)> find;
  std::function<int64_t(db::Connection&, Record&)> insert;
  std::function<bool(db::Connection&, const Record&, int64_t)> update;
  std::function<std::optional<Text>(db::Connection&, const Record&)> in_use;  // why it cannot be deleted
  std::function<void(db::Connection&, int64_t)> remove;
  std::function<nlohmann::json(const Record&, const std::string& today)> as_json;
};

template <class Record>
nlohmann::json audit_json(const ChildKind<Record>& kind, const Record& r) {
  return kind.as_json(r, "");
}

template <class Record>
http::Response child_response(db::Connection& c, const ChildKind<Record>& kind, const Record& r, int status) {
  auto res = http::Response::json(status, kind.as_json(r, regions::region_today(c, r.region_id)));
  res.header("etag", http::etag(r.version));
  return res;
}

template <class Record>
void add_child_routes(http::Router& router, AppContext& ctx, ChildKind<Record> kind) {
  using auth::Permission;
  const std::string list_path = kPerson + "/" + kind.segment;
  const std::string one_path = list_path + "/{" + kind.id_param + "}";

  router.add("POST", list_path, Permission::competency_edit, [&ctx, kind](http::Request& req) {
    auto person_id = http::id_param(req, "person_id", kEmployeeNotFound);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto employee = load_employee(c, region, person_id);
      require_agency_access(*req.principal, employee.agency_id);
      ensure_catalogue(c, req);
      Record r;
      r.region_id = region;
      r.person_id = person_id;
      kind.read(c, req.json, true, r);
      r.created_at = r.updated_at = now_rfc3339();
      kind.insert(c, r);
      auto saved = *kind.find(c, region, person_id, r.id);
      audit_creation(c, audit_context(req), kind.entity + ".create", kind.entity, saved,
                     [&kind](const Record& x) { return audit_json(kind, x); });
      auto res = child_response(c, kind, saved, 201);
      res.header("location", kBase + "/people/" + std::to_string(person_id) + "/" + kind.segment + "/" + std::to_string(saved.id));
      return res;
    });
  }, http::Body::json);

  // The record of the employee, after the caller's right to their agency is checked.
  auto load = [kind](db::Connection& c, const http::Request& req) {
    auto person_id = http::id_param(req, "person_id", kEmployeeNotFound);
    auto id = http::id_param(req, kind.id_param, kind.not_found);
    auto employee = load_employee(c, req.principal->region_id, person_id);
    require_agency_access(*req.principal, employee.agency_id);
    auto r = kind.find(c, req.principal->region_id, person_id, id);
    if (!r) throw ProblemError(Problem::not_found(kind.not_found));
    return *r;
  };

  router.add("PATCH", one_path, Permission::competency_edit, [&ctx, kind, load](http::Request& req) {
    auto version = http::required_version(req);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load(c, req);
      check_version(version, before.version);
      auto after = before;
      kind.read(c, req.json, false, after);
      commit_change(c, audit_context(req), kind.entity + ".update", kind.entity, before, after,
                    [&kind](const Record& x) { return audit_json(kind, x); }, kind.update);
      return child_response(c, kind, *kind.find(c, before.region_id, before.person_id, before.id), 200);
    });
  }, http::Body::json);

  router.add("DELETE", one_path, Permission::competency_edit, [&ctx, kind, load](http::Request& req) {
    auto version = http::required_version(req);
    ctx.db->write([&](db::Connection& c) {
      auto before = load(c, req);
      check_version(version, before.version);
      if (auto why = kind.in_use(c, before)) throw ProblemError(Problem::conflict(*why));
      kind.remove(c, before.id);
      audit::append(c, audit_context(req), kind.entity + ".delete", kind.entity, std::to_string(before.id),
                    audit::changes_between(audit_json(kind, before), nullptr));
    });
    return no_content();
  });
}

std::optional<Text> never_in_use(db::Connection&, const HeldCompetency&) { return std::nullopt; }

ChildKind<HeldCompetency> held_kind() {
  ChildKind<HeldCompetency> k{"competencies", "held_id", "staff_competency",
                              {"Kompetensi pegawai tidak ditemukan.", "The employee's competency was not found."}};
  k.read = [](db::Connection& c, const nlohmann::json& body, bool creating, HeldCompetency& h) {
    BodyReader r(body, {"competency_id", "level", "acquired_on", "training_id", "certificate_id", "note"});
    read_held(r, creating, h);
    if (creating && h.competency_id) {
      check_competency(c, h.region_id, h.competency_id, "competency_id", r);
      if (holds(c, h.person_id, h.competency_id))
        r.add("competency_id", {"Kompetensi ini sudah tercatat untuk pegawai ini; ubah catatan yang ada.",
                                "This competency is already recorded for this employee; edit that record."});
    }
    if (h.training_id && !find_training(c, h.region_id, h.person_id, *h.training_id))
      r.add("training_id", {"Pelatihan ini tidak tercatat untuk pegawai ini.", "This training is not recorded for this employee."});
    if (h.certificate_id && !find_certificate(c, h.region_id, h.person_id, *h.certificate_id))
      r.add("certificate_id", {"Sertifikat ini tidak tercatat untuk pegawai ini.", "This certificate is not recorded for this employee."});
    r.check();
  };
  k.find = find_held;
  k.insert = insert_held;
  k.update = update_held;
  k.in_use = never_in_use;
  k.remove = delete_held;
  k.as_json = [](const HeldCompetency& h, const std::string&) { return to_json(h); };
  return k;
}

ChildKind<Certificate> certificate_kind() {
  ChildKind<Certificate> k{"certificates", "certificate_id", "staff_certificate",
                           {"Sertifikat tidak ditemukan.", "Certificate not found."}};
  k.read = [](db::Connection& c, const nlohmann::json& body, bool creating, Certificate& s) {
    BodyReader r(body, {"name", "issuer", "number", "issued_on", "expires_on", "competency_id", "file_sha256"});
    read_certificate(r, creating, s);
    check_competency(c, s.region_id, s.competency_id, "competency_id", r);
    check_file(c, s.region_id, s.file_sha256, "file_sha256", r);
    r.check();
  };
  k.find = find_certificate;
  k.insert = insert_certificate;
  k.update = update_certificate;
  k.in_use = [](db::Connection& c, const Certificate& s) -> std::optional<Text> {
    if (!certificate_is_evidence(c, s.id)) return std::nullopt;
    return Text{"Sertifikat ini menjadi bukti kompetensi pegawai; ubah bukti kompetensinya dulu.",
                "This certificate is the evidence of a competency; change that evidence first."};
  };
  k.remove = delete_certificate;
  k.as_json = [](const Certificate& s, const std::string& today) {
    return today.empty() ? certificate_record_json(s) : certificate_json(s, today);
  };
  return k;
}

ChildKind<Training> training_kind() {
  ChildKind<Training> k{"trainings", "training_id", "staff_training", {"Pelatihan tidak ditemukan.", "Training not found."}};
  k.read = [](db::Connection& c, const nlohmann::json& body, bool creating, Training& t) {
    BodyReader r(body, {"title", "organiser", "starts_on", "ends_on", "hours", "competency_id", "certificate_file_sha256"});
    read_training(r, creating, t);
    check_competency(c, t.region_id, t.competency_id, "competency_id", r);
    check_file(c, t.region_id, t.certificate_file_sha256, "certificate_file_sha256", r);
    r.check();
  };
  k.find = find_training;
  k.insert = insert_training;
  k.update = update_training;
  k.in_use = [](db::Connection& c, const Training& t) -> std::optional<Text> {
    if (!training_in_use(c, t.region_id, t.id)) return std::nullopt;
    return Text{"Pelatihan ini menjadi bukti kompetensi atau realisasi rencana pelatihan; lepaskan kaitannya dulu.",
                "This training is the evidence of a competency or the realisation of a plan item; remove that link first."};
  };
  k.remove = delete_training;
  k.as_json = [](const Training& t, const std::string&) { return to_json(t); };
  return k;
}

std::map<int64_t, std::string> agency_names(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, std::string> out;
  for (const auto& a : agency_facts(c, region_id)) out[a.id] = a.name;
  return out;
}

nlohmann::json staff_record(db::Connection& c, const std::string& region_id, const Employee& e) {
  auto today = regions::region_today(c, region_id);
  auto names = agency_names(c, region_id);
  nlohmann::json held = nlohmann::json::array(), certs = nlohmann::json::array(), trained = nlohmann::json::array();
  for (const auto& h : held_competencies(c, region_id, e.id)) held.push_back(to_json(h));
  for (const auto& s : certificates(c, region_id, e.id)) certs.push_back(certificate_json(s, today));
  for (const auto& t : trainings(c, region_id, e.id)) trained.push_back(to_json(t));
  auto person = person_ref(e);
  person.erase("person_id");
  person["id"] = e.id;
  person["agency_id"] = e.agency_id;
  person["agency_name"] = names[e.agency_id];
  return {{"person", person},          {"pranata_komputer", e.pranata_komputer}, {"has_basic_ict", has_basic_ict(e)},
          {"competencies", held},      {"certificates", certs},                  {"trainings", trained}};
}

bool matches(const Employee& e, const std::string& query) {
  if (query.empty()) return true;
  auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  return lower(e.name).find(lower(query)) != std::string::npos || e.nip.find(query) != std::string::npos;
}

void add_people_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/people", Permission::competency_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    auto query = req.query_param("q").value_or("");
    if (query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
    auto page = http::parse_page_request(req);
    auto after = http::after_number(page).value_or(-1);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      auto names = agency_names(c, region);
      std::map<int64_t, std::pair<int, int>> expiry;  // person → expired, expiring
      for (const auto& s : certificates(c, region, std::nullopt, agency_id)) {
        auto status = certificate_expiry(s.expires_on, today).status;
        if (status == "expired") ++expiry[s.person_id].first;
        if (status == "expiring") ++expiry[s.person_id].second;
      }
      // Position in the list (ordered by name) is the cursor.
      std::vector<std::pair<int64_t, Employee>> rows;
      int64_t position = 0;
      for (auto& e : employees(c, region, agency_id)) {
        if (!matches(e, query)) continue;
        if (position > after) rows.emplace_back(position, std::move(e));
        ++position;
        if (static_cast<int>(rows.size()) > page.limit) break;
      }
      return http::Response::json(200, http::page_body(rows, page.limit, [](const auto& r) { return std::to_string(r.first); },
                                                       [&](const auto& r) {
                                                         const auto& e = r.second;
                                                         return nlohmann::json{{"person_id", e.id},
                                                                               {"nip", e.nip},
                                                                               {"name", e.name},
                                                                               {"agency_id", e.agency_id},
                                                                               {"agency_name", names[e.agency_id]},
                                                                               {"pranata_komputer", e.pranata_komputer},
                                                                               {"has_basic_ict", has_basic_ict(e)},
                                                                               {"competencies", e.competency_ids.size()},
                                                                               {"certificates_expired", expiry[e.id].first},
                                                                               {"certificates_expiring", expiry[e.id].second}};
                                                       }));
    });
  });

  router.add("GET", kPerson, Permission::competency_read, [&ctx](http::Request& req) {
    auto person_id = http::id_param(req, "person_id", kEmployeeNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      return http::Response::json(200, staff_record(c, region, load_employee(c, region, person_id)));
    });
  });
}

}  // namespace

void add_staff_routes(http::Router& router, AppContext& ctx) {
  add_people_routes(router, ctx);
  add_child_routes(router, ctx, held_kind());
  add_child_routes(router, ctx, certificate_kind());
  add_child_routes(router, ctx, training_kind());
}

}  // namespace simpul::modules::competencies
