#include "app/demo_risks.h"
#include "modules/regions/store.h"

#include <chrono>
#include <map>
#include <stdexcept>

#include "app/demo_random.h"
#include "app/record_change.h"
#include "audit/log.h"
#include "core/clock.h"
#include "core/dates.h"
#include "modules/risk_reports/routes_support.h"
#include "modules/risks/input.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"

namespace simpul {

namespace {

namespace rk = modules::risks;

constexpr int64_t kMaxRisks = 100000;
constexpr int kRisksPerTransaction = 500;

// What can go wrong (or right) in an agency's SPBE, by category of PermenPANRB 5/2020.
struct RiskText {
  const char* category;
  const char* polarity;
  const char* event;
  const char* cause;
  const char* impact;
  const char* impact_area;
  const char* spbe_goal;
};

const std::vector<RiskText>& risk_texts() {
  static const std::vector<RiskText> texts{
      {"infrastruktur", "negative", "Server aplikasi layanan mati di pusat data", "Catu daya cadangan (UPS) sudah melewati umur pakai",
       "Layanan daring terhenti beberapa jam", "layanan_organisasi", "Layanan SPBE tersedia tanpa gangguan"},
      {"infrastruktur", "negative", "Jaringan intranet antar-kantor terputus", "Kabel serat optik terpotong galian proyek jalan",
       "Aplikasi perkantoran tidak dapat diakses dari kantor kelurahan", "operasional_aset_tik", "Jaringan intra pemerintah daerah andal"},
      {"keamanan", "negative", "Kebocoran data pribadi pemohon layanan", "Akun admin memakai kata sandi lemah tanpa autentikasi dua faktor",
       "Data warga tersebar dan kepercayaan publik turun", "reputasi", "Keamanan informasi layanan terjamin"},
      {"keamanan", "negative", "Situs web perangkat daerah diretas (defacement)", "Sistem pengelola konten tidak diperbarui",
       "Situs menampilkan konten tidak pantas dan harus dimatikan", "reputasi", "Situs web resmi terpercaya"},
      {"rencana_anggaran", "negative", "Anggaran pengembangan aplikasi dipotong pada APBD Perubahan", "Refocusing anggaran untuk prioritas daerah",
       "Pengembangan fitur layanan tertunda ke tahun berikutnya", "finansial", "Belanja SPBE sesuai rencana"},
      {"pengadaan", "negative", "Pengadaan perangkat server terlambat", "Lelang gagal karena tidak ada penawaran yang memenuhi syarat",
       "Migrasi ke pusat data baru mundur", "kinerja", "Infrastruktur SPBE diperbarui tepat waktu"},
      {"sdm", "negative", "Pengelola aplikasi belum memiliki kompetensi keamanan", "Belum ada pelatihan teknis bagi pranata komputer",
       "Kerentanan aplikasi tidak segera ditangani", "sdm", "SDM SPBE kompeten"},
      {"sdm", "negative", "Satu-satunya programmer aplikasi pindah tugas", "Pengetahuan sistem tidak terdokumentasi",
       "Pemeliharaan aplikasi terhenti", "sdm", "Keberlangsungan pengelolaan aplikasi"},
      {"bencana_alam", "negative", "Banjir merendam ruang server", "Ruang server berada di lantai dasar dekat saluran air",
       "Perangkat rusak dan data berisiko hilang", "operasional_aset_tik", "Keberlangsungan layanan SPBE saat bencana"},
      {"data_informasi", "negative", "Data kependudukan di aplikasi sektoral tidak mutakhir", "Belum ada integrasi dengan data Disdukcapil",
       "Bantuan sosial salah sasaran", "layanan_organisasi", "Satu Data yang akurat"},
      {"aplikasi", "negative", "Aplikasi lama tidak kompatibel dengan peramban baru", "Aplikasi dibangun dengan teknologi usang",
       "Petugas tidak dapat memasukkan data layanan", "kinerja", "Aplikasi SPBE andal"},
      {"layanan", "negative", "Keluhan masyarakat tentang layanan daring tidak ditanggapi", "Belum ada petugas yang ditetapkan menanggapi kanal pengaduan",
       "Kepuasan masyarakat menurun", "layanan_organisasi", "Layanan publik berbasis elektronik yang responsif"},
      {"kepatuhan_peraturan", "negative", "Aplikasi dibangun tanpa rekomendasi Diskominfo", "Perangkat daerah belum memahami kewajiban koordinasi",
       "Duplikasi aplikasi dan temuan audit", "hukum_regulasi", "Pembangunan aplikasi sesuai arsitektur SPBE"},
      {"proyek_pengembangan", "negative", "Proyek aplikasi perizinan melewati jadwal", "Kebutuhan berubah di tengah pengembangan",
       "Layanan perizinan daring belum dapat diluncurkan", "kinerja", "Perizinan daring tepat waktu"},
      {"proses_bisnis", "negative", "Proses bisnis layanan belum terdokumentasi", "Belum ada penyusunan peta proses bisnis",
       "Integrasi layanan antar perangkat daerah terhambat", "kinerja", "Proses bisnis terintegrasi"},
      {"inovasi", "positive", "Pemanfaatan tanda tangan elektronik untuk seluruh surat dinas", "Sertifikat elektronik BSrE sudah tersedia bagi pejabat",
       "Waktu penyelesaian surat lebih singkat", "kinerja", "Administrasi pemerintahan tanpa kertas"},
      {"layanan", "positive", "Integrasi layanan ke Mal Pelayanan Publik digital", "Dukungan pimpinan dan anggaran tersedia",
       "Masyarakat dapat mengakses layanan di satu portal", "layanan_organisasi", "Layanan terpadu"},
      {"data_informasi", "positive", "Berbagi pakai data dengan pemerintah provinsi", "Standar interoperabilitas sudah disepakati",
       "Perencanaan pembangunan berbasis data yang sama", "kinerja", "Satu Data Indonesia di daerah"},
      {"sdm", "positive", "Beasiswa sertifikasi keamanan informasi dari BSSN", "Kerja sama pelatihan dengan BSSN",
       "Tim tanggap insiden daerah lebih siap", "sdm", "SDM SPBE kompeten"},
  };
  return texts;
}

struct TreatmentText {
  const char* option;
  const char* actions;
  const char* output;
};

const std::vector<TreatmentText>& treatment_texts(const std::string& polarity) {
  static const std::vector<TreatmentText> negative{
      {"mitigate", "Menyusun dan menerapkan SOP pemeliharaan rutin serta pemantauan harian", "SOP ditetapkan dan log pemantauan"},
      {"mitigate", "Mengganti perangkat yang usang dan memasang cadangan daya", "Berita acara serah terima perangkat"},
      {"mitigate", "Menerapkan autentikasi dua faktor dan kebijakan kata sandi", "Laporan penerapan kebijakan akses"},
      {"transfer", "Menyerahkan pengelolaan server ke pusat data pemerintah daerah", "Perjanjian layanan pusat data"},
      {"avoid", "Menunda peluncuran fitur sampai uji keamanan selesai", "Jadwal peluncuran yang direvisi"},
      {"escalate", "Melaporkan ke Komite Manajemen Risiko SPBE untuk keputusan anggaran", "Notulen rapat komite"},
      {"accept", "Menerima risiko karena biaya penanganan melebihi manfaat; dipantau tiap triwulan", "Catatan keputusan pemilik risiko"},
  };
  static const std::vector<TreatmentText> positive{
      {"exploit", "Memperluas pemanfaatan ke seluruh perangkat daerah", "Surat edaran Sekretaris Daerah"},
      {"enhance", "Menambah pelatihan dan pendampingan bagi pengguna", "Daftar hadir dan materi pelatihan"},
      {"share", "Bekerja sama dengan pemerintah provinsi dan BSSN", "Perjanjian kerja sama"},
      {"escalate", "Mengusulkan dukungan anggaran kepada Tim Koordinasi SPBE", "Usulan kegiatan"},
  };
  return polarity == "positive" ? positive : negative;
}

using Day = std::chrono::sys_days;

Day day_of(const std::string& date) {
  return parse_date(date);
}

struct Region {
  std::string id, today;
  std::vector<int64_t> agencies;
  std::map<int64_t, audit::Actor> operators;  // agency → the operator who records its risks
  audit::Actor admin;  // the ICT office records the others
};

Region load_region(db::Connection& c) {
  Region r;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) throw std::runtime_error("the database has no region for the demo risks");
  r.id = regions[0].text(0);
  r.today = modules::regions::region_today(c, r.id);
  for (const auto& row : c.query("SELECT agency_id FROM agencies WHERE region_id = ? ORDER BY agency_id", {r.id}))
    r.agencies.push_back(row.int64(0));
  if (r.agencies.empty()) throw std::runtime_error("the demo region has no agency for the demo risks");
  for (const auto& row : c.query("SELECT user_id, agency_id, role, username FROM users WHERE region_id = ? ORDER BY user_id",
                                 {r.id})) {
    audit::Actor actor{row.int64(0), row.text(3), row.text(2)};
    if (actor.role == "superadmin" && !r.admin.id) r.admin = actor;
    if (actor.role == "agency_operator" && !row.is_null(1) && !r.operators.count(row.int64(1)))
      r.operators[row.int64(1)] = actor;
  }
  return r;
}

class Writer {
 public:
  Writer(db::Connection& c, const Region& region, DemoRandom& random)
      : c_(c), region_(region), random_(random), criteria_(rk::load_criteria(c, region.id)),
        today_(day_of(region.today)), year_(static_cast<int>(std::chrono::year_month_day{today_}.year())) {}

