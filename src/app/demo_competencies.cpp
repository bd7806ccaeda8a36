#include "app/demo_competencies.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/dates.h"
#include "modules/competencies/store.h"
#include "modules/people/store.h"
#include "modules/regions/store.h"

namespace simpul {

namespace {

namespace cm = modules::competencies;
using Day = std::chrono::sys_days;

Day day_of(const std::string& date) {
  return parse_date(date);
}

std::string stamp(const std::string& date) { return date + "T02:00:00Z"; }

struct CertificateText {
  const char* name;
  const char* issuer;
  const char* code;  // the competency it proves
  int valid_years;
};

const std::vector<CertificateText>& certificate_texts() {
  static const std::vector<CertificateText> list{
      {"MikroTik Certified Network Associate (MTCNA)", "MikroTik", "JARINGAN", 3},
      {"Cisco Certified Network Associate (CCNA)", "Cisco Systems", "JARINGAN", 3},
      {"Certified Ethical Hacker (CEH)", "EC-Council", "KAMI-DASAR", 3},
      {"Sertifikat Kompetensi Junior Network Administrator", "BNSP - LSP Informatika", "JARINGAN", 3},
      {"Sertifikat Kompetensi Pemrogram Junior", "BNSP - LSP Informatika", "APLIKASI", 3},
      {"Sertifikat Kompetensi Analis Data", "BNSP - LSP Informatika", "DATA", 3},
      {"ISO/IEC 27001 Foundation", "PECB", "KAMI-DASAR", 2},
  };
  return list;
}

struct TrainingText {
  const char* title;
  const char* organiser;
  int hours;
};

const std::map<std::string, std::vector<TrainingText>>& training_texts() {
  static const std::map<std::string, std::vector<TrainingText>> list{
      {"TIK-DASAR",
       {{"Literasi Digital bagi ASN", "Diskominfo Kota Madiun", 16},
        {"Pelatihan Aplikasi Perkantoran dan Surel Dinas", "BKPSDM Kota Madiun", 12},
        {"Digital Talent Scholarship - Government Transformation Academy", "Kementerian Kominfo", 32}}},
      {"TIK-OPS",
       {{"Bimtek Pengelolaan Layanan SPBE", "Diskominfo Kota Madiun", 24},
        {"Pelatihan Operator Aplikasi SRIKANDI", "ANRI", 16}}},
      {"KAMI-DASAR",
       {{"Security Awareness bagi ASN", "BSSN", 8}, {"Bimtek Penanganan Insiden Siber", "BSSN", 24}}},
      {"JARINGAN", {{"Administrasi Jaringan MikroTik", "Diskominfo Provinsi Jawa Timur", 32}}},
      {"APLIKASI", {{"Pengembangan Aplikasi Web Pemerintah", "Kementerian Kominfo", 40}}},
      {"DATA", {{"Bimtek Satu Data Indonesia", "Bappeda Kota Madiun", 16}}},
      {"TIK-MANAJERIAL", {{"Kepemimpinan Transformasi Digital", "LAN RI", 40}}},
  };
  return list;
}

class Writer {
 public:
  Writer(db::Connection& c, DemoRandom& random) : c_(c), random_(random) {
    auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
    if (regions.empty()) throw std::runtime_error("the database has no region for the demo competencies");
    region_ = regions[0].text(0);
    today_ = day_of(modules::regions::region_today(c, region_));
  }

  const std::string& region() const { return region_; }

  void catalogue() {
    cm::seed_catalogue(c_, region_);
    for (const auto& k : cm::list_competencies(c_, region_)) codes_[k.code] = k;
  }

  void requirements() {
    requirement("each_employee", "basic_ict", std::nullopt, false, 1,
                "Setiap pegawai memiliki kompetensi dasar TIK paling lambat akhir tahun ini.");
    requirement("every_agency", "", codes_.at("KAMI-DASAR").id, false, 1,
                "Setiap perangkat daerah memiliki paling sedikit satu pegawai dengan kesadaran keamanan informasi.");
    requirement("agencies_with_services", "", std::nullopt, true, 1,
                "Perangkat daerah yang menyelenggarakan layanan menyediakan paling sedikit satu Pranata Komputer.");
  }

  // Pranata Komputer in every agency with services but one (the demo's visible gap).
  void pranata_komputer(std::vector<cm::Employee>& staff, const std::vector<cm::AgencyFacts>& agencies) {
    bool skipped = false;
    for (const auto& a : agencies) {
      if (!a.has_services) continue;
      if (!skipped) {
        skipped = true;
        continue;
      }
      auto it = std::find_if(staff.begin(), staff.end(), [&](const cm::Employee& e) { return e.agency_id == a.id; });
      if (it == staff.end()) continue;
      auto before = *modules::people::find(c_, region_, it->id);
      auto after = before;
      after.spbe_roles.push_back("pranata_komputer");
      commit_change(c_, context("pranata-" + std::to_string(it->id)), "person.update", "person", before, after,
                    [](const modules::people::Person& p) { return modules::people::to_json(p); }, modules::people::update);
      it->pranata_komputer = true;
    }
  }

