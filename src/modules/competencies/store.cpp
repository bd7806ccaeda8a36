#include "modules/competencies/store.h"

#include <map>

#include "core/clock.h"

namespace simpul::modules::competencies {

namespace {

std::string ids_text(const std::vector<int64_t>& ids) { return nlohmann::json(ids).dump(); }
std::vector<int64_t> ids_of(const std::string& text) { return nlohmann::json::parse(text).get<std::vector<int64_t>>(); }

// Where-clause narrowing an employee query to people with NIP and agency of the region.
const char* kEmployee = "p.region_id = ? AND p.agency_id IS NOT NULL AND p.nip IS NOT NULL AND p.nip <> '' ";

const char* kSelectCompetency =
    "SELECT competency_id, region_id, code, name, kind, description, version, created_at, updated_at FROM competencies ";

Competency competency_from(const db::Row& r) {
  return {r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.int64(6), r.text(7), r.text(8)};
}

const char* kSelectRequirement =
    "SELECT r.requirement_id, r.region_id, r.applies_to, r.competency_id, r.competency_kind, r.pranata_komputer, "
    "r.min_people, r.note, r.version, r.created_at, r.updated_at, k.name "
    "FROM competency_requirements r LEFT JOIN competencies k ON k.competency_id = r.competency_id ";

std::string kind_name(const std::string& kind) {
  if (kind == "basic_ict") return "kompetensi dasar TIK";
  if (kind == "ict_operation") return "kompetensi pengoperasian TIK";
  if (kind == "technical") return "kompetensi teknis TIK";
  if (kind == "managerial") return "kompetensi manajerial";
  return "kompetensi fungsional";
}

Requirement requirement_from(const db::Row& r) {
  Requirement q;
  q.id = r.int64(0);
  q.key = "policy:" + std::to_string(*q.id);
  q.source = "policy";
  q.region_id = r.text(1);
  q.applies_to = r.text(2);
  q.competency_id = db::optional_int64(r, 3);
  q.competency_kind = db::text_or_empty(r, 4);
  q.pranata_komputer = r.int64(5) != 0;
  q.min_people = static_cast<int>(r.int64(6));
  q.text = r.text(7);
  q.version = r.int64(8);
  q.created_at = r.text(9);
  q.updated_at = r.text(10);
  q.citation = kPolicyCitation;
  q.competency_name = q.pranata_komputer ? "Pranata Komputer (jabatan fungsional)"
                      : q.competency_id  ? db::text_or_empty(r, 11)
                                         : kind_name(q.competency_kind);
  return q;
}

const char* kSelectHeld =
    "SELECT h.held_id, h.region_id, h.person_id, h.competency_id, k.code, k.name, k.kind, h.level, h.acquired_on, "
    "h.training_id, h.certificate_id, h.note, h.version, h.created_at, h.updated_at "
    "FROM staff_competencies h JOIN competencies k ON k.competency_id = h.competency_id ";

HeldCompetency held_from(const db::Row& r) {
  HeldCompetency h;
  h.id = r.int64(0);
  h.region_id = r.text(1);
  h.person_id = r.int64(2);
  h.competency_id = r.int64(3);
  h.competency_code = r.text(4);
  h.competency_name = r.text(5);
  h.competency_kind = r.text(6);
  h.level = r.text(7);
  h.acquired_on = r.text(8);
  h.training_id = db::optional_int64(r, 9);
  h.certificate_id = db::optional_int64(r, 10);
  h.note = r.text(11);
  h.version = r.int64(12);
  h.created_at = r.text(13);
  h.updated_at = r.text(14);
  return h;
}

const char* kSelectCertificate =
    "SELECT s.certificate_id, s.region_id, s.person_id, p.name, s.name, s.issuer, s.number, s.issued_on, s.expires_on, "
    "s.competency_id, s.file_sha256, s.version, s.created_at, s.updated_at "
    "FROM staff_certificates s JOIN people p ON p.person_id = s.person_id ";

Certificate certificate_from(const db::Row& r) {
  Certificate k;
  k.id = r.int64(0);
  k.region_id = r.text(1);
  k.person_id = r.int64(2);
  k.person_name = r.text(3);
  k.name = r.text(4);
  k.issuer = r.text(5);
  k.number = r.text(6);
  k.issued_on = r.text(7);
  k.expires_on = db::text_or_empty(r, 8);
  k.competency_id = db::optional_int64(r, 9);
  k.file_sha256 = db::text_or_empty(r, 10);
  k.version = r.int64(11);
  k.created_at = r.text(12);
  k.updated_at = r.text(13);
  return k;
}

const char* kSelectTraining =
    "SELECT training_id, region_id, person_id, title, organiser, starts_on, ends_on, hours, competency_id, "
    "certificate_file_sha256, version, created_at, updated_at FROM staff_trainings ";

Training training_from(const db::Row& r) {
  Training t;
  t.id = r.int64(0);
  t.region_id = r.text(1);
  t.person_id = r.int64(2);
  t.title = r.text(3);
  t.organiser = r.text(4);
  t.starts_on = r.text(5);
  t.ends_on = r.text(6);
  t.hours = r.int64(7);
  t.competency_id = db::optional_int64(r, 8);
  t.certificate_file_sha256 = db::text_or_empty(r, 9);
  t.version = r.int64(10);
  t.created_at = r.text(11);
  t.updated_at = r.text(12);
  return t;
}

const char* kSelectPlan =
    "SELECT t.plan_id, t.region_id, t.agency_id, a.name, t.year, t.title, t.version, t.created_at, t.updated_at "
    "FROM training_plans t JOIN agencies a ON a.agency_id = t.agency_id ";

Plan plan_from(const db::Row& r) {
  Plan p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  p.agency_id = r.int64(2);
  p.agency_name = r.text(3);
  p.year = static_cast<int>(r.int64(4));
  p.title = r.text(5);
  p.version = r.int64(6);
  p.created_at = r.text(7);
  p.updated_at = r.text(8);
  return p;
}

// Items of the given plans, in their plans' order.
void load_items(db::Connection& c, const std::string& region_id, std::vector<Plan>& plans) {
  if (plans.empty()) return;
  std::map<int64_t, Plan*> by_id;
  for (auto& p : plans) by_id[p.id] = &p;
  auto rows = c.query(
      "SELECT i.item_id, i.plan_id, i.competency_id, k.name, k.kind, i.title, i.target_person_ids, i.target_count, "
      "i.quarter, i.budget_rupiah, i.status, i.training_ids, i.created_at, i.updated_at "
      "FROM training_plan_items i JOIN competencies k ON k.competency_id = i.competency_id "
      "WHERE i.region_id = ? ORDER BY i.plan_id, i.quarter, i.item_id",
      {region_id});
  for (const auto& r : rows) {
    auto plan = by_id.find(r.int64(1));
    if (plan == by_id.end()) continue;
    PlanItem i;
    i.id = r.int64(0);
    i.competency_id = r.int64(2);
    i.competency_name = r.text(3);
    i.competency_kind = r.text(4);
    i.title = r.text(5);
    i.target_person_ids = ids_of(r.text(6));
    i.target_count = r.int64(7);
    i.quarter = static_cast<int>(r.int64(8));
    i.budget_rupiah = r.int64(9);
    i.status = r.text(10);
    i.training_ids = ids_of(r.text(11));
    i.created_at = r.text(12);
    i.updated_at = r.text(13);
    plan->second->items.push_back(i);
  }
}

}  // namespace

const std::vector<Competency>& default_catalogue() {
  static const std::vector<Competency> basics = [] {
    auto k = [](std::string code, std::string name, std::string kind, std::string description) {
      Competency c;
      c.code = std::move(code), c.name = std::move(name), c.kind = std::move(kind), c.description = std::move(description);
      return c;
    };
    return std::vector<Competency>{
        k("TIK-DASAR", "Kompetensi dasar TIK", "basic_ict",
          "Menggunakan komputer, surel dinas, aplikasi perkantoran dan aplikasi umum SPBE secara aman."),
        k("TIK-OPS", "Pengoperasian TIK", "ict_operation",
          "Mengoperasikan dan memelihara perangkat, aplikasi dan layanan SPBE perangkat daerah."),
        k("KAMI-DASAR", "Keamanan informasi dasar", "technical",
          "Kata sandi, phishing, perlindungan data pribadi dan pelaporan insiden keamanan informasi."),
        k("JARINGAN", "Administrasi jaringan", "technical", "Mengelola jaringan lokal, Jaringan Intra Pemerintah dan perangkatnya."),
        k("APLIKASI", "Pengembangan aplikasi", "technical",
          "Merancang, membangun dan menguji aplikasi SPBE sesuai standar pengembangan."),
        k("DATA", "Manajemen data", "technical", "Mengelola, memvalidasi dan membagipakaikan data sesuai Satu Data Indonesia."),
        k("TIK-MANAJERIAL", "Manajemen SPBE", "managerial",
          "Merencanakan, mengendalikan dan mengevaluasi penerapan SPBE di perangkat daerah."),
    };
  }();
  return basics;
}

bool has_catalogue(db::Connection& c, const std::string& region_id) {
  return !c.query("SELECT 1 FROM competencies WHERE region_id = ? LIMIT 1", {region_id}).empty();
}

std::vector<Competency> seed_catalogue(db::Connection& c, const std::string& region_id) {
  std::vector<Competency> added;
  if (has_catalogue(c, region_id)) return added;
  for (auto k : default_catalogue()) {
    k.region_id = region_id;
    k.created_at = k.updated_at = now_rfc3339();
    insert_competency(c, k);
    added.push_back(k);
  }
  return added;
}

std::vector<Competency> list_competencies(db::Connection& c, const std::string& region_id) {
  std::vector<Competency> out;
  for (const auto& r : c.query(std::string(kSelectCompetency) + "WHERE region_id = ? ORDER BY code", {region_id}))
    out.push_back(competency_from(r));
  return out;
}

std::optional<Competency> find_competency(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelectCompetency) + "WHERE region_id = ? AND competency_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return competency_from(rows[0]);
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_id) {
  return !c.query("SELECT 1 FROM competencies WHERE region_id = ? AND code = ? AND competency_id <> ?",
                  {region_id, code, except_id})
              .empty();
}

