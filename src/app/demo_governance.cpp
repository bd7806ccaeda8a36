#include "app/demo_governance.h"

#include <map>
#include <optional>
#include <vector>

#include "app/record_change.h"
#include "audit/diff.h"
#include "core/clock.h"
#include "modules/agencies/store.h"
#include "modules/architectures/model.h"
#include "modules/architectures/store.h"
#include "modules/budget_plans/model.h"
#include "modules/budget_plans/store.h"
#include "modules/business_processes/model.h"
#include "modules/business_processes/store.h"
#include "modules/committees/store.h"
#include "modules/master_plans/model.h"
#include "modules/master_plans/store.h"
#include "modules/roadmaps/model.h"
#include "modules/roadmaps/store.h"

namespace simpul {

namespace {

namespace arch = modules::architectures;
namespace budget = modules::budget_plans;
namespace bp = modules::business_processes;
namespace mp = modules::master_plans;
namespace rm = modules::roadmaps;

constexpr int kFirstYear = 2025;
constexpr int kLastYear = 2029;
constexpr int kBudgetYear = 2026;

class GovernanceBuilder {
 public:
  GovernanceBuilder(db::Connection& c, const audit::Context& ctx, const std::string& region_id)
      : c_(c), ctx_(ctx), region_id_(region_id), now_(now_rfc3339()) {
    for (const auto& a : modules::agencies::list(c, region_id)) agency_ids_[a.short_name] = a.id;
  }

  void build() {
    add_master_plan();
    auto architecture_id = add_architecture();
    add_roadmap();
    add_budget_plans();
    add_business_processes(architecture_id);
  }

 private:
  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = agency_ids_.find(short_name);
    return it == agency_ids_.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  void add_master_plan() {
    mp::MasterPlan p;
    p.region_id = region_id_;
    p.title = "Rencana Induk SPBE Kota Madiun 2025-2029";
    p.start_year = kFirstYear;
    p.end_year = kLastYear;
    p.vision = "Terwujudnya pemerintahan digital Kota Madiun yang terpadu, aman dan melayani.";
    p.missions = {"Menyelenggarakan tata kelola SPBE yang terpadu dan berkesinambungan.",
                  "Membangun layanan publik berbasis elektronik yang mudah dijangkau warga.",
                  "Menjamin keamanan informasi dan keandalan infrastruktur SPBE."};
    p.goals = {"Meningkatnya indeks SPBE Kota Madiun.", "Terintegrasinya layanan administrasi pemerintahan."};
    p.targets = {"Indeks SPBE minimal 3,5 (predikat Sangat Baik) pada 2029.",
                 "Seluruh perangkat daerah memakai aplikasi umum naskah dinas elektronik pada 2026."};
    p.policy_directions = {"Pemanfaatan bersama infrastruktur dan aplikasi SPBE.", "Satu data Kota Madiun."};
    p.strategies = {"Konsolidasi pusat data dan jaringan intra pemerintah daerah.",
                    "Penguatan kompetensi SDM TIK di setiap perangkat daerah."};
    p.rpjmd_reference = "RPJMD Kota Madiun 2025-2029";
    p.decree_number = "188.45/112/KPTS/401.012/2025";
    p.decree_date = "2025-06-16";
    p.status = "enacted";
    p.enacted_at = now_;
    stamp(p);
    mp::insert(c_, p);
    audit_creation(c_, ctx_, "master_plan.create", "master_plan", p, mp::record_json);
  }

