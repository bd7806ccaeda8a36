#include "modules/evaluation/suggestion_rules.h"

namespace simpul::modules::evaluation {

namespace {

std::string n(int64_t v) { return std::to_string(v); }

// "41 dari 60 perangkat daerah" / "41 of 60 agencies".
Text of_agencies(const Coverage& c) {
  return {n(c.with) + " dari " + n(c.of) + " perangkat daerah", n(c.with) + " of " + n(c.of) + " agencies"};
}

// Whole percent of `part` in `whole`, rounded down (conservative); 0 when there is no whole.
int64_t percent(int64_t part, int64_t whole) { return whole > 0 ? part * 100 / whole : 0; }

bool on_time(int64_t part, int64_t whole) { return whole > 0 && percent(part, whole) >= kOnTimePercent; }

// Climbs a scale from level 1: each step is the next level, shown when `met`. A met step adds
// what was found; the first unmet step adds what that level needs and ends the climb.
class Ladder {
 public:
  Ladder& step(bool met, Text found, Text missing) {
    if (stopped_) return *this;
    if (met) {
      ++p_.level;
      p_.reasons.push_back(std::move(found));
    } else {
      p_.reasons.push_back(std::move(missing));
      stopped_ = true;
    }
    return *this;
  }
  // The records cannot show the next level: the assessors judge it.
  Ladder& judged(Text why) {
    if (!stopped_) p_.reasons.push_back(std::move(why));
    stopped_ = true;
    return *this;
  }
  Proposal done() { return std::move(p_); }