int64_t insert_competency(db::Connection& c, Competency& k) {
  k.id = c.query("INSERT INTO competencies (region_id, code, name, kind, description, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING competency_id",
                 {k.region_id, k.code, k.name, k.kind, k.description, k.version, k.created_at, k.updated_at})
             .at(0)
             .int64(0);
  return k.id;
}

bool update_competency(db::Connection& c, const Competency& k, int64_t expected_version) {
  return c.execute("UPDATE competencies SET name = ?, kind = ?, description = ?, version = ?, updated_at = ? "
                   "WHERE competency_id = ? AND version = ?",
                   {k.name, k.kind, k.description, k.version, k.updated_at, k.id, expected_version}) == 1;
}

std::vector<Requirement> policy_requirements(db::Connection& c, const std::string& region_id) {
  std::vector<Requirement> out;
  for (const auto& r : c.query(std::string(kSelectRequirement) + "WHERE r.region_id = ? ORDER BY r.requirement_id", {region_id}))
    out.push_back(requirement_from(r));
  return out;
}

std::optional<Requirement> find_policy_requirement(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelectRequirement) + "WHERE r.region_id = ? AND r.requirement_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return requirement_from(rows[0]);
}

int64_t insert_requirement(db::Connection& c, Requirement& r) {
  r.id = c.query("INSERT INTO competency_requirements (region_id, applies_to, competency_id, competency_kind, "
                 "pranata_komputer, min_people, note, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING requirement_id",
                 {r.region_id, r.applies_to, db::value_of(r.competency_id), db::value_of(r.competency_kind),
                  int64_t{r.pranata_komputer ? 1 : 0}, int64_t{r.min_people}, r.text, r.version, r.created_at,
                  r.updated_at})
             .at(0)
             .int64(0);
  r.key = "policy:" + std::to_string(*r.id);
  return *r.id;
}