  int64_t add_architecture() {
    arch::Architecture a;
    a.region_id = region_id_;
    a.title = "Arsitektur SPBE Kota Madiun 2025-2029";
    a.start_year = kFirstYear;
    a.end_year = kLastYear;
    a.reference_summary = "Mengacu pada Arsitektur SPBE Nasional dan RPJMD Kota Madiun 2025-2029.";
    a.decree_number = "188.45/113/KPTS/401.012/2025";
    a.decree_date = "2025-06-16";
    a.status = "enacted";
    const std::map<std::string, std::string> descriptions = {
        {"business_process", "Peta proses bisnis seluruh perangkat daerah dan keterkaitannya."},
        {"data_information", "Data induk dan data referensi, termasuk NIK dan NIP sebagai kunci."},
        {"infrastructure", "Pusat data pemerintah daerah, jaringan intra (WAN dan LAN) dan sistem penghubung layanan."},
        {"application", "Aplikasi umum dan aplikasi khusus yang dipakai bersama."},
        {"security", "Keamanan informasi: kerahasiaan, keutuhan, ketersediaan, keaslian dan kenirsangkalan."},
        {"service", "Layanan administrasi pemerintahan dan layanan publik berbasis elektronik."}};
    auto coordinators = modules::committees::coordinators(c_, region_id_);
    for (const auto& [domain, description] : descriptions) {
      arch::Domain d{domain, description, std::nullopt, "", ""};
      for (const auto& k : coordinators)
        if (k.domain == domain) d.agency_id = k.agency_id, d.article = k.article;
      a.domains.push_back(d);
    }
    stamp(a);
    arch::insert(c_, a);
    audit_creation(c_, ctx_, "architecture.create", "architecture", a, arch::record_json);
    return a.id;
  }

  struct ActivitySeed {
    const char* area;
    const char* agency;
    const char* program;
    const char* name;
    const char* target;
  };

  void add_roadmap() {
    rm::Roadmap r;
    r.region_id = region_id_;
    r.title = "Peta Rencana SPBE Kota Madiun 2025-2029";
    r.start_year = kFirstYear;
    r.end_year = kLastYear;
    r.decree_number = "188.45/114/KPTS/401.012/2025";
    r.decree_date = "2025-06-16";
    r.status = "enacted";
    r.enacted_by = ctx_.actor.username;
    r.enacted_at = now_;
    stamp(r);
    rm::insert(c_, r);
    audit_creation(c_, ctx_, "roadmap.create", "roadmap", r, [](const rm::Roadmap& x) { return rm::to_json(x); });
    const std::vector<ActivitySeed> seeds = {
        {"governance", "Diskominfo", "Tata Kelola SPBE", "Penyusunan kebijakan internal SPBE", "Peraturan Wali Kota tentang manajemen data"},
        {"governance", "Bappeda", "Tata Kelola SPBE", "Keterpaduan rencana dan anggaran SPBE", "Rencana anggaran TIK seluruh PD terverifikasi"},
        {"management", "Diskominfo", "Manajemen SPBE", "Penerapan manajemen risiko SPBE", "Register risiko di setiap PD"},
        {"management", "BKPSDM", "Manajemen SPBE", "Peningkatan kompetensi SDM TIK", "100 ASN mengikuti pelatihan TIK dasar"},
        {"services", "Disdukcapil", "Layanan SPBE", "Layanan administrasi kependudukan daring", "Permohonan akta dan KK secara daring"},
        {"services", "DPMPTSP", "Layanan SPBE", "Perizinan berusaha terintegrasi", "Perizinan terhubung dengan OSS"},
        {"infrastructure", "Diskominfo", "Infrastruktur SPBE", "Konsolidasi pusat data pemerintah daerah", "Seluruh server PD di pusat data"},
        {"infrastructure", "Diskominfo", "Infrastruktur SPBE", "Perluasan jaringan intra pemerintah daerah", "Seluruh kantor kelurahan terhubung WAN"},
        {"applications", "Diskominfo", "Aplikasi SPBE", "Aplikasi umum naskah dinas elektronik", "Dipakai seluruh PD"},
        {"applications", "Dinkes", "Aplikasi SPBE", "Sistem informasi puskesmas terpadu", "Seluruh puskesmas memakai satu aplikasi"},
        {"security", "Diskominfo", "Keamanan SPBE", "Pembentukan dan penguatan CSIRT", "CSIRT teregistrasi di BSSN"},
        {"security", "Diskominfo", "Keamanan SPBE", "Sertifikat elektronik bagi pejabat", "Seluruh pejabat memakai tanda tangan elektronik"},
        {"audit", "Inspektorat", "Audit TIK", "Audit infrastruktur SPBE", "Audit infrastruktur setiap dua tahun"},
        {"audit", "Diskominfo", "Audit TIK", "Audit aplikasi dan keamanan SPBE", "Audit aplikasi khusus setiap dua tahun"},
    };
    for (const auto& s : seeds) {
      auto owner = agency(s.agency);
      if (!owner) continue;
      rm::Activity a;
      a.region_id = region_id_;
      a.roadmap_id = r.id;
      a.program = s.program;
      a.name = s.name;
      a.area = s.area;
      a.owner_agency_id = *owner;
      a.description = s.name;
      for (int year = kFirstYear; year <= kLastYear; ++year) {
        rm::YearPlan y;
        y.year = year;
        y.planned_status = "planned";
        y.target = year == kLastYear ? s.target : "Tahap " + std::to_string(year - kFirstYear + 1);
        y.actual_status = year == kFirstYear ? "done" : year == kBudgetYear ? "in_progress" : "not_started";
        a.years.push_back(y);
      }
      stamp(a);
      rm::insert_activity(c_, a);
      audit_creation(c_, ctx_, "roadmap_activity.create", "roadmap_activity", a, [](const rm::Activity& x) { return rm::to_json(x); });
      activities_[s.agency].push_back(a);
    }
    rm::Monitoring m;
    m.region_id = region_id_;
    m.roadmap_id = r.id;
    m.year = kFirstYear;
    m.date = "2025-12-15";
    m.summary = "Pemantauan tahun pertama: kegiatan tahap 1 selesai sesuai rencana.";
    m.findings = "Perluasan jaringan ke kelurahan perlu anggaran tambahan pada 2026.";
    m.recorded_by = ctx_.actor.username;
    m.created_at = now_;
    rm::insert_monitoring(c_, m);
    audit::append(c_, ctx_, "roadmap.monitor", "roadmap", std::to_string(r.id), audit::changes_between(nullptr, rm::to_json(m)));
  }