 private:
  Proposal p_;
  bool stopped_ = false;
};

const Text kImprovementJudged{
    "Tingkat 5 (perbaikan berkelanjutan dari hasil reviu) tidak dapat dibaca dari catatan Simpul; Tim Asesor menilainya.",
    "Level 5 (continuous improvement from reviews) cannot be read from Simpul's records; the assessor team judges it."};

}  // namespace

Proposal propose_architecture(const ArchitectureFacts& f) {
  const std::string domains_id = n(f.domains_described) + " dari 6 domain", domains_en = n(f.domains_described) + " of 6 domains";
  return Ladder()
      .step(f.enacted, {"Arsitektur SPBE yang berlaku untuk tahun ini sudah ditetapkan.", "An SPBE architecture covering the year is enacted."},
            {"Belum ada Arsitektur SPBE yang ditetapkan untuk tahun ini; tingkat 2 menuntut arsitektur yang ditetapkan.",
             "No SPBE architecture covering the year is enacted; level 2 needs an enacted architecture."})
      .step(f.domains_described >= 6 && f.domains_coordinated >= 6,
            {"Keenam domain arsitektur diuraikan dan masing-masing punya perangkat daerah koordinator.",
             "All six architecture domains are described, each with a coordinating agency."},
            {"Arsitektur menguraikan " + domains_id + " dan " + n(f.domains_coordinated) +
                 " domain punya koordinator; tingkat 3 menuntut keenam domain dengan koordinatornya.",
             "The architecture describes " + domains_en + " and " + n(f.domains_coordinated) +
                 " domains have a coordinator; level 3 needs all six, each with its coordinator."})
      .step(f.reviews > 0,
            {"Reviu arsitektur tercatat " + n(f.reviews) + " kali.", "The architecture was reviewed " + n(f.reviews) + " times."},
            {"Belum ada reviu arsitektur yang tercatat; tingkat 4 menuntut reviu berkala.",
             "No review of the architecture is recorded; level 4 needs periodic reviews."})
      .step(f.revisions_by_decree > 0,
            {"Hasil reviu ditindaklanjuti dengan penetapan perubahan (" + n(f.revisions_by_decree) + " keputusan).",
             "Reviews were followed by an enacted revision (" + n(f.revisions_by_decree) + " decrees)."},
            {"Belum ada reviu yang ditindaklanjuti dengan penetapan perubahan arsitektur; tingkat 5 menuntut perbaikan dari hasil reviu.",
             "No review was followed by an enacted revision; level 5 needs improvement from the reviews."})
      .done();
}

Proposal propose_roadmap(const RoadmapFacts& f) {
  return Ladder()
      .step(f.enacted, {"Peta Rencana SPBE yang berlaku untuk tahun ini sudah ditetapkan.", "An SPBE roadmap covering the year is enacted."},
            {"Belum ada Peta Rencana SPBE yang ditetapkan untuk tahun ini; tingkat 2 menuntut peta rencana yang ditetapkan.",
             "No SPBE roadmap covering the year is enacted; level 2 needs an enacted roadmap."})
      .step(f.areas_planned >= 7,
            {"Peta rencana memuat kegiatan tahun ini di ketujuh area.", "The roadmap plans activities for the year in all seven areas."},
            {"Peta rencana memuat kegiatan tahun ini di " + n(f.areas_planned) + " dari 7 area; tingkat 3 menuntut ketujuh area.",
             "The roadmap plans activities for the year in " + n(f.areas_planned) + " of 7 areas; level 3 needs all seven."})
      .step(f.monitoring_records > 0,
            {"Pemantauan tahunan peta rencana tercatat " + n(f.monitoring_records) + " kali.",
             "Annual monitoring of the roadmap is recorded " + n(f.monitoring_records) + " times."},
            {"Belum ada pemantauan tahunan peta rencana untuk tahun ini atau tahun sebelumnya; tingkat 4 menuntutnya.",
             "No annual monitoring of the roadmap for this year or the year before; level 4 needs it."})
      .step(f.changes_after_monitoring > 0,
            {"Hasil pemantauan ditindaklanjuti dengan " + n(f.changes_after_monitoring) + " perubahan peta rencana.",
             "Monitoring was followed by " + n(f.changes_after_monitoring) + " changes to the roadmap."},
            {"Belum ada perubahan peta rencana setelah pemantauan; tingkat 5 menuntut perbaikan dari hasil pemantauan.",
             "No change to the roadmap after monitoring; level 5 needs improvement from the monitoring."})
      .done();
}

Proposal propose_audits(const AuditFacts& f, const Text& scope) {
  Ladder l;
  if (f.objects == 0 && f.done == 0)
    return l.step(false, {}, {"Belum ada objek audit " + scope.id + " yang terdaftar maupun audit yang dilakukan; tingkat 2 menuntut audit yang dilaksanakan.",
                              "No " + scope.en + " audit object is registered and no audit was done; level 2 needs audits carried out."})
        .done();
  return l
      .step(f.done > 0,
            {"Audit " + scope.id + " selesai " + n(f.done) + " kali (" + n(f.done_in_year) + " pada tahun ini).",
             n(f.done) + " " + scope.en + " audits were completed (" + n(f.done_in_year) + " in the year)."},
            {"Belum ada audit " + scope.id + " yang selesai" + (f.overdue > 0 ? " dan " + n(f.overdue) + " objek sudah lewat jatuh tempo" : std::string(", dan belum ada yang jatuh tempo")) +
                 "; tingkat 2 menuntut audit yang dilaksanakan.",
             "No " + scope.en + " audit was completed" + (f.overdue > 0 ? " and " + n(f.overdue) + " objects are overdue" : std::string(", and none is due yet")) +
                 "; level 2 needs audits carried out."})
      .step(f.overdue == 0,
            {"Semua " + n(f.objects) + " objek audit " + scope.id + " diaudit sesuai jadwal (tidak ada yang lewat jatuh tempo).",
             "All " + n(f.objects) + " " + scope.en + " audit objects are audited on schedule (none overdue)."},
            {n(f.overdue) + " dari " + n(f.objects) + " objek audit " + scope.id + " lewat jatuh tempo; tingkat 3 menuntut semua objek diaudit sesuai jadwal.",
             n(f.overdue) + " of " + n(f.objects) + " " + scope.en + " audit objects are overdue; level 3 needs every object audited on schedule."})
      .step(f.reported >= f.done,
            {"Semua audit yang selesai sudah dilaporkan kepada kepala daerah.", "Every completed audit was reported to the region head."},
            {n(f.reported) + " dari " + n(f.done) + " audit yang selesai sudah dilaporkan; tingkat 4 menuntut semua hasil audit dilaporkan dan direviu.",
             n(f.reported) + " of " + n(f.done) + " completed audits were reported; level 4 needs every result reported and reviewed."})
      .step(f.findings > 0 && f.findings_closed >= f.findings,
            {"Semua " + n(f.findings) + " temuan audit sudah ditindaklanjuti dan ditutup.",
             "All " + n(f.findings) + " audit findings were followed up and closed."},
            {f.findings == 0
                 ? Text{"Belum ada temuan audit yang ditindaklanjuti; tingkat 5 menuntut perbaikan dari hasil audit.",
                        "No audit finding was followed up; level 5 needs improvement from the audit results."}
                 : Text{n(f.findings_closed) + " dari " + n(f.findings) + " temuan audit sudah ditutup; tingkat 5 menuntut semua temuan ditindaklanjuti.",
                        n(f.findings_closed) + " of " + n(f.findings) + " audit findings are closed; level 5 needs every finding followed up."}})
      .done();
}

Proposal propose_application_registry(const ApplicationFacts& f) {
  const Text audit_scope{"aplikasi", "application"};
  return Ladder()
      .step(f.registered > 0,
            {n(f.registered) + " aplikasi terdaftar dengan perangkat daerah pemiliknya (" + n(f.owner_agencies) + " perangkat daerah).",
             n(f.registered) + " applications are registered with their owner agency (" + n(f.owner_agencies) + " agencies)."},
            {"Belum ada aplikasi yang terdaftar; tingkat 2 menuntut aplikasi terdaftar dengan pemiliknya.",
             "No application is registered; level 2 needs applications registered with their owners."})
      .step(f.in_production > 0 && f.production_with_documents >= f.in_production,
            {"Semua " + n(f.in_production) + " aplikasi yang beroperasi punya dokumen pembangunannya.",
             "All " + n(f.in_production) + " applications in production have their development documents."},
            {n(f.production_with_documents) + " dari " + n(f.in_production) +
                 " aplikasi yang beroperasi punya dokumen pembangunan; tingkat 3 menuntut semua aplikasi yang beroperasi.",
             n(f.production_with_documents) + " of " + n(f.in_production) +
                 " applications in production have development documents; level 3 needs all of them."})
      .step(f.audits.done > 0 && f.audits.overdue == 0,
            {"Audit aplikasi dilakukan sesuai jadwal (" + n(f.audits.done) + " selesai, tidak ada yang lewat jatuh tempo).",
             "Application audits are on schedule (" + n(f.audits.done) + " completed, none overdue)."},
            {"Audit aplikasi: " + n(f.audits.done) + " selesai, " + n(f.audits.overdue) +
                 " objek lewat jatuh tempo; tingkat 4 menuntut aplikasi diukur melalui audit sesuai jadwal.",
             "Application audits: " + n(f.audits.done) + " completed, " + n(f.audits.overdue) +
                 " objects overdue; level 4 needs applications measured by audits on schedule."})
      .judged(kImprovementJudged)
      .done();
}

Proposal propose_data_centers(const DataCenterFacts& f) {
  return Ladder()
      .step(f.data_centers > 0, {n(f.data_centers) + " pusat data terdaftar.", n(f.data_centers) + " data centres are registered."},
            {"Belum ada pusat data yang terdaftar; tingkat 2 menuntut layanan pusat data.",
             "No data centre is registered; level 2 needs a data centre service."})
      .step(f.active_hosts > 0 && f.hosts_placed >= f.active_hosts,
            {"Semua " + n(f.active_hosts) + " server aktif ditempatkan di pusat data.",
             "All " + n(f.active_hosts) + " active servers are placed in a data centre."},
            {n(f.hosts_placed) + " dari " + n(f.active_hosts) + " server aktif ditempatkan di pusat data; tingkat 3 menuntut semua server.",
             n(f.hosts_placed) + " of " + n(f.active_hosts) + " active servers are placed in a data centre; level 3 needs all of them."})
      .step(f.recovery_centers > 0 && f.backups_ok > 0,
            {"Ada pusat pemulihan data dan " + n(f.backups_ok) + " pencadangan berhasil tahun ini.",
             "A recovery centre exists and " + n(f.backups_ok) + " backups succeeded in the year."},
            {"Pusat pemulihan data: " + n(f.recovery_centers) + ", pencadangan berhasil tahun ini: " + n(f.backups_ok) +
                 "; tingkat 4 menuntut keduanya (layanan terpadu dan terukur).",
             "Recovery centres: " + n(f.recovery_centers) + ", successful backups in the year: " + n(f.backups_ok) +
                 "; level 4 needs both (an integrated, measured service)."})
      .judged(kImprovementJudged)
      .done();
}

Proposal propose_intra_network(const NetworkFacts& f) {
  return Ladder()
      .step(f.wan > 0 || f.lan.some(),
            {"Jaringan intra tercatat: " + n(f.wan) + " WAN, LAN di " + of_agencies(f.lan).id + ".",
             "Intra-government network recorded: " + n(f.wan) + " WAN, LAN in " + of_agencies(f.lan).en + "."},
            {"Belum ada jaringan intra yang tercatat; tingkat 2 menuntut jaringan di sebagian perangkat daerah.",
             "No intra-government network is recorded; level 2 needs a network in some agencies."})
      .step(f.wan > 0 && f.diagrams.all(),
            {"Ada WAN dan diagram LAN diserahkan oleh semua perangkat daerah.", "A WAN exists and every agency submitted its LAN diagram."},
            {"WAN: " + n(f.wan) + ", diagram LAN dari " + of_agencies(f.diagrams).id + "; tingkat 3 menuntut WAN dan diagram LAN semua perangkat daerah.",
             "WAN: " + n(f.wan) + ", LAN diagrams from " + of_agencies(f.diagrams).en + "; level 3 needs a WAN and every agency's LAN diagram."})
      .step(f.diagrams_in_year.all(),
            {"Semua perangkat daerah memperbarui diagram LAN tahun ini.", "Every agency updated its LAN diagram in the year."},
            {"Diagram LAN diperbarui tahun ini oleh " + of_agencies(f.diagrams_in_year).id + "; tingkat 4 menuntut pemutakhiran berkala oleh semua.",
             "LAN diagrams were updated in the year by " + of_agencies(f.diagrams_in_year).en + "; level 4 needs periodic updates by all."})
      .judged(kImprovementJudged)
      .done();
}

Proposal propose_service_links(const LinkFacts& f) {
  return Ladder()
      .step(f.links > 0, {n(f.links) + " tautan integrasi aplikasi tercatat.", n(f.links) + " application integration links are recorded."},
            {"Belum ada tautan integrasi aplikasi yang tercatat; tingkat 2 menuntut aplikasi yang saling terhubung.",
             "No application integration link is recorded; level 2 needs connected applications."})
      .step(f.linked.all(),
            {"Aplikasi yang beroperasi di semua " + n(f.linked.of) + " perangkat daerah pemiliknya sudah terhubung.",
             "Production applications of all " + n(f.linked.of) + " owning agencies are connected."},
            {"Aplikasi yang beroperasi terhubung di " + of_agencies(f.linked).id + " pemilik aplikasi; tingkat 3 menuntut semuanya.",
             "Production applications are connected in " + of_agencies(f.linked).en + " owning applications; level 3 needs all of them."})
      .judged({"Tingkat 4 (penggunaan penghubung layanan yang diukur) tidak dapat dibaca dari catatan Simpul; Tim Asesor menilainya.",
               "Level 4 (measured use of the service connector) cannot be read from Simpul's records; the assessor team judges it."})
      .done();
}

Proposal propose_risk_registers(const RiskFacts& f) {
  return Ladder()
      .step(f.registers.some(),
            {"Register risiko ada di " + of_agencies(f.registers).id + ".", "Risk registers exist in " + of_agencies(f.registers).en + "."},
            {"Belum ada register risiko untuk tahun ini (0 dari " + n(f.registers.of) + " perangkat daerah); tingkat 2 menuntut register di sebagian perangkat daerah.",
             "No risk register for the year (0 of " + n(f.registers.of) + " agencies); level 2 needs registers in some agencies."})
      .step(f.registers.all(), {"Register risiko ada di semua perangkat daerah.", "Every agency keeps a risk register."},
            {"Register risiko ada di " + of_agencies(f.registers).id + "; tingkat 3 menuntut semua perangkat daerah.",
             "Risk registers exist in " + of_agencies(f.registers).en + "; level 3 needs every agency."})
      .step(f.reviewed.all(),
            {"Semua perangkat daerah menyampaikan laporan pemantauan risiko tahun ini.", "Every agency submitted a risk monitoring report for the year."},
            {"Laporan pemantauan risiko tahun ini disampaikan oleh " + of_agencies(f.reviewed).id + "; tingkat 4 menuntut reviu berkala di semua.",
             "Risk monitoring reports for the year were submitted by " + of_agencies(f.reviewed).en + "; level 4 needs periodic review in all."})
      .step(f.improved.all(),
            {"Semua perangkat daerah menurunkan risiko setelah penanganan.", "Every agency lowered risks after treatment."},
            {"Risiko turun setelah penanganan di " + of_agencies(f.improved).id + "; tingkat 5 menuntut tindak lanjut perbaikan di semua.",
             "Risks were lowered after treatment in " + of_agencies(f.improved).en + "; level 5 needs improvement followed up in all."})
      .done();
}

Proposal propose_service_desk(const ServiceDeskFacts& f) {
  return Ladder()
      .step(f.agencies.some(),
            {n(f.tickets) + " tiket layanan tahun ini, di " + of_agencies(f.agencies).id + ".",
             n(f.tickets) + " service desk tickets in the year, in " + of_agencies(f.agencies).en + "."},
            {"Belum ada tiket layanan tahun ini; tingkat 2 menuntut service desk dipakai di sebagian perangkat daerah.",
             "No service desk ticket in the year; level 2 needs the service desk in use in some agencies."})
      .step(f.agencies.all() && f.sla_targets > 0,
            {"Service desk dipakai di semua perangkat daerah dengan " + n(f.sla_targets) + " target SLA.",
             "The service desk is used in every agency, with " + n(f.sla_targets) + " SLA targets."},
            {"Tiket di " + of_agencies(f.agencies).id + ", target SLA: " + n(f.sla_targets) + "; tingkat 3 menuntut semua perangkat daerah dan target SLA.",
             "Tickets in " + of_agencies(f.agencies).en + ", SLA targets: " + n(f.sla_targets) + "; level 3 needs every agency and SLA targets."})
      .step(on_time(f.resolved_on_time, f.resolved),
            {n(percent(f.resolved_on_time, f.resolved)) + "% tiket diselesaikan dalam target SLA.",
             n(percent(f.resolved_on_time, f.resolved)) + "% of tickets were resolved within the SLA target."},
            {n(f.resolved_on_time) + " dari " + n(f.resolved) + " tiket selesai dalam target SLA; tingkat 4 menuntut sedikitnya " + n(kOnTimePercent) + "%.",
             n(f.resolved_on_time) + " of " + n(f.resolved) + " resolved tickets met the SLA target; level 4 needs at least " + n(kOnTimePercent) + "%."})
      .judged(kImprovementJudged)
      .done();
}

Proposal propose_complaint_channel(const ComplaintFacts& f) {
  return Ladder()
      .step(f.tracked > 0,
            {n(f.tracked) + " pengaduan tahun ini masuk melalui portal dan dapat diikuti dengan kode pelacakan.",
             n(f.tracked) + " complaints in the year came through the portal and can be followed with a tracking code."},
            {"Belum ada pengaduan tahun ini melalui portal dengan kode pelacakan; tingkat 2 (interaksi) menuntutnya.",
             "No complaint in the year through the portal with a tracking code; level 2 (interaction) needs it."})
      .step(f.resolved > 0 && f.agencies > 0,
            {"Pengaduan diteruskan ke " + n(f.agencies) + " perangkat daerah dan " + n(f.resolved) + " diselesaikan dengan jawaban.",
             "Complaints were routed to " + n(f.agencies) + " agencies and " + n(f.resolved) + " resolved with an answer."},
            {"Belum ada pengaduan yang diteruskan dan diselesaikan; tingkat 3 (transaksi) menuntut alur penanganan sampai jawaban.",
             "No complaint was routed and resolved; level 3 (transaction) needs the handling workflow through to an answer."})
      .step(f.agencies >= 2 && on_time(f.answered_on_time, f.complaints) && on_time(f.resolved_on_time, f.resolved),
            {"Pengaduan ditangani lintas " + n(f.agencies) + " perangkat daerah, " + n(percent(f.answered_on_time, f.complaints)) +
                 "% ditanggapi dan " + n(percent(f.resolved_on_time, f.resolved)) + "% diselesaikan dalam target.",
             "Complaints are handled across " + n(f.agencies) + " agencies, " + n(percent(f.answered_on_time, f.complaints)) +
                 "% answered and " + n(percent(f.resolved_on_time, f.resolved)) + "% resolved within target."},
            {"Pengaduan ditangani " + n(f.agencies) + " perangkat daerah, " + n(f.answered_on_time) + " dari " + n(f.complaints) +
                 " ditanggapi dan " + n(f.resolved_on_time) + " dari " + n(f.resolved) + " diselesaikan dalam target; tingkat 4 (kolaborasi) menuntut lintas perangkat daerah dan sedikitnya " +
                 n(kOnTimePercent) + "% tepat waktu.",
             "Complaints handled by " + n(f.agencies) + " agencies, " + n(f.answered_on_time) + " of " + n(f.complaints) + " answered and " +
                 n(f.resolved_on_time) + " of " + n(f.resolved) + " resolved within target; level 4 (collaboration) needs several agencies and at least " +
                 n(kOnTimePercent) + "% on time."})
      .judged(kImprovementJudged)
      .done();
}

}  // namespace simpul::modules::evaluation