bool delete_requirement(db::Connection& c, const std::string& region_id, int64_t id, int64_t expected_version) {
  return c.execute("DELETE FROM competency_requirements WHERE region_id = ? AND requirement_id = ? AND version = ?",
                   {region_id, id, expected_version}) == 1;
}

std::vector<Employee> employees(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::string where = std::string("WHERE ") + kEmployee;
  db::Params params{region_id};
  if (agency_id) where += "AND p.agency_id = ? ", params.push_back(*agency_id);
  std::vector<Employee> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : c.query("SELECT p.person_id, p.nip, p.name, p.agency_id, p.spbe_roles FROM people p " + where +
                                   "ORDER BY p.name, p.person_id",
                               params)) {
    Employee e{r.int64(0), r.text(1), r.text(2), r.int64(3)};
    for (const auto& role : nlohmann::json::parse(r.text(4)))
      if (role == "pranata_komputer") e.pranata_komputer = true;
    index[e.id] = out.size();
    out.push_back(std::move(e));
  }
  for (const auto& r : c.query("SELECT h.person_id, h.competency_id, k.kind FROM staff_competencies h "
                               "JOIN competencies k ON k.competency_id = h.competency_id "
                               "JOIN people p ON p.person_id = h.person_id " + where,
                               params)) {
    auto at = index.find(r.int64(0));
    if (at == index.end()) continue;
    out[at->second].competency_ids.insert(r.int64(1));
    out[at->second].competency_kinds.insert(r.text(2));
  }
  return out;
}

