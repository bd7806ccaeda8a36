#include "app/demo_risk_reports.h"
#include "modules/regions/store.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/risk_reports/routes_support.h"
#include "modules/risk_reports/rules.h"
#include "modules/risk_reports/store.h"

namespace simpul {

namespace {

namespace rr = modules::risk_reports;

constexpr int kUnitsPerTransaction = 10;

struct GoalText {
  const char* unit_goal;
  const char* spbe_goal;
  const char* indicator;
  const char* target;
};

const std::vector<GoalText>& goal_texts() {
  static const std::vector<GoalText> goals{
      {"Layanan perangkat daerah dapat diakses secara daring", "Layanan publik berbasis elektronik yang terpadu",
       "Persentase layanan yang tersedia daring", "80%"},
      {"Data sektoral mutakhir dan terbuka", "Satu Data Kota Madiun", "Jumlah dataset yang dipublikasikan tepat waktu", "25 dataset"},
      {"Aplikasi perkantoran dipakai seluruh pegawai", "Administrasi pemerintahan berbasis elektronik",
       "Persentase naskah dinas elektronik", "95%"},
      {"Sistem informasi perangkat daerah aman", "Keamanan SPBE terjamin", "Jumlah insiden keamanan yang tertangani", "100%"},
      {"Pegawai menguasai aplikasi yang digunakan", "SDM SPBE yang kompeten", "Persentase pegawai yang mengikuti pelatihan TIK", "60%"},
      {"Infrastruktur kantor andal", "Infrastruktur SPBE terintegrasi", "Ketersediaan jaringan intra", "99%"},
  };
  return goals;
}

const std::vector<const char*>& summaries() {
  static const std::vector<const char*> texts{
      "Sebagian besar rencana penanganan berjalan sesuai jadwal; dua risiko turun satu level setelah penanganan.",
      "Penanganan risiko infrastruktur tertunda karena pengadaan perangkat belum selesai; diusulkan percepatan.",
      "Tidak ada risiko baru pada triwulan ini; pemantauan rutin dilakukan setiap bulan oleh pengelola risiko.",
      "Satu risiko keamanan meningkat setelah insiden phishing; langkah mitigasi tambahan telah disusun.",
  };
  return texts;
}

const std::vector<const char*>& recommendations() {
  static const std::vector<const char*> texts{
      "Menganggarkan penggantian perangkat cadangan daya dan memindahkan server ke pusat data pemerintah daerah.",
      "Menetapkan SOP pencadangan data dan menguji pemulihan data setiap semester.",
      "Mengikutsertakan pengelola aplikasi dalam pelatihan keamanan informasi bersama Diskominfo dan BSSN.",
  };
  return texts;
}

struct Region {
  std::string id, today;
  int64_t year = 0;
  std::optional<int64_t> admin;
  std::map<int64_t, int64_t> operators;  // agency → its operator
};

Region load_region(db::Connection& c) {
  Region r;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) return r;
  r.id = regions[0].text(0);
  r.today = modules::regions::region_today(c, r.id);
  r.year = std::stoll(r.today.substr(0, 4));
  for (const auto& row : c.query("SELECT user_id, agency_id, role FROM users WHERE region_id = ? ORDER BY user_id", {r.id})) {
    if (row.text(2) == "superadmin" && !r.admin) r.admin = row.int64(0);
    if (row.text(2) == "agency_operator" && !row.is_null(1) && !r.operators.count(row.int64(1)))
      r.operators[row.int64(1)] = row.int64(0);
  }
  return r;
}

// A moment of `date` (YYYY-MM-DD) at 09:00 WIB, never after now.
std::string moment(const std::string& date, int days_later) {
  using namespace std::chrono;
  sys_days day = parse_date(date);
  auto t = std::min(system_clock::time_point(day + days{days_later} + hours{2}), system_clock::now() - minutes{5});
  return format_rfc3339(t);
}

class Writer {
 public:
  Writer(db::Connection& c, const Region& region, DemoRandom& random) : c_(c), region_(region), random_(random) {}

  void context(const rr::Unit& unit, int64_t year) {
    rr::RiskContext x;
    x.region_id = region_.id;
    x.agency_id = unit.agency_id;
    x.agency_name = unit.name;
    x.year = year;
    x.duties = "Melaksanakan urusan pemerintahan daerah yang menjadi kewenangan " + unit.name + " serta tugas pembantuan.";
    x.functions = "Perumusan kebijakan teknis, pelaksanaan kebijakan, evaluasi dan pelaporan, serta administrasi " + unit.name +
                  ", termasuk penerapan SPBE di lingkungannya.";
    auto first = static_cast<size_t>(random_.between(0, static_cast<int>(goal_texts().size()) - 1));
    for (size_t i = 0; i < 2; ++i) {
      const auto& g = goal_texts()[(first + i) % goal_texts().size()];
      x.goals.push_back({g.unit_goal, g.spbe_goal, g.indicator, g.target});
    }
    auto staff = c_.query("SELECT person_id FROM people WHERE region_id = ? AND agency_id = ? ORDER BY person_id LIMIT 3",
                          {region_.id, unit.agency_id});
    if (staff.size() > 0) x.structure.owner = staff[0].int64(0);
    if (staff.size() > 1) x.structure.coordinator = staff[1].int64(0);
    if (staff.size() > 2) x.structure.manager = staff[2].int64(0);
    x.stakeholders = {{"Dinas Komunikasi dan Informatika", "Penyedia jaringan intra, pusat data dan keamanan informasi"},
                      {"Badan Perencanaan Pembangunan Daerah", "Perencanaan dan penganggaran SPBE"},
                      {"Inspektorat Daerah", "Unit Kepatuhan Risiko (pengawasan)"}};
    x.regulations = {{"Peraturan Presiden Nomor 95 Tahun 2018", "Sistem Pemerintahan Berbasis Elektronik"},
                     {"Peraturan Menteri PANRB Nomor 5 Tahun 2020", "Pedoman Manajemen Risiko SPBE"},
                     {"Peraturan Wali Kota Madiun Nomor 39 Tahun 2021", "Manajemen risiko SPBE (Pasal 32)"}};
    x.created_at = x.updated_at = moment(std::to_string(year) + "-01-10", random_.between(0, 20));
    rr::insert_context(c_, x);
    audit_creation(c_, context_of(unit, "demo-risk-context-"), "risk_context.create", "risk_context", x,
                   [](const rr::RiskContext& r) { return rr::record_json(r); });
  }

