#include "modules/architectures/rules.h"

#include <algorithm>
#include <map>

#include "modules/planning/period.h"

namespace simpul::modules::architectures {

namespace {

const std::map<std::string, Text>& reason_labels() {
  static const std::map<std::string, Text> labels{
      {"national_architecture_change", {"Penyesuaian atau perubahan Arsitektur SPBE Nasional", "Adjustment or change of the national SPBE architecture"}},
      {"evaluation_results", {"Hasil pemantauan dan evaluasi SPBE", "Results of SPBE monitoring and evaluation"}},
      {"element_change", {"Perubahan pada unsur SPBE", "Change in the SPBE elements"}},
      {"rpjmd_change", {"Perubahan RPJMD", "Change of the RPJMD"}},
      {"domain_change", {"Perubahan pada domain Arsitektur SPBE", "Change in an architecture domain"}},
      {"strategic_plan_change", {"Perubahan Rencana Strategis", "Change of the strategic plan"}},
      {"circumstances", {"Perkembangan keadaan", "Changed circumstances"}},
      {"regional_needs", {"Kebutuhan daerah", "The region's needs"}},
  };
  return labels;
}

// The grounds for a review as each regulation lists them (code, article). The profiles
// do not carry these lists, so they are kept here, checked against profiles/sources.
const std::map<std::string, std::vector<std::pair<std::string, std::string>>>& reasons_by_profile() {
  static const std::map<std::string, std::vector<std::pair<std::string, std::string>>> table{
      {"madiun", {{"national_architecture_change", "Pasal 6 ayat (11) huruf a"}, {"evaluation_results", "Pasal 6 ayat (11) huruf b"},
                  {"element_change", "Pasal 6 ayat (11) huruf c"}, {"rpjmd_change", "Pasal 6 ayat (11) huruf d"}}},
      {"batam", {{"national_architecture_change", "Pasal 7 ayat (9) huruf a"}, {"evaluation_results", "Pasal 7 ayat (9) huruf b"},
                 {"element_change", "Pasal 7 ayat (9) huruf c"}, {"rpjmd_change", "Pasal 7 ayat (9) huruf d"}}},
      {"kendari", {{"national_architecture_change", "Pasal 7 ayat (7) huruf a"}, {"evaluation_results", "Pasal 7 ayat (7) huruf b"},
                   {"rpjmd_change", "Pasal 7 ayat (7) huruf c"}}},
      // OKI lists the grounds for changing the architecture at any time (Pasal 6 ayat (5)).
      {"oki", {{"circumstances", "Pasal 6 ayat (5) huruf a"}, {"regional_needs", "Pasal 6 ayat (5) huruf b"},
               {"national_architecture_change", "Pasal 6 ayat (5) huruf c"}, {"evaluation_results", "Pasal 6 ayat (5) huruf d"}}},
      {"probolinggo", {{"national_architecture_change", "Pasal 10 ayat (2) huruf a"}, {"evaluation_results", "Pasal 10 ayat (2) huruf b"},
                       {"element_change", "Pasal 10 ayat (2) huruf c"}, {"domain_change", "Pasal 10 ayat (2) huruf d"},
                       {"strategic_plan_change", "Pasal 10 ayat (2) huruf e"}}},
  };
  return table;
}

const std::map<std::string, std::string>& decree_articles() {
  static const std::map<std::string, std::string> table{
      {"madiun", "Pasal 6 ayat (3)"}, {"batam", "Pasal 7 ayat (4)"}, {"kendari", "Pasal 7 ayat (4)"}, {"oki", "Pasal 6 ayat (4)"}};
  return table;
}

std::string cite(const std::string& article) { return article.empty() ? "" : " (" + article + ")"; }
int year_of(const std::string& date) { return std::stoi(date.substr(0, 4)); }

}  // namespace

const std::vector<std::string>& domain_names() {
  static const std::vector<std::string> names{"business_process", "data_information", "infrastructure",
                                              "application", "security", "service"};
  return names;
}

Text domain_label(const std::string& domain) {
  static const std::map<std::string, Text> labels{
      {"business_process", {"Proses Bisnis", "Business process"}},
      {"data_information", {"Data dan Informasi", "Data and information"}},
      {"infrastructure", {"Infrastruktur SPBE", "SPBE infrastructure"}},
      {"application", {"Aplikasi SPBE", "SPBE applications"}},
      {"security", {"Keamanan SPBE", "SPBE security"}},
      {"service", {"Layanan SPBE", "SPBE services"}},
  };
  auto it = labels.find(domain);
  return it == labels.end() ? Text{domain, domain} : it->second;
}

Regulation regulation_of(const simpul::profiles::Profile* profile) {
  Regulation reg;
  std::string name = profile ? profile->name : "";
  auto listed = reasons_by_profile().find(name);
  if (listed != reasons_by_profile().end()) {
    for (const auto& [code, article] : listed->second) reg.reasons.push_back({code, reason_labels().at(code), article});
  } else {
    // No regulation to cite: the four grounds the national pattern lists.
    for (const char* code : {"national_architecture_change", "evaluation_results", "element_change", "rpjmd_change"})
      reg.reasons.push_back({code, reason_labels().at(code), ""});
  }
  if (auto d = decree_articles().find(name); d != decree_articles().end()) reg.decree_article = d->second;
  if (!profile) return reg;
  // The schedule comes from the profile: a yearly review obligation, or the mid-term and
  // final-year one (Madiun encodes it as P2Y6M, Batam and Kendari as a required record).
  for (const auto& o : profile->obligations) {
    bool review_event = o.rule.kind == "periodic_event" && o.rule.value("event") == "architecture_review";
    if (review_event) {
      const auto* period = o.rule.period("period");
      reg.schedule = period && period->total_months() > 0 && period->total_months() <= 12 ? "annual" : "mid_term_and_final_year";
      reg.schedule_article = o.article;
      break;
    }
    const auto& fields = o.rule.list("fields");
    bool mid_term_record = o.rule.kind == "required_record" && o.rule.value("record") == "architecture_review" &&
                           std::find(fields.begin(), fields.end(), "midterm_review") != fields.end();
    if (mid_term_record) reg.schedule_article = o.article;
  }
  return reg;
}

std::set<std::string> review_kinds(const Regulation& reg) {
  if (reg.schedule == "annual") return {"annual", "on_demand"};
  return {"mid_term", "final_year", "on_demand"};
}

std::set<std::string> reason_codes(const Regulation& reg) {
  std::set<std::string> out;
  for (const auto& r : reg.reasons) out.insert(r.code);
  return out;
}

std::vector<std::string> next_statuses(const std::string& status) {
  if (status == "draft") return {"in_review"};
  if (status == "in_review") return {"draft", "enacted"};
  if (status == "enacted") return {"superseded"};
  return {};
}

std::optional<Text> cannot_transition(const Architecture& a, const std::string& to) {
  for (const auto& s : next_statuses(a.status))
    if (s == to) return std::nullopt;
  if (to == "enacted" && a.status == "draft")
    return Text{"Rancangan arsitektur direviu dulu (in_review) sebelum ditetapkan.",
                "A draft architecture goes to review (in_review) before it is enacted."};
  if (to == "superseded")
    return Text{"Hanya arsitektur yang berlaku yang dapat digantikan.", "Only an enacted architecture can be superseded."};
  if (a.status == "superseded")
    return Text{"Arsitektur yang sudah digantikan tidak berubah lagi.", "A superseded architecture no longer changes."};
  if (a.status == "enacted")
    return Text{"Arsitektur yang berlaku hanya dapat digantikan; perubahan isinya melalui reviu atau versi baru.",
                "An enacted architecture can only be superseded; its contents change through a review or a new version."};
  return Text{"Langkah dari " + a.status + " ke " + to + " tidak ada.", "There is no step from " + a.status + " to " + to + "."};
}

std::vector<FieldError> enact_errors(const Architecture& a, const Regulation& reg) {
  std::vector<FieldError> errors;
  auto why = cite(reg.decree_article);
  if (a.decree_number.empty())
    errors.push_back({"decree_number", {"Arsitektur SPBE ditetapkan dengan keputusan kepala daerah" + why + ": isi nomor keputusannya.",
                                        "The SPBE architecture is enacted by the region head's decree" + why + ": enter the decree number."}});
  if (a.decree_date.empty())
    errors.push_back({"decree_date", {"Isi tanggal keputusan yang menetapkan arsitektur" + why + ".",
                                      "Enter the date of the decree that enacts the architecture" + why + "."}});
  return errors;
}

std::optional<Text> cannot_edit_content(const Architecture& a) {
  if (a.status == "draft" || a.status == "in_review") return std::nullopt;
  return Text{"Isi arsitektur yang sudah ditetapkan tidak diubah langsung; catat reviu atau susun versi baru.",
              "An enacted architecture is not edited in place; record a review or draft a new version."};
}

std::optional<Text> cannot_change_coordinator(const Architecture& a) {
  if (a.status != "superseded") return std::nullopt;
  return Text{"Arsitektur yang sudah digantikan tidak berubah lagi.", "A superseded architecture no longer changes."};
}

std::optional<Text> cannot_review(const Architecture& a) {
  if (a.status == "enacted") return std::nullopt;
  return Text{"Reviu dicatat untuk arsitektur yang berlaku (sudah ditetapkan dan belum digantikan).",
              "Reviews are recorded for the architecture in force (enacted and not superseded)."};
}

std::vector<FieldError> version_errors(const Architecture& a) {
  std::vector<FieldError> errors;
  if (a.title.empty()) errors.push_back({"title", {"Isi judul arsitektur (1-200 karakter).", "Enter the architecture's title (1-200 characters)."}});
  auto period = planning::period_errors(a.start_year, a.end_year);
  errors.insert(errors.end(), period.begin(), period.end());
  return errors;
}

std::optional<Architecture> overlapping_version(const Architecture& a, const std::vector<Architecture>& others) {
  planning::YearPeriod period{a.start_year, a.end_year};
  for (const auto& o : others)
    if (o.id != a.id && o.status != "superseded" && period.overlaps({o.start_year, o.end_year})) return o;
  return std::nullopt;
}

std::vector<FieldError> review_errors(const Architecture& a, const Regulation& reg, const Review& r, const std::string& today) {
  std::vector<FieldError> errors;
  planning::YearPeriod period{a.start_year, a.end_year};
  auto why = cite(reg.schedule_article);
  if (!review_kinds(reg).count(r.kind)) {
    errors.push_back({"kind", reg.schedule == "annual"
                                  ? Text{"Peraturan daerah Anda mengatur reviu tahunan" + why + ": pilih annual atau on_demand.",
                                         "Your region's regulation sets a yearly review" + why + ": choose annual or on_demand."}
                                  : Text{"Peraturan daerah Anda mengatur reviu paruh waktu dan tahun terakhir" + why +
                                             ": pilih mid_term, final_year atau on_demand.",
                                         "Your region's regulation sets mid-term and final-year reviews" + why +
                                             ": choose mid_term, final_year or on_demand."}});
  }
  for (const auto& done : a.reviews)
    if (done.kind == r.kind && (r.kind == "mid_term" || r.kind == "final_year"))
      errors.push_back({"kind", {"Reviu ini sudah dicatat pada " + done.review_date + ".", "This review was already recorded on " + done.review_date + "."}});
  if (r.review_date > today)
    errors.push_back({"review_date", {"Tanggal reviu tidak boleh di masa depan.", "The review date cannot be in the future."}});
  else if (!a.decree_date.empty() && r.review_date < a.decree_date)
    errors.push_back({"review_date", {"Tanggal reviu tidak boleh sebelum penetapan arsitektur (" + a.decree_date + ").",
                                      "The review date cannot be before the architecture was enacted (" + a.decree_date + ")."}});
  else if (r.kind == "mid_term" && year_of(r.review_date) < period.mid_term_year())
    errors.push_back({"review_date", {"Reviu paruh waktu dilakukan mulai tahun " + std::to_string(period.mid_term_year()) + why + ".",
                                      "The mid-term review takes place from " + std::to_string(period.mid_term_year()) + why + "."}});
  else if (r.kind == "final_year" && year_of(r.review_date) < period.final_year())
    errors.push_back({"review_date", {"Reviu tahun terakhir dilakukan mulai tahun " + std::to_string(period.final_year()) + why + ".",
                                      "The final-year review takes place from " + std::to_string(period.final_year()) + why + "."}});
  if (r.kind == "on_demand" && r.reasons.empty())
    errors.push_back({"reasons", {"Reviu sewaktu-waktu menyebutkan alasannya.", "A review on demand states its reasons."}});
  return errors;
}

std::vector<DueReview> due_reviews(const Architecture& a, const Regulation& reg, const std::string& today) {
  planning::YearPeriod period{a.start_year, a.end_year};
  std::vector<DueReview> out;
  auto add = [&](const std::string& kind, int year, auto done_by) {
    DueReview d{kind, year, planning::end_of_year(year), std::nullopt, ""};
    for (const auto& r : a.reviews)
      if (done_by(r)) d.review_id = r.id;
    auto first_day = std::to_string(year) + "-01-01";
    if (d.review_id) d.state = "done";
    else if (a.status != "enacted") d.state = "not_in_force";
    else if (today > d.due_date) d.state = "overdue";
    else if (today >= first_day) d.state = "due_soon";
    else d.state = "on_track";
    out.push_back(d);
  };
  if (reg.schedule == "annual") {
    for (int y : period.each_year())
      add("annual", y, [&](const Review& r) { return r.kind != "mid_term" && r.kind != "final_year" && year_of(r.review_date) == y; });
  } else {
    add("mid_term", period.mid_term_year(), [](const Review& r) { return r.kind == "mid_term"; });
    add("final_year", period.final_year(), [](const Review& r) { return r.kind == "final_year"; });
  }
  return out;
}

}  // namespace simpul::modules::architectures