std::optional<Employee> find_employee(db::Connection& c, const std::string& region_id, int64_t person_id) {
  auto rows = c.query(std::string("SELECT p.agency_id FROM people p WHERE ") + kEmployee + "AND p.person_id = ?",
                      {region_id, person_id});
  if (rows.empty()) return std::nullopt;
  for (auto& e : employees(c, region_id, rows[0].int64(0)))
    if (e.id == person_id) return e;
  return std::nullopt;
}

std::vector<AgencyFacts> agency_facts(db::Connection& c, const std::string& region_id) {
  std::vector<AgencyFacts> out;
  for (const auto& r : c.query("SELECT a.agency_id, a.name, a.ict_self_sufficient, "
                               "(SELECT COUNT(*) FROM services s WHERE s.owner_agency_id = a.agency_id AND s.status <> 'retired') "
                               "FROM agencies a WHERE a.region_id = ? ORDER BY a.name, a.agency_id",
                               {region_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(3) > 0, r.int64(2) != 0});
  return out;
}

std::vector<HeldCompetency> held_competencies(db::Connection& c, const std::string& region_id, int64_t person_id) {
  std::vector<HeldCompetency> out;
  for (const auto& r : c.query(std::string(kSelectHeld) + "WHERE h.region_id = ? AND h.person_id = ? ORDER BY k.code",
                               {region_id, person_id}))
    out.push_back(held_from(r));
  return out;
}

std::optional<HeldCompetency> find_held(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id) {
  auto rows = c.query(std::string(kSelectHeld) + "WHERE h.region_id = ? AND h.person_id = ? AND h.held_id = ?",
                      {region_id, person_id, id});
  if (rows.empty()) return std::nullopt;
  return held_from(rows[0]);
}

bool holds(db::Connection& c, int64_t person_id, int64_t competency_id) {
  return !c.query("SELECT 1 FROM staff_competencies WHERE person_id = ? AND competency_id = ?", {person_id, competency_id})
              .empty();
}

int64_t insert_held(db::Connection& c, HeldCompetency& h) {
  h.id = c.query("INSERT INTO staff_competencies (region_id, person_id, competency_id, level, acquired_on, training_id, "
                 "certificate_id, note, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING held_id",
                 {h.region_id, h.person_id, h.competency_id, h.level, h.acquired_on, db::value_of(h.training_id),
                  db::value_of(h.certificate_id), h.note, h.version, h.created_at, h.updated_at})
             .at(0)
             .int64(0);
  return h.id;
}

bool update_held(db::Connection& c, const HeldCompetency& h, int64_t expected_version) {
  return c.execute("UPDATE staff_competencies SET level = ?, acquired_on = ?, training_id = ?, certificate_id = ?, "
                   "note = ?, version = ?, updated_at = ? WHERE held_id = ? AND version = ?",
                   {h.level, h.acquired_on, db::value_of(h.training_id), db::value_of(h.certificate_id), h.note, h.version,
                    h.updated_at, h.id, expected_version}) == 1;
}

void delete_held(db::Connection& c, int64_t id) { c.execute("DELETE FROM staff_competencies WHERE held_id = ?", {id}); }

std::vector<Certificate> certificates(db::Connection& c, const std::string& region_id, std::optional<int64_t> person_id,
                                      std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelectCertificate) + "WHERE s.region_id = ? ";
  db::Params params{region_id};
  if (person_id) sql += "AND s.person_id = ? ", params.push_back(*person_id);
  if (agency_id) sql += "AND p.agency_id = ? ", params.push_back(*agency_id);
  std::vector<Certificate> out;
  for (const auto& r : c.query(sql + "ORDER BY s.issued_on DESC, s.certificate_id", params)) out.push_back(certificate_from(r));
  return out;
}

