#include "modules/compliance/report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "core/text.h"
#include "export/pdf.h"
#include "export/xlsx.h"
#include "modules/agencies/store.h"
#include "modules/compliance/rules.h"
#include "modules/regions/store.h"

namespace simpul::modules::compliance {

namespace {

constexpr Status kStatuses[] = {Status::overdue, Status::not_met, Status::due_soon, Status::met, Status::not_applicable};

// How long a duty's sentence may be in the PDF's table; the XLSX carries it whole.
constexpr size_t kSentenceInPdf = 180;

// Each status's colour: strong in the charts, light behind the status cell of a table.
struct StatusColours {
  Status status;
  const char* strong;
  const char* light;
};
constexpr StatusColours kColours[] = {
    {Status::overdue, "#b91c1c", "#fecaca"},  {Status::not_met, "#ea580c", "#fed7aa"},
    {Status::due_soon, "#ca8a04", "#fef08a"}, {Status::met, "#15803d", "#bbf7d0"},
    {Status::not_applicable, "#9ca3af", "#e5e7eb"},
};
const StatusColours& colours_of(Status s) {
  for (const auto& c : kColours)
    if (c.status == s) return c;
  return kColours[1];
}

int count_of(const Tally& t, Status s) {
  switch (s) {
    case Status::overdue: return t.overdue;
    case Status::not_met: return t.not_met;
    case Status::due_soon: return t.due_soon;
    case Status::met: return t.met;
    case Status::not_applicable: return t.not_applicable;
  }
  return 0;
}

// "72,5%" as Indonesian writes it; "-" when nothing applies.
std::string percent(std::optional<double> share) {
  if (!share) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", *share * 100);
  std::string out = buf;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string evidence_text(const Finding& f) {
  std::string out;
  for (const auto& e : f.check.evidence) {
    if (!out.empty()) out += "; ";
    out += e.label.id + (e.date.empty() ? "" : " (" + e.date + ")");
  }
  return out.empty() ? "-" : out;
}

std::string citation_of(const profiles::Profile& profile) {
  return profile.citation.title + " (" + profile.citation.short_name + ")";
}

// "Madiun" of "Kota Madiun": the place a letter is dated at.
std::string place_of(const std::string& region_name) {
  for (const char* prefix : {"Kota ", "Kabupaten "})
    if (region_name.rfind(prefix, 0) == 0) return region_name.substr(std::string(prefix).size());
  return region_name;
}

std::string scope_of(const Report& r) {
  return r.agency_id ? r.agency_name : "Seluruh perangkat daerah " + r.region_name;
}

Signer signer_of(db::Connection& c, const std::string& region_id, int64_t agency_id, const std::string& agency_name) {
  Signer s{"Kepala " + agency_name, "", ""};
  auto rows = c.query(
      "SELECT p.title, pe.name, pe.nip FROM positions p LEFT JOIN people pe ON pe.person_id = p.holder_person_id "
      "WHERE p.region_id = ? AND p.agency_id = ? AND p.is_head = 1",
      {region_id, agency_id});
  if (rows.empty()) return s;
  s.office = rows[0].text(0);
  if (!rows[0].is_null(1)) s.name = rows[0].text(1);
  if (!rows[0].is_null(2)) s.nip = rows[0].text(2);
  return s;
}

// ---------------------------------------------------------------------------------- PDF parts

void summary_pdf(pdf::Document& d, const Tally& t) {
  d.heading("Ringkasan");
  std::vector<std::vector<std::string>> rows;
  std::vector<pdf::Colour> fills;
  std::vector<pdf::Segment> segments;
  for (Status s : kStatuses) {
    int n = count_of(t, s);
    rows.push_back({status_label(s).id, std::to_string(n)});
    fills.push_back(pdf::colour(colours_of(s).light));
    segments.push_back({status_label(s).id + " (" + std::to_string(n) + ")", double(n), pdf::colour(colours_of(s).strong)});
  }
  rows.push_back({"Kewajiban yang berlaku", std::to_string(t.applicable())});
  rows.push_back({"Persentase dipenuhi", percent(t.share_met())});
  d.table({{"Status", 3}, {"Jumlah", 1}}, rows, fills, 0);
  d.stacked_bar("Sebaran status kewajiban", segments);
  d.paragraph("Persentase dipenuhi menghitung kewajiban yang dipenuhi dan yang segera jatuh tempo dari seluruh "
              "kewajiban yang berlaku (" + std::to_string(t.applicable()) + ").");
}

void agencies_pdf(pdf::Document& d, const std::vector<AgencySummary>& agencies) {
  d.heading("Kepatuhan per perangkat daerah");
  std::vector<pdf::Bar> bars;
  for (const auto& a : agencies) bars.push_back({a.name, a.tally.share_met().value_or(0), percent(a.tally.share_met())});
  // The chart reads from those that need attention most.
  std::stable_sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  d.bar_chart("Persentase dipenuhi per perangkat daerah", bars, 1.0, pdf::colour(colours_of(Status::met).strong));
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : agencies) {
    std::vector<std::string> row{a.name};
    for (Status s : kStatuses) row.push_back(std::to_string(count_of(a.tally, s)));
    row.push_back(percent(a.tally.share_met()));
    row.push_back(a.next_due.empty() ? "-" : a.next_due);
    rows.push_back(std::move(row));
  }
  d.table({{"Perangkat daerah", 4},
           {"Terlambat", 1.3f},
           {"Belum dipenuhi", 1.3f},
           {"Segera jatuh tempo", 1.3f},
           {"Dipenuhi", 1.3f},
           {"Tidak berlaku", 1.3f},
           {"% dipenuhi", 1.3f},
           {"Jatuh tempo terdekat", 1.8f}},
          rows);
}

void findings_pdf(pdf::Document& d, const std::string& heading, const std::vector<const Finding*>& findings,
                  const std::string& when_none) {
  d.heading(heading + " (" + std::to_string(findings.size()) + ")");
  if (findings.empty()) return d.paragraph(when_none);
  std::vector<std::vector<std::string>> rows;
  std::vector<pdf::Colour> fills;
  for (const Finding* f : findings) {
    rows.push_back({f->obligation->article, shortened(f->obligation->text, kSentenceInPdf), f->subject.name,
                    status_label(f->check.status).id, f->check.due_on.empty() ? "-" : f->check.due_on, evidence_text(*f)});
    fills.push_back(pdf::colour(colours_of(f->check.status).light));
  }
  d.table({{"Pasal", 1.6f}, {"Kewajiban", 3.8f}, {"Subjek", 1.8f}, {"Status", 1.3f}, {"Jatuh tempo", 1.2f}, {"Bukti", 2}},
          rows, fills, 3);
}

void signature_pdf(pdf::Document& d, const Report& r) {
  const std::string blank = "..............................";
  d.signature({{place_of(r.region_name) + ", " + long_date(r.evaluation.today), "Mengetahui,", r.signer.office},
               r.signer.name.empty() ? "(" + blank + ")" : r.signer.name,
               {"NIP " + (r.signer.nip.empty() ? blank : r.signer.nip)}});
}

// ---------------------------------------------------------------------------------- XLSX parts

xlsx::Sheet summary_sheet(const Report& r, const profiles::Profile& profile) {
  xlsx::Sheet s{"Ringkasan", {"Status", "Kode", "Jumlah"}, {}, {}};
  s.preamble = {{std::string("Laporan Kepatuhan SPBE")},
                {std::string("Daerah"), r.region_name},
                {std::string("Perangkat daerah"), r.agency_id ? r.agency_name : std::string("Seluruh perangkat daerah")},
                {std::string("Peraturan"), citation_of(profile)},
                {std::string("Keadaan per"), r.evaluation.today}};
  Tally t = tally_of(r.evaluation.findings);
  for (Status s2 : kStatuses) {
    s.fills.push_back({s.rows.size(), 0, colours_of(s2).light});
    s.rows.push_back({status_label(s2).id, std::string(status_name(s2)), int64_t{count_of(t, s2)}});
  }
  s.rows.push_back({std::string("Kewajiban yang berlaku"), std::string("applicable"), int64_t{t.applicable()}});
  s.rows.push_back({std::string("Persentase dipenuhi"), std::string("share_met"), percent(t.share_met())});
  return s;
}

xlsx::Sheet findings_sheet(const Report& r, const profiles::Profile& profile) {
  xlsx::Sheet s{"Kewajiban",
                {"Pasal", "Sitasi", "Kewajiban", "Subjek", "Jenis subjek", "Perangkat daerah", "Status", "Kode status",
                 "Jatuh tempo", "Dasar", "Alasan", "Bukti", "Kode kewajiban"},
                {},
                {}};
  std::map<int64_t, std::string> agency_names;
  for (const auto& a : r.agencies) agency_names[a.agency_id] = a.name;
  if (r.agency_id) agency_names[*r.agency_id] = r.agency_name;
  for (const auto& f : r.evaluation.findings) {
    const auto& o = *f.obligation;
    std::string agency = f.subject.agency_id ? agency_names[*f.subject.agency_id] : "";
    s.fills.push_back({s.rows.size(), 6, colours_of(f.check.status).light});
    s.rows.push_back({o.article, profile.citation.short_name + " " + o.article, o.text, f.subject.name, f.subject.kind,
                      agency, status_label(f.check.status).id, std::string(status_name(f.check.status)), f.check.due_on,
                      f.basis == "data" ? std::string("Data Simpul") : std::string("Pernyataan"), f.check.reason.id,
                      evidence_text(f), o.id});
  }
  return s;
}

xlsx::Sheet agencies_sheet(const Report& r) {
  xlsx::Sheet s{"Per Perangkat Daerah",
                {"Perangkat daerah", "ID", "Terlambat", "Belum dipenuhi", "Segera jatuh tempo", "Dipenuhi", "Tidak berlaku",
                 "Berlaku", "Persentase dipenuhi", "Jatuh tempo terdekat"},
                {},
                {}};
  for (const auto& a : r.agencies) {
    std::vector<xlsx::Cell> row{a.name, int64_t{a.agency_id}};
    for (Status st : kStatuses) row.push_back(int64_t{count_of(a.tally, st)});
    row.push_back(int64_t{a.tally.applicable()});
    row.push_back(percent(a.tally.share_met()));
    row.push_back(a.next_due);
    s.rows.push_back(std::move(row));
  }
  return s;
}

}  // namespace

Report load_report(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                   std::optional<int64_t> agency_id) {
  Report r;
  r.region_id = region_id;
  r.agency_id = agency_id;
  auto region = regions::find(c, region_id);
  r.region_name = region ? region->name : region_id;
  r.evaluation = evaluate(c, region_id, profile, agency_id);
  sort_soonest_first(r.evaluation.findings);
  if (agency_id) {
    auto a = agencies::find(c, region_id, *agency_id);
    if (a) r.agency_name = a->name, r.agency_short_name = a->short_name;
    r.signer = signer_of(c, region_id, *agency_id, r.agency_name);
    return r;
  }
  r.agencies = by_agency(r.evaluation);
  // The region's report is signed by the head of the ICT office, which runs the monitoring.
  auto ict = c.query("SELECT agency_id, name FROM agencies WHERE region_id = ? AND ict_office = 1 ORDER BY agency_id LIMIT 1",
                     {region_id});
  r.signer = ict.empty() ? Signer{"Kepala Perangkat Daerah yang membidangi komunikasi dan informatika", "", ""}
                         : signer_of(c, region_id, ict[0].int64(0), ict[0].text(1));
  return r;
}

std::string report_pdf(const Report& r, const profiles::Profile& profile) {
  const auto& e = r.evaluation;
  pdf::Document d("Laporan Kepatuhan SPBE - " + scope_of(r), "Laporan Kepatuhan SPBE - " + scope_of(r) + " - " + e.today);
  d.title("Laporan Kepatuhan SPBE");
  d.facts({{"Daerah", r.region_name},
           {"Perangkat daerah", r.agency_id ? r.agency_name : "Seluruh perangkat daerah dan kewajiban daerah"},
           {"Peraturan", citation_of(profile)},
           {"Keadaan per", long_date(e.today)}});
  d.paragraph("Setiap kewajiban dalam " + profile.citation.short_name +
              " dinilai terhadap data Simpul pada tanggal laporan: dari catatan yang disimpan Simpul, atau dari "
              "pernyataan kepatuhan penanggung jawabnya bila Simpul tidak menyimpan catatannya. Kewajiban tanpa "
              "catatan maupun pernyataan dinilai belum dipenuhi.");
  summary_pdf(d, tally_of(e.findings));
  if (!r.agency_id) agencies_pdf(d, r.agencies);

  std::vector<const Finding*> open, met;
  int not_applicable = 0;
  for (const auto& f : e.findings) {
    if (is_open(f)) open.push_back(&f);
    else if (f.check.status == Status::met) met.push_back(&f);
    else ++not_applicable;
  }
  findings_pdf(d, "Kewajiban yang harus ditindaklanjuti", open, "Tidak ada kewajiban yang harus ditindaklanjuti.");
  // The region's list of duties met runs to hundreds of rows: its PDF counts them and leaves the
  // list to the workbook, so what is signed stays readable.
  if (r.agency_id) findings_pdf(d, "Kewajiban yang dipenuhi", met, "Belum ada kewajiban yang dipenuhi.");
  else d.paragraph(std::to_string(met.size()) + " kewajiban dipenuhi; rinciannya ada dalam berkas XLSX laporan ini.");
  if (not_applicable > 0)
    d.paragraph(std::to_string(not_applicable) +
                " kewajiban tidak berlaku bagi subjeknya; rinciannya ada dalam berkas XLSX laporan ini.");
  signature_pdf(d, r);
  return d.finish();
}

std::string report_xlsx(const Report& r, const profiles::Profile& profile) {
  std::vector<xlsx::Sheet> sheets{summary_sheet(r, profile), findings_sheet(r, profile)};
  if (!r.agency_id) sheets.push_back(agencies_sheet(r));
  return xlsx::write_workbook(sheets);
}

std::string report_file_stem(const Report& r) {
  std::string out = "kepatuhan-";
  for (char ch : r.agency_id ? r.agency_short_name : r.region_id) {
    auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (out.back() != '-') out += '-';
  }
  if (out.back() != '-') out += '-';
  return out + r.evaluation.today;
}

std::string long_date(const std::string& date) {
  static const char* const kMonths[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                        "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  int y = 0, m = 0, d = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) return date;
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

std::string shortened(const std::string& text, size_t max_chars) {
  if (utf8_length(text) <= max_chars) return text;
  size_t chars = 0, cut = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max_chars) break;
    ++chars;
    cut = i + 1;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  }
  std::string head = text.substr(0, cut);
  if (auto space = head.rfind(' '); space != std::string::npos && space > head.size() / 2) head.resize(space);
  while (!head.empty() && (head.back() == ' ' || head.back() == ',' || head.back() == ';' || head.back() == ':'))
    head.pop_back();
  return head + "\u2026";
}

}  // namespace simpul::modules::compliance