  // What one employee holds: basic ICT competence for most, more for the ICT staff.
  void employee(const cm::Employee& e, bool behind, bool ict_staff) {
    if (random_.chance(behind ? 0.5 : 0.93)) hold(e, "TIK-DASAR", "basic");
    if (ict_staff) hold(e, "TIK-OPS", random_.chance(0.5) ? "intermediate" : "advanced");
    if (random_.chance(ict_staff ? 0.7 : 0.25)) hold(e, "KAMI-DASAR", "basic");
    if (ict_staff && random_.chance(0.5)) hold(e, random_.chance(0.5) ? "JARINGAN" : "APLIKASI", "intermediate");
    if (random_.chance(0.1)) hold(e, "DATA", "basic");
    if (random_.chance(ict_staff ? 0.9 : 0.07)) certificate(e);
    if (ict_staff && random_.chance(0.4)) certificate(e);
  }

  // This year's training plan of one agency: basic ICT competence for those without it,
  // security awareness and operating skills; the first quarter done.
  void plan(const cm::AgencyFacts& a, const std::vector<cm::Employee>& staff) {
    int year = static_cast<int>(std::chrono::year_month_day{today_}.year());
    cm::Plan p;
    p.region_id = region_;
    p.agency_id = a.id;
    p.year = year;
    p.title = "Rencana pelatihan TIK " + std::to_string(year);
    p.created_at = p.updated_at = stamp(std::to_string(year) + "-01-15");
    cm::insert_plan(c_, p);
    audit_creation(c_, context("plan-" + std::to_string(a.id)), "training_plan.create", "training_plan", p, cm::plan_record_json);
    std::vector<int64_t> without;
    for (const auto& e : staff)
      if (!e.competency_kinds.count("basic_ict")) without.push_back(e.id);
    if (!staff.empty()) {
      auto done = item(p, "KAMI-DASAR", "Security Awareness bagi ASN", {staff[0].id}, 1, 4'500'000, "done");
      done.training_ids = {training(staff[0], "KAMI-DASAR", std::to_string(year) + "-02-20")};
      cm::save_plan(c_, with_item(p, done), p.version);
    }
    if (!without.empty())
      item(p, "TIK-DASAR", "Literasi Digital bagi ASN", {without.begin(), without.begin() + std::min<size_t>(without.size(), 6)}, 2,
           12'000'000, "planned");
    item(p, "TIK-OPS", "Bimtek Pengelolaan Layanan SPBE", {}, 3, 18'500'000, "planned");
    if (random_.chance(0.4)) item(p, "APLIKASI", "Pengembangan Aplikasi Web Pemerintah", {}, 4, 25'000'000, "cancelled");
  }

 private:
  void requirement(const std::string& applies_to, const std::string& kind, std::optional<int64_t> competency_id,
                   bool pranata, int min, const std::string& note) {
    cm::Requirement r;
    r.source = "policy";
    r.region_id = region_;
    r.applies_to = applies_to;
    r.competency_kind = kind;
    r.competency_id = competency_id;
    r.pranata_komputer = pranata;
    r.min_people = min;
    r.text = note;
    r.created_at = r.updated_at = stamp(format_date(today_ - std::chrono::days{400}));
    cm::insert_requirement(c_, r);
    audit::append(c_, context("requirement"), "competency_requirement.create", "competency_requirement",
                  std::to_string(*r.id), {{"applies_to", {{"before", nullptr}, {"after", applies_to}}}});
  }

  // A competency held, learnt in a training of the last two years (most) or before.
  void hold(const cm::Employee& e, const std::string& code, const std::string& level) {
    cm::HeldCompetency h;
    h.region_id = region_;
    h.person_id = e.id;
    h.competency_id = codes_.at(code).id;
    h.level = level;
    auto on = today_ - std::chrono::days{random_.between(20, 1400)};
    h.acquired_on = format_date(on);
    if (on > today_ - std::chrono::days{730}) h.training_id = training(e, code, h.acquired_on);
    h.created_at = h.updated_at = stamp(h.acquired_on);
    cm::insert_held(c_, h);
    audit_creation(c_, context("held-" + std::to_string(h.id)), "staff_competency.create", "staff_competency", h,
                   [](const cm::HeldCompetency& x) { return cm::to_json(x); });
  }