  void add_budget_plans() {
    struct PlanSeed {
      const char* agency;
      const char* status;
    };
    for (const auto& s : std::vector<PlanSeed>{{"Diskominfo", "verified"}, {"Bappeda", "coordinated"}, {"Dinkes", "submitted"},
                                               {"Disdukcapil", "draft"}, {"DPMPTSP", "draft"}}) {
      auto owner = agency(s.agency);
      if (!owner) continue;
      budget::BudgetPlan p;
      p.region_id = region_id_;
      p.agency_id = *owner;
      p.year = kBudgetYear;
      p.status = s.status;
      if (p.status != "draft") p.submitted_by = ctx_.actor.username, p.submitted_at = now_;
      if (p.status == "coordinated" || p.status == "verified") p.coordinated_by = ctx_.actor.username, p.coordinated_at = now_;
      if (p.status == "verified") p.verified_by = ctx_.actor.username, p.verified_at = now_;
      stamp(p);
      budget::insert(c_, p);
      audit_creation(c_, ctx_, "budget_plan.create", "budget_plan", p, [](const budget::BudgetPlan& x) { return budget::to_json(x); });
      int64_t amount = 150'000'000;
      for (const auto& a : activities_[s.agency]) {
        add_line(p, a.name, amount, a.area, a.id, a.area == std::string("infrastructure"));
        amount += 75'000'000;
      }
      if (std::string(s.agency) == "Dinkes")  // left without a roadmap link, so the flag shows
        add_line(p, "Pengadaan komputer untuk puskesmas", 420'000'000, "infrastructure", std::nullopt, true);
      if (activities_[s.agency].empty())
        add_line(p, "Pemeliharaan jaringan LAN kantor", 60'000'000, "infrastructure", std::nullopt, false);
    }
  }

  void add_line(const budget::BudgetPlan& p, const std::string& description, int64_t amount, const std::string& area,
                std::optional<int64_t> activity_id, bool procurement) {
    budget::BudgetLine l;
    l.region_id = region_id_;
    l.budget_plan_id = p.id;
    l.description = description;
    l.amount = amount;
    l.area = area;
    l.roadmap_activity_id = activity_id;
    l.procurement = procurement;
    stamp(l);
    budget::insert_line(c_, l);
    audit_creation(c_, ctx_, "budget_line.create", "budget_line", l, budget::record_json);
  }