  void write_one() {
    const auto& text = random_.pick(risk_texts());
    rk::Risk r;
    r.region_id = region_.id;
    r.agency_id = random_.pick(region_.agencies);
    r.year = random_.chance(0.2) ? year_ - 1 : year_;
    r.number = number_for(r.agency_id, r.year);
    r.polarity = text.polarity;
    r.category = text.category;
    r.event = text.event;
    r.cause = text.cause;
    r.impact = text.impact;
    r.impact_area = text.impact_area;
    r.spbe_goal = text.spbe_goal;
    r.indicator = "Capaian target " + std::string(text.spbe_goal);
    r.controls = {random_.chance(0.7) ? "sop" : "supervision", "routine_monitoring"};
    // Most risks sit in the middle of the scales, a few at the corners, as real registers do.
    r.likelihood = 1 + (random_.between(0, 4) + random_.between(0, 4) + 1) / 2;
    r.impact_level = 1 + (random_.between(0, 4) + random_.between(0, 4) + 1) / 2;
    r.likelihood_note = "Berdasarkan kejadian dalam dua tahun terakhir";
    r.impact_note = "Penilaian bersama pemilik dan pengelola risiko";
    if (random_.chance(0.1)) r.priority_rank = random_.between(1, 3);
    rk::assess_risk(r, criteria_);
    auto created = today_ - std::chrono::days(r.year == year_ ? random_.between(5, 120) : random_.between(200, 360));
    r.created_at = r.updated_at = format_date(created) + "T02:00:00Z";
    const auto& who = region_.operators.count(r.agency_id) ? region_.operators.at(r.agency_id) : region_.admin;
    r.created_by = who.id;
    rk::insert(c_, r);
    audit::Context ctx{region_.id, who, "demo-risk-" + std::to_string(r.id), "local"};
    audit_creation(c_, ctx, "risk.create", "risk", r, rk::risk_record);
    if (r.treat && random_.chance(0.85)) treat(r, created, ctx);
  }