  int64_t training(const cm::Employee& e, const std::string& code, const std::string& ends_on) {
    const auto& text = random_.pick(training_texts().at(code));
    cm::Training t;
    t.region_id = region_;
    t.person_id = e.id;
    t.title = text.title;
    t.organiser = text.organiser;
    t.hours = text.hours;
    t.ends_on = ends_on;
    t.starts_on = format_date(day_of(ends_on) - std::chrono::days{std::max(0, text.hours / 8 - 1)});
    t.competency_id = codes_.at(code).id;
    t.created_at = t.updated_at = stamp(ends_on);
    cm::insert_training(c_, t);
    audit_creation(c_, context("training-" + std::to_string(t.id)), "staff_training.create", "staff_training", t,
                   [](const cm::Training& x) { return cm::to_json(x); });
    return t.id;
  }

  // Expired (1 in 5), expiring within 90 days (1 in 4) or valid.
  void certificate(const cm::Employee& e) {
    const auto& text = random_.pick(certificate_texts());
    int roll = random_.between(1, 20);
    int days_left = roll <= 4 ? -random_.between(5, 300) : roll <= 9 ? random_.between(3, 85) : random_.between(120, 900);
    auto expires = today_ + std::chrono::days{days_left};
    cm::Certificate s;
    s.region_id = region_;
    s.person_id = e.id;
    s.name = text.name;
    s.issuer = text.issuer;
    s.number = std::string(text.code).substr(0, 3) + "-" + std::to_string(100000 + random_.between(0, 899999));
    s.issued_on = format_date(expires - std::chrono::days{365 * text.valid_years});
    s.expires_on = format_date(expires);
    s.competency_id = codes_.at(text.code).id;
    s.created_at = s.updated_at = stamp(s.issued_on);
    cm::insert_certificate(c_, s);
    audit_creation(c_, context("certificate-" + std::to_string(s.id)), "staff_certificate.create", "staff_certificate", s,
                   cm::certificate_record_json);
  }

  cm::PlanItem item(cm::Plan& p, const std::string& code, const std::string& title, std::vector<int64_t> targets,
                    int quarter, int64_t budget, const std::string& status) {
    cm::PlanItem i;
    i.competency_id = codes_.at(code).id;
    i.title = title;
    i.target_count = std::max<int64_t>(static_cast<int64_t>(targets.size()), random_.between(5, 25));
    i.target_person_ids = std::move(targets);
    i.quarter = quarter;
    i.budget_rupiah = budget;
    i.status = status;
    i.created_at = i.updated_at = p.created_at;
    cm::insert_item(c_, p, i);
    p.items.push_back(i);
    return i;
  }

  static const cm::Plan& with_item(cm::Plan& p, const cm::PlanItem& changed) {
    for (auto& i : p.items)
      if (i.id == changed.id) i = changed;
    return p;
  }

  audit::Context context(const std::string& what) const { return {region_, {}, "demo-competency-" + what, "local"}; }

  db::Connection& c_;
  DemoRandom& random_;
  std::string region_;
  Day today_;
  std::map<std::string, cm::Competency> codes_;
};

}  // namespace

void add_demo_competencies(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  DemoRandom random(options.seed ^ 0x636f6d70ULL);  // "comp": its own sequence
  std::vector<cm::AgencyFacts> agencies;
  std::vector<cm::Employee> staff;
  std::set<int64_t> ict_staff;
  std::string region;
  db.write([&](db::Connection& c) {
    audit::Batch batch(c);
    Writer writer(c, random);
    region = writer.region();
    writer.catalogue();
    writer.requirements();
    agencies = cm::agency_facts(c, region);
    staff = cm::employees(c, region, std::nullopt);
    for (const auto& row : c.query("SELECT person_id FROM people WHERE region_id = ? AND spbe_roles LIKE '%ict_staff%'", {region}))
      ict_staff.insert(row.int64(0));
    writer.pranata_komputer(staff, agencies);
    batch.finish();
  });
  // A few agencies well behind on basic ICT competence.
  std::set<int64_t> behind;
  while (agencies.size() > 3 && behind.size() < 3) behind.insert(random.pick(agencies).id);
  std::map<int64_t, std::vector<cm::Employee>> by_agency;
  for (const auto& e : staff) by_agency[e.agency_id].push_back(e);
  int done = 0, total = static_cast<int>(agencies.size());
  for (const auto& a : agencies) {
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, random);
      writer.catalogue();
      for (const auto& e : by_agency[a.id]) writer.employee(e, behind.count(a.id) > 0, ict_staff.count(e.id) > 0);
      // This year's plan in the agencies behind and in every fifth other one.
      if (behind.count(a.id) || done % 5 == 0) writer.plan(a, cm::employees(c, region, a.id));
      batch.finish();
    });
    if (progress) progress("staff competencies", ++done, total);
  }
}

}  // namespace simpul