std::optional<Certificate> find_certificate(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id) {
  auto rows = c.query(std::string(kSelectCertificate) + "WHERE s.region_id = ? AND s.person_id = ? AND s.certificate_id = ?",
                      {region_id, person_id, id});
  if (rows.empty()) return std::nullopt;
  return certificate_from(rows[0]);
}

int64_t insert_certificate(db::Connection& c, Certificate& k) {
  k.id = c.query("INSERT INTO staff_certificates (region_id, person_id, name, issuer, number, issued_on, expires_on, "
                 "competency_id, file_sha256, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING certificate_id",
                 {k.region_id, k.person_id, k.name, k.issuer, k.number, k.issued_on, db::value_of(k.expires_on),
                  db::value_of(k.competency_id), db::value_of(k.file_sha256), k.version, k.created_at, k.updated_at})
             .at(0)
             .int64(0);
  return k.id;
}

bool update_certificate(db::Connection& c, const Certificate& k, int64_t expected_version) {
  return c.execute("UPDATE staff_certificates SET name = ?, issuer = ?, number = ?, issued_on = ?, expires_on = ?, "
                   "competency_id = ?, file_sha256 = ?, version = ?, updated_at = ? WHERE certificate_id = ? AND version = ?",
                   {k.name, k.issuer, k.number, k.issued_on, db::value_of(k.expires_on), db::value_of(k.competency_id),
                    db::value_of(k.file_sha256), k.version, k.updated_at, k.id, expected_version}) == 1;
}

void delete_certificate(db::Connection& c, int64_t id) {
  c.execute("DELETE FROM staff_certificates WHERE certificate_id = ?", {id});
}

bool certificate_is_evidence(db::Connection& c, int64_t id) {
  return !c.query("SELECT 1 FROM staff_competencies WHERE certificate_id = ?", {id}).empty();
}

std::vector<Training> trainings(db::Connection& c, const std::string& region_id, int64_t person_id) {
  std::vector<Training> out;
  for (const auto& r : c.query(std::string(kSelectTraining) + "WHERE region_id = ? AND person_id = ? ORDER BY starts_on DESC, training_id",
                               {region_id, person_id}))
    out.push_back(training_from(r));
  return out;
}

std::optional<Training> find_training(db::Connection& c, const std::string& region_id, int64_t person_id, int64_t id) {
  auto t = find_training_in_region(c, region_id, id);
  if (t && t->person_id != person_id) return std::nullopt;
  return t;
}

std::optional<Training> find_training_in_region(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelectTraining) + "WHERE region_id = ? AND training_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return training_from(rows[0]);
}

int64_t insert_training(db::Connection& c, Training& t) {
  t.id = c.query("INSERT INTO staff_trainings (region_id, person_id, title, organiser, starts_on, ends_on, hours, "
                 "competency_id, certificate_file_sha256, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING training_id",
                 {t.region_id, t.person_id, t.title, t.organiser, t.starts_on, t.ends_on, t.hours,
                  db::value_of(t.competency_id), db::value_of(t.certificate_file_sha256), t.version, t.created_at,
                  t.updated_at})
             .at(0)
             .int64(0);
  return t.id;
}