 private:
  int number_for(int64_t agency, int year) { return rk::next_number(c_, region_.id, agency, year); }

  // One or two treatments: the first done (with its residual) or under way, some late.
  void treat(rk::Risk& r, Day created, const audit::Context& ctx) {
    rk::Risk before = r;
    int rounds = random_.chance(0.3) ? 2 : 1;
    bool has_accept = false;
    for (int round = 0; round < rounds; ++round) {
      const auto& text = random_.pick(treatment_texts(r.polarity));
      rk::Treatment t;
      t.region_id = region_.id;
      t.risk_id = r.id;
      t.option = text.option;
      t.actions = text.actions;
      t.output = text.output;
      t.owner_agency_id = r.agency_id;
      if (random_.chance(0.3)) t.supporting_agencies = {region_.agencies.front()};
      auto starts = created + std::chrono::days(random_.between(3, 20) + round * 40);
      auto due = starts + std::chrono::days(random_.between(20, 120));
      t.starts_on = format_date(starts);
      t.due_on = format_date(due);
      bool last = round == rounds - 1;
      if (!last || (due < today_ && random_.chance(0.6))) {
        t.status = "done";
        t.done_on = format_date(std::min(due, today_));
        // A first round often leaves the risk above the appetite; a second brings it below.
        t.residual_likelihood = std::max(1, r.likelihood - (last ? random_.between(1, 3) : 1));
        t.residual_impact_level = std::max(1, r.impact_level - (last ? random_.between(1, 2) : 0));
        rk::assess_residual(t, criteria_);
        r.residual = rk::residual_of(t, r, criteria_);
      } else {
        t.status = starts < today_ ? "in_progress" : "planned";  // late when its due date has passed
      }
      has_accept |= t.option == std::string("accept");
      t.created_at = t.updated_at = format_date(starts) + "T02:00:00Z";
      rk::insert_treatment(c_, t);
      audit_creation(c_, ctx, "risk_treatment.create", "risk_treatment", t, rk::treatment_record);
    }
    r.status = "treating";
    rk::RiskState state{r.status, r.treat, r.residual ? std::optional<bool>(r.residual->treat) : std::nullopt, has_accept, rounds};
    if (rk::may_close(state) && random_.chance(0.5)) r.status = "closed";
    commit_change(c_, ctx, r.status == "closed" ? "risk.close" : "risk.treatment_add", "risk", before, r,
                  rk::risk_record, rk::update);
  }

  db::Connection& c_;
  const Region& region_;
  DemoRandom& random_;
  rk::RiskCriteria criteria_;
  Day today_;
  int year_;
};

}  // namespace

void add_demo_risks(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  if (options.risks < 0 || options.risks > kMaxRisks)
    throw std::invalid_argument("--risks must be from 0 to " + std::to_string(kMaxRisks));
  if (options.risks == 0) return;
  auto region = db.read([](db::Connection& c) { return load_region(c); });
  DemoRandom random(options.seed ^ 0x7269736b73ULL);  // "risks": its own sequence
  auto total = static_cast<int>(options.risks);
  for (int done = 0; done < total;) {
    int until = std::min(total, done + kRisksPerTransaction);
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      Writer writer(c, region, random);
      for (int i = done; i < until; ++i) writer.write_one();
      batch.finish();
    });
    done = until;
    if (progress) progress("risks", done, total);
  }
}

}  // namespace simpul
