#include "app/demo.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

#include "app/demo_data.h"
#include "app/demo_evaluation.h"
#include "app/demo_governance.h"
#include "app/demo_random.h"
#include "app/demo_tickets.h"
// ==== risk, security and audit demo includes (keep this marker) ====
#include "app/demo_ict_audits.h"
#include "app/demo_risk_reports.h"
#include "app/demo_security.h"
#include "app/demo_risks.h"
// ==== management processes demo includes (keep this marker) ====
#include "app/demo_assets.h"
#include "app/demo_competencies.h"
#include "app/demo_changes.h"
#include "app/demo_knowledge.h"
#include "modules/compliance/snapshots.h"
// ==== element registry demo includes (keep this marker) ====
#include "app/demo_services.h"
#include "app/demo_infrastructure.h"
#include "app/demo_datasets.h"
#include "app/demo_applications.h"
#include "app/record_change.h"
#include "app/region_setup.h"
#include "auth/password.h"
#include "core/digest.h"
#include "modules/agencies/store.h"
#include "modules/people/store.h"
#include "modules/positions/store.h"
#include "modules/regions/store.h"
#include "modules/users/create.h"
#include "profiles/loader.h"

namespace simpul {

namespace {

namespace agencies = modules::agencies;
namespace people = modules::people;
namespace positions = modules::positions;

// The title of an agency's head as Indonesian local government names it.
// "Siti Rahayu" → "siti.rahayu": the local part of a demo e-mail address.
std::string mailbox_of(const std::string& name) {
  std::string out;
  for (char ch : name) {
    if (ch == ' ') out += '.';
    else if (std::isalpha(static_cast<unsigned char>(ch))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

std::string head_title(const agencies::Agency& a) {
  auto without = [&](const std::string& prefix) { return a.name.rfind(prefix, 0) == 0 ? a.name.substr(prefix.size()) : a.name; };
  if (a.kind == "kecamatan") return "Camat " + without("Kecamatan ");
  if (a.kind == "kelurahan") return "Lurah " + without("Kelurahan ");
  if (a.kind == "inspektorat") return "Inspektur Daerah";
  if (a.kind == "rumah_sakit") return "Direktur " + a.name;
  if (a.name == "Sekretariat Daerah") return "Sekretaris Daerah";
  if (a.kind == "sekretariat") return "Sekretaris " + without("Sekretariat ");
  return "Kepala " + a.name;
}

class DemoBuilder {
 public:
  DemoBuilder(db::Connection& c, const DemoOptions& options, const DemoProgress& progress)
      : c_(c), options_(options), progress_(progress), random_(options.seed) {}

  void build(const std::string& password_hash) {
    const auto* profile = profiles::find_builtin("madiun");
    if (!profile) throw std::runtime_error("the madiun profile is not built in");
    setup_ = create_region_from_profile(c_, *profile, "Kota Madiun", "simpul-demo");
    ctx_ = {setup_.region_id, {std::nullopt, "simpul-demo", "system"}, "demo-" + request_id(), "local"};
    now_ = now_rfc3339();
    add_agencies();
    auto all = agencies::list(c_, setup_.region_id);
    add_heads_and_staff(all, *profile);
    add_users(*profile, password_hash);
    report("plans", 0, 1);
    add_demo_governance(c_, ctx_, setup_.region_id);
    // ==== element registry demo content: applications, datasets, infrastructure, then services (they link to the others); keep this marker ====
    add_demo_applications(c_, ctx_, setup_.region_id, options_.files_dir);
    add_demo_datasets(c_, ctx_, setup_.region_id);
    add_demo_infrastructure(c_, ctx_, setup_.region_id, options_.files_dir);
    add_demo_services(c_, ctx_, setup_.region_id);  // last: it links to the elements above
    report("plans", 1, 1);
  }

 private:
  void report(const std::string& stage, int done, int total) {
    if (progress_) progress_(stage, done, total);
  }

  void add_agencies() {
    std::map<std::string, int64_t> by_short, by_name;
    for (const auto& a : agencies::list(c_, setup_.region_id)) by_short[a.short_name] = a.id, by_name[a.name] = a.id;
    int total = std::max<int>(options_.agencies, static_cast<int>(by_name.size()));
    for (const auto& t : demo_data::madiun_agencies()) {
      if (static_cast<int>(by_name.size()) >= total) break;
      if (by_name.count(std::string(t.name)) || by_short.count(std::string(t.short_name))) continue;
      agencies::Agency a;
      a.region_id = setup_.region_id;
      a.name = t.name;
      a.short_name = t.short_name;
      a.kind = t.kind;
      if (!t.parent_short_name.empty()) {
        // The profile may call the Sekretariat Daerah by another short name.
        if (auto it = by_short.find(std::string(t.parent_short_name)); it != by_short.end())
          a.parent_agency_id = it->second;
        else if (auto named = by_name.find("Sekretariat Daerah"); t.parent_short_name == "Setda" && named != by_name.end())
          a.parent_agency_id = named->second;
      }
      a.created_at = a.updated_at = now_;
      agencies::insert(c_, a);
      audit_creation(c_, ctx_, "agency.create", "agency", a, [](const agencies::Agency& x) { return agencies::to_json(x); });
      by_short[a.short_name] = a.id;
      by_name[a.name] = a.id;
      report("agencies", static_cast<int>(by_name.size()), total);
    }
  }

  std::string nip(bool female) {
    // Born 1965-1996, appointed at 22-30 but not after 2024; serials keep every NIP unique.
    for (;;) {
      int birth_year = random_.between(1965, 1996), birth_month = random_.between(1, 12), birth_day = random_.between(1, 28);
      int appointed_year = std::min(birth_year + random_.between(22, 30), 2024), appointed_month = random_.between(1, 12);
      char text[19];
      std::snprintf(text, sizeof text, "%04d%02d%02d%04d%02d%c%03d", birth_year, birth_month, birth_day, appointed_year,
                    appointed_month, female ? '2' : '1', random_.between(1, 999));
      if (used_nips_.insert(text).second) return text;
    }
  }

  int64_t add_person(std::optional<int64_t> agency_id, bool with_nip, std::vector<std::string> roles) {
    bool female = random_.next() % 2 == 0;
    people::Person p;
    p.region_id = setup_.region_id;
    p.agency_id = agency_id;
    p.name = std::string(random_.pick(female ? demo_data::female_given_names() : demo_data::male_given_names())) + " " +
             std::string(random_.pick(demo_data::family_names()));
    if (with_nip) p.nip = nip(female);
    // The service desk staff have an address, so tickets and escalations reach them (the outbox).
    if (std::find(roles.begin(), roles.end(), "tier1") != roles.end() ||
        std::find(roles.begin(), roles.end(), "tier2") != roles.end())
      p.email = mailbox_of(p.name) + "." + std::to_string(++staff_addresses_) + "@madiunkota.go.id";
    p.spbe_roles = std::move(roles);
    p.created_at = p.updated_at = now_;
    people::insert(c_, p);
    audit_creation(c_, ctx_, "person.create", "person", p, [](const people::Person& x) { return people::to_json(x); });
    return p.id;
  }

  void hold(positions::Position& p, int64_t person_id) {
    auto before = p;
    p.holder_person_id = person_id;
    commit_change(c_, ctx_, "position.update", "position", before, p,
                  [](const positions::Position& x) {
                    auto j = positions::to_json(x);
                    j["holder"] = x.holder_person_id ? nlohmann::json(*x.holder_person_id) : nlohmann::json(nullptr);
                    return j;
                  },
                  positions::update);
  }

  void add_heads_and_staff(const std::vector<agencies::Agency>& all, const profiles::Profile& profile) {
    // The profile's own positions first: the region head and deputy (elected, no NIP), the Sekda, the Asisten.
    for (auto& p : positions::list(c_, setup_.region_id, std::nullopt)) {
      bool elected = !p.agency_id;
      hold(p, add_person(p.agency_id, !elected, {}));
      holders_[p.profile_key] = *p.holder_person_id;
    }
    std::set<int64_t> headed;
    for (const auto& p : positions::list(c_, setup_.region_id, std::nullopt))
      if (p.is_head && p.agency_id) headed.insert(*p.agency_id);
    int done = 0;
    for (const auto& a : all) {
      if (!headed.count(a.id)) {
        positions::Position head;
        head.region_id = setup_.region_id;
        head.agency_id = a.id;
        head.title = head_title(a);
        head.is_head = true;
        head.created_at = head.updated_at = now_;
        positions::insert(c_, head);
        audit_creation(c_, ctx_, "position.create", "position", head, [](const positions::Position& x) { return positions::to_json(x); });
        hold(head, add_person(a.id, true, {}));
      }
      // Every agency's first staff member is its Service Desk Tier 1 and the second its
      // walidata; the ICT office also staffs Tier 2 and the CSIRT.
      for (int i = 0; i < options_.people_per_agency; ++i) {
        std::vector<std::string> roles;
        if (i == 0) roles.push_back(a.ict_office ? "tier2" : "tier1");
        if (i == 1) roles.push_back("data_steward");
        if (i == 2 && (a.ict_office || random_.next() % 3 == 0)) roles.push_back("ict_staff");
        if (i == 3 && a.ict_office) roles = {"tier2", "csirt"};
        add_person(a.id, true, roles);
      }
      report("people", ++done, static_cast<int>(all.size()));
    }
    (void)profile;
  }

  // The person who holds the profile position deciding PD Mandiri TIK (the Sekda in Madiun).
  std::optional<int64_t> chair_holder(const profiles::Profile& profile) {
    if (!profile.self_sufficiency) return std::nullopt;
    const auto* body = profile.body(profile.self_sufficiency->decided_by_body);
    if (!body) return std::nullopt;
    for (const auto& m : body->members)
      if (m.role == profile.self_sufficiency->decided_by_role && holders_.count(m.position)) return holders_[m.position];
    return std::nullopt;
  }

  std::optional<int64_t> region_head_holder(const profiles::Profile& profile) {
    for (const auto& p : profile.positions)
      if (p.agency.empty() && p.title.find("Wakil") == std::string::npos && holders_.count(p.key)) return holders_[p.key];
    return std::nullopt;
  }

  void add_users(const profiles::Profile& profile, const std::string& hash) {
    std::optional<int64_t> dinkes, planning;
    for (const auto& a : agencies::list(c_, setup_.region_id)) {
      if (a.short_name == "Dinkes") dinkes = a.id;
      if (a.planning_office) planning = a.id;
    }
    struct DemoUser {
      const char* username;
      const char* display_name;
      auth::Role role;
      std::optional<int64_t> agency;
      std::optional<int64_t> person;
    };
    for (const auto& d : {DemoUser{"admin", "Administrator Diskominfo", auth::Role::superadmin, std::nullopt, std::nullopt},
                          DemoUser{"operator.dinkes", "Operator Dinas Kesehatan", auth::Role::agency_operator, dinkes, std::nullopt},
                          DemoUser{"operator.bappeda", "Operator Bappeda", auth::Role::agency_operator, planning, std::nullopt},
                          DemoUser{"walikota", "Wali Kota Madiun", auth::Role::leadership, std::nullopt, region_head_holder(profile)},
                          DemoUser{"sekda", "Sekretaris Daerah Kota Madiun", auth::Role::leadership, std::nullopt, chair_holder(profile)},
                          DemoUser{"auditor", "Tim Evaluator Internal", auth::Role::auditor, std::nullopt, std::nullopt},
                          DemoUser{"warga", "Warga Kota Madiun", auth::Role::citizen, std::nullopt, std::nullopt}}) {
      if (d.role == auth::Role::agency_operator && !d.agency) throw std::runtime_error(std::string("no agency for ") + d.username);
      auto u = modules::users::new_user(setup_.region_id, {d.username, d.display_name, d.role, d.agency, std::nullopt}, hash, false);
      modules::users::create(c_, ctx_, u);
      if (!d.person) continue;
      auto before = *people::find(c_, setup_.region_id, *d.person);
      auto after = before;
      after.user_id = u.id;
      commit_change(c_, ctx_, "person.update", "person", before, after, [](const people::Person& x) { return people::to_json(x); },
                    people::update);
    }
  }

  db::Connection& c_;
  const DemoOptions& options_;
  const DemoProgress& progress_;
  DemoRandom random_;
  RegionSetup setup_;
  audit::Context ctx_;
  std::string now_;
  std::set<std::string> used_nips_;
  std::map<std::string, int64_t> holders_;  // profile position key → person
  int staff_addresses_ = 0;
};

}  // namespace

bool add_demo(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.agencies < 10 || options.agencies > static_cast<int>(demo_data::madiun_agencies().size()))
    throw std::invalid_argument("--agencies must be from 10 to " + std::to_string(demo_data::madiun_agencies().size()));
  if (options.people_per_agency < 0 || options.people_per_agency > 200)
    throw std::invalid_argument("--people-per-agency must be from 0 to 200");
  // Hashing is slow by design; do it before taking the write lock.
  std::string hash = auth::hash_password(kDemoPassword);
  bool added = db.write([&](db::Connection& c) {
    if (modules::regions::count(c) > 0) return false;
    DemoBuilder(c, options, progress).build(hash);
    return true;
  });
  if (!added) return false;
  add_demo_tickets(db, options, progress);  // in transactions of their own: a million tickets take minutes
  // ==== risk, security and audit demo content (keep this marker; one call per area, each in its own transactions) ====
  add_demo_ict_audits(db, options, progress);
  add_demo_risks(db, options, progress);
  add_demo_risk_reports(db, options, progress);  // after the risks: reports snapshot the registers
  add_demo_security(db, options, progress);  // after the risks: incidents link to security risks
  // ==== management processes demo content (keep this marker; one call per area, each in its own transactions; after the risks and tickets they link to) ====
  add_demo_assets(db, options, progress);
  add_demo_competencies(db, options, progress);
  add_demo_changes(db, options, progress);
  add_demo_knowledge(db, options, progress);
  // ==== evaluation demo content (keep this marker; after everything the suggested levels read) ====
  add_demo_evaluation(db, options, progress);  // after the records its evidence links to
  modules::compliance::take_missing_snapshots(db);  // the trend starts with the demo's own day
  return true;
}

}  // namespace simpul