bool update_training(db::Connection& c, const Training& t, int64_t expected_version) {
  return c.execute("UPDATE staff_trainings SET title = ?, organiser = ?, starts_on = ?, ends_on = ?, hours = ?, "
                   "competency_id = ?, certificate_file_sha256 = ?, version = ?, updated_at = ? "
                   "WHERE training_id = ? AND version = ?",
                   {t.title, t.organiser, t.starts_on, t.ends_on, t.hours, db::value_of(t.competency_id),
                    db::value_of(t.certificate_file_sha256), t.version, t.updated_at, t.id, expected_version}) == 1;
}

void delete_training(db::Connection& c, int64_t id) { c.execute("DELETE FROM staff_trainings WHERE training_id = ?", {id}); }

bool training_in_use(db::Connection& c, const std::string& region_id, int64_t id) {
  if (!c.query("SELECT 1 FROM staff_competencies WHERE training_id = ?", {id}).empty()) return true;
  for (const auto& r : c.query("SELECT training_ids FROM training_plan_items WHERE region_id = ? AND training_ids <> '[]'",
                               {region_id}))
    for (auto linked : ids_of(r.text(0)))
      if (linked == id) return true;
  return false;
}

std::vector<Plan> plans(db::Connection& c, const std::string& region_id, const PlanFilter& f) {
  std::string sql = std::string(kSelectPlan) + "WHERE t.region_id = ? ";
  db::Params params{region_id};
  if (f.agency_id) sql += "AND t.agency_id = ? ", params.push_back(*f.agency_id);
  if (f.year) sql += "AND t.year = ? ", params.push_back(int64_t{*f.year});
  std::vector<Plan> out;
  for (const auto& r : c.query(sql + "ORDER BY t.year DESC, a.name, t.plan_id", params)) out.push_back(plan_from(r));
  load_items(c, region_id, out);
  return out;
}

std::optional<Plan> find_plan(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelectPlan) + "WHERE t.region_id = ? AND t.plan_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  std::vector<Plan> one{plan_from(rows[0])};
  load_items(c, region_id, one);
  return one[0];
}

bool plan_exists(db::Connection& c, int64_t agency_id, int year) {
  return !c.query("SELECT 1 FROM training_plans WHERE agency_id = ? AND year = ?", {agency_id, int64_t{year}}).empty();
}

int64_t insert_plan(db::Connection& c, Plan& p) {
  p.id = c.query("INSERT INTO training_plans (region_id, agency_id, year, title, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING plan_id",
                 {p.region_id, p.agency_id, int64_t{p.year}, p.title, p.version, p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

int64_t insert_item(db::Connection& c, const Plan& p, PlanItem& i) {
  i.id = c.query("INSERT INTO training_plan_items (region_id, plan_id, competency_id, title, target_person_ids, "
                 "target_count, quarter, budget_rupiah, status, training_ids, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING item_id",
                 {p.region_id, p.id, i.competency_id, i.title, ids_text(i.target_person_ids), i.target_count,
                  int64_t{i.quarter}, i.budget_rupiah, i.status, ids_text(i.training_ids), i.created_at, i.updated_at})
             .at(0)
             .int64(0);
  return i.id;
}

bool save_plan(db::Connection& c, const Plan& p, int64_t expected_version) {
  if (c.execute("UPDATE training_plans SET title = ?, version = ?, updated_at = ? WHERE plan_id = ? AND version = ?",
                {p.title, p.version, p.updated_at, p.id, expected_version}) != 1)
    return false;
  for (const auto& i : p.items)
    c.execute("UPDATE training_plan_items SET title = ?, target_person_ids = ?, target_count = ?, quarter = ?, "
              "budget_rupiah = ?, status = ?, training_ids = ?, updated_at = ? WHERE item_id = ? AND plan_id = ?",
              {i.title, ids_text(i.target_person_ids), i.target_count, int64_t{i.quarter}, i.budget_rupiah, i.status,
               ids_text(i.training_ids), i.updated_at, i.id, p.id});
  return true;
}

}  // namespace simpul::modules::competencies