  void add_business_processes(int64_t architecture_id) {
    struct ProcessSeed {
      const char* agency;
      const char* code;
      const char* name;
      const char* kind;
      const char* status;
      std::vector<bp::Step> steps;
    };
    const std::vector<ProcessSeed> seeds = {
        {"Disdukcapil", "DISDUKCAPIL-01", "Penerbitan Kartu Keluarga", "core", "coordinated",
         {{"Menerima permohonan", "Seksi Pelayanan"}, {"Verifikasi data penduduk", "Bidang Pendaftaran Penduduk"},
          {"Mencetak dan menyerahkan KK", "Seksi Pelayanan"}}},
        {"Dinkes", "DINKES-01", "Pendaftaran Pasien Puskesmas", "core", "submitted",
         {{"Mencocokkan NIK pasien", "Petugas Pendaftaran Puskesmas"}, {"Mencatat kunjungan", "Petugas Rekam Medis"}}},
        {"DPMPTSP", "DPMPTSP-01", "Penerbitan Izin Usaha", "core", "draft",
         {{"Menerima permohonan izin", "Front Office"}, {"Memeriksa data pemohon", "Bidang Perizinan"},
          {"Menerbitkan izin", "Kepala Dinas"}}},
        {"Bappeda", "BAPPEDA-01", "Penyusunan Rencana Kerja Pemerintah Daerah", "core", "coordinated",
         {{"Menghimpun usulan PD", "Bidang Perencanaan"}, {"Musyawarah perencanaan", "Kepala Badan"}}},
        {"Diskominfo", "DISKOMINFO-01", "Pengelolaan Aduan Layanan SPBE", "support", "coordinated",
         {{"Menerima aduan di service desk", "Service Desk Tier 1"}, {"Eskalasi gangguan", "Service Desk Tier 2"}}},
    };
    std::map<std::string, int64_t> ids;
    for (const auto& s : seeds) {
      auto owner = agency(s.agency);
      if (!owner) continue;
      bp::BusinessProcess p;
      p.region_id = region_id_;
      p.agency_id = *owner;
      p.code = s.code;
      p.name = s.name;
      p.description = s.name + std::string(" di Kota Madiun.");
      p.kind = s.kind;
      p.architecture_id = architecture_id;
      p.steps = s.steps;
      p.status = s.status;
      if (p.status != "draft") p.submitted_by = ctx_.actor.username, p.submitted_at = now_;
      if (p.status == "coordinated") p.coordinated_by = ctx_.actor.username, p.coordinated_at = now_;
      stamp(p);
      bp::insert(c_, p);
      audit_creation(c_, ctx_, "business_process.create", "business_process", p, bp::record_json);
      ids[s.code] = p.id;
    }
    // Puskesmas check the patient's NIK against the population data; licences too.
    link(ids, "DINKES-01", "DISDUKCAPIL-01", "input_from", "Data kependudukan untuk verifikasi NIK pasien");
    link(ids, "DPMPTSP-01", "DISDUKCAPIL-01", "input_from", "Verifikasi NIK pemohon izin");
    link(ids, "BAPPEDA-01", "DISKOMINFO-01", "input_from", "Rekap aduan layanan sebagai masukan perencanaan");
  }

  void link(const std::map<std::string, int64_t>& ids, const std::string& from, const std::string& to, const std::string& kind,
            const std::string& note) {
    auto f = ids.find(from), t = ids.find(to);
    if (f == ids.end() || t == ids.end()) return;
    bp::Link l;
    l.region_id = region_id_;
    l.from_process_id = f->second;
    l.to_process_id = t->second;
    l.kind = kind;
    l.note = note;
    l.created_by = ctx_.actor.username;
    l.created_at = now_;
    bp::insert_link(c_, l);
    audit::append(c_, ctx_, "business_process.link", "business_process", std::to_string(l.from_process_id),
                  audit::changes_between(nullptr, bp::to_json(l)));
  }

  template <class Record>
  void stamp(Record& r) {
    r.version = 1;
    r.created_at = now_;
    r.updated_at = now_;
  }

  db::Connection& c_;
  const audit::Context& ctx_;
  std::string region_id_;
  std::string now_;
  std::map<std::string, int64_t> agency_ids_;
  std::map<std::string, std::vector<rm::Activity>> activities_;  // by owner agency's short name
};

}  // namespace

void add_demo_governance(db::Connection& c, const audit::Context& ctx, const std::string& region_id) {
  GovernanceBuilder(c, ctx, region_id).build();
}

}  // namespace simpul