  // One report of an ended (or, for a draft, running) period.
  void report(const rr::Unit& unit, int64_t year, const std::string& period, bool submit, const std::vector<rr::Entry>& entries) {
    auto dates = rr::period_dates(year, period);
    rr::RiskReport r;
    r.region_id = region_.id;
    r.agency_id = unit.agency_id;
    r.agency_name = unit.name;
    r.year = year;
    r.period = period;
    r.entries = entries;
    r.summary = random_.pick(summaries());
    if (period == "annual") r.recommendations = random_.pick(recommendations());
    bool ended = region_.today > dates.ends_on;
    r.created_at = r.updated_at = moment(ended ? dates.ends_on : region_.today, ended ? -random_.between(1, 5) : -1);
    rr::insert_report(c_, r);
    auto ctx = context_of(unit, "demo-risk-report-");
    audit_creation(c_, ctx, "risk_report.create", "risk_report", r, [](const rr::RiskReport& x) { return rr::record_json(x); });
    if (!submit) return;
    rr::RiskReport after = r;
    after.status = "submitted";
    after.submitted_at = moment(dates.ends_on, random_.between(1, 14));  // a few after the due day: late but in
    after.submitted_by = operator_of(unit);
    commit_change(c_, ctx, "risk_report.submit", "risk_report", r, after, [](const rr::RiskReport& x) { return rr::record_json(x); },
                  rr::update_report);
  }

 private:
  std::optional<int64_t> operator_of(const rr::Unit& unit) const {
    auto it = region_.operators.find(unit.agency_id);
    return it != region_.operators.end() ? std::optional<int64_t>(it->second) : region_.admin;
  }

  audit::Context context_of(const rr::Unit& unit, const std::string& prefix) {
    return {region_.id, {}, prefix + std::to_string(unit.agency_id) + "-" + std::to_string(++sequence_), "local"};
  }

  db::Connection& c_;
  const Region& region_;
  DemoRandom& random_;
  int sequence_ = 0;
};

// The units of a year and what each gets; drawn before writing so the transactions split freely.
struct Plan {
  rr::Unit unit;
  int64_t year = 0;
  bool context = false;
  std::vector<std::pair<std::string, bool>> reports;  // period, submitted
};

std::vector<Plan> plan(db::Connection& c, const Region& region, DemoRandom& random) {
  std::vector<Plan> out;
  for (int64_t year : {region.year - 1, region.year})
    for (const auto& unit : rr::risk_owner_units(c, region.id, year, std::nullopt)) {
      Plan p{unit, year, random.chance(year == region.year ? 0.85 : 0.95), {}};
      for (const auto& period : rr::kPeriodOrder) {
        auto dates = rr::period_dates(year, period);
        double roll = static_cast<double>(random.between(0, 99)) / 100.0;
        if (region.today > dates.ends_on) {
          // Ended: mostly submitted; some drafts and some missing, for the committee's overdue list.
          if (roll < 0.72) p.reports.emplace_back(period, true);
          else if (roll < 0.86) p.reports.emplace_back(period, false);
        } else if (region.today >= dates.starts_on && (period != "annual" ? roll < 0.6 : roll < 0.3)) {
          p.reports.emplace_back(period, false);  // the running period: a draft kept up to date
        }
      }
      out.push_back(p);
    }
  return out;
}

}  // namespace

void add_demo_risk_reports(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.risks <= 0) return;
  DemoRandom random(options.seed ^ 0x72706f727473ULL);  // "rports": its own sequence
  auto [region, plans] = db.read([&](db::Connection& c) {
    auto region = load_region(c);
    std::vector<Plan> plans;
    if (!region.id.empty()) plans = plan(c, region, random);
    return std::pair{region, plans};
  });
  auto total = static_cast<int>(plans.size());
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kUnitsPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, region, random);
      for (int i = done; i < until; ++i) {
        const auto& p = plans[static_cast<size_t>(i)];
        if (p.context) writer.context(p.unit, p.year);
        if (p.reports.empty()) continue;
        auto entries = rr::snapshot(rr::register_risks(c, region.id, p.unit.agency_id, p.year),
                                    rr::register_treatments(c, region.id, p.unit.agency_id, p.year), p.unit.name);
        for (const auto& [period, submitted] : p.reports) writer.report(p.unit, p.year, period, submitted, entries);
      }
      batch.finish();
    });
    done = until;
    if (progress) progress("risk contexts and reports", done, total);
  }
}

}  // namespace simpul
