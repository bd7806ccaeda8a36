#include "modules/roadmaps/rules.h"

#include <map>

#include "core/body_reader.h"
#include "core/dates.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::roadmaps {

namespace {

struct KnownReason {
  std::string code;
  Text label;
  std::map<std::string, std::string> articles;  // profile name → article that lists it
};

// Every reason the five regulations list for changing the roadmap.
const std::vector<KnownReason>& known_reasons() {
  static const std::vector<KnownReason> all = {
      {"national_roadmap_change", {"Penyesuaian atau perubahan Peta Rencana SPBE Nasional", "Change of the national SPBE roadmap"},
       {{"madiun", "Pasal 7 ayat (6) huruf a"}, {"batam", "Pasal 8 ayat (6) huruf a"}, {"kendari", "Pasal 8 ayat (5) huruf a"},
        {"oki", "Pasal 7 ayat (3) huruf c"}}},
      {"rpjmd_change", {"Perubahan RPJMD", "Change of the RPJMD (regional medium-term development plan)"},
       {{"batam", "Pasal 8 ayat (6) huruf b"}, {"kendari", "Pasal 8 ayat (5) huruf b"}}},
      {"strategic_plan_change", {"Perubahan rencana strategis Pemerintah Daerah", "Change of the region's strategic plan"},
       {{"madiun", "Pasal 7 ayat (6) huruf b"}, {"oki", "Pasal 7 ayat (3) huruf d"}}},
      {"evaluation_results", {"Hasil pemantauan dan evaluasi SPBE", "Results of SPBE monitoring and evaluation"},
       {{"madiun", "Pasal 7 ayat (6) huruf c"}, {"batam", "Pasal 8 ayat (6) huruf c"}, {"kendari", "Pasal 8 ayat (5) huruf c"},
        {"oki", "Pasal 7 ayat (3) huruf f"}, {"probolinggo", "Pasal 11 ayat (4) huruf c"}}},
      {"spbe_element_change", {"Perubahan pada unsur SPBE Pemerintah Daerah", "Change of an SPBE element of the region"},
       {{"madiun", "Pasal 7 ayat (6) huruf d"}, {"batam", "Pasal 8 ayat (6) huruf d"}}},
      {"architecture_change", {"Perubahan Arsitektur SPBE", "Change of the SPBE architecture"},
       {{"oki", "Pasal 7 ayat (3) huruf e"}, {"probolinggo", "Pasal 11 ayat (4) huruf a"}}},
      {"work_plan_change", {"Perubahan Rencana Kerja", "Change of the work plan"}, {{"probolinggo", "Pasal 11 ayat (4) huruf b"}}},
      {"annual_revision", {"Revisi tahunan (paling sedikit sekali setahun)", "Yearly revision (at least once a year)"},
       {{"probolinggo", "Pasal 11 ayat (4)"}}},
      {"circumstances", {"Perkembangan keadaan", "Changed circumstances"}, {{"oki", "Pasal 7 ayat (3) huruf a"}}},
      {"regional_needs", {"Kebutuhan daerah", "Needs of the region"}, {{"oki", "Pasal 7 ayat (3) huruf b"}}},
      {"legislation", {"Ketentuan peraturan perundang-undangan", "Laws and regulations"}, {{"oki", "Pasal 7 ayat (3) huruf g"}}},
  };
  return all;
}

const Text kTitle{"Isi judul peta rencana (1-300 karakter).", "Enter the roadmap's title (1-300 characters)."};
const Text kYear{"Tahun berupa bilangan bulat, misalnya 2025.", "A year is a whole number, e.g. 2025."};
const Text kDecreeNumber{"Nomor keputusan 1-200 karakter.", "The decree number has 1-200 characters."};
const Text kDecreeDate{"Tanggal keputusan berformat TTTT-BB-HH, misalnya 2024-03-15.", "The decree date is YYYY-MM-DD, e.g. 2024-03-15."};

std::optional<int> year_field(BodyReader& r, const std::string& name, bool required) {
  const auto& body = r.body();
  if (!r.has(name) || body[name].is_null()) {
    if (required) r.add(name, kYear);
    return std::nullopt;
  }
  if (!body[name].is_number_integer() || body[name].get<int64_t>() < -100000 || body[name].get<int64_t>() > 100000)
    return r.add(name, kYear), std::nullopt;
  return static_cast<int>(body[name].get<int64_t>());
}

// "" when given as null or empty (clear), the text when given, nothing when absent.
std::optional<std::string> clearable(BodyReader& r, const std::string& name, size_t max, const Text& message) {
  auto v = r.nullable_text(name, max, message);
  if (!v) return std::nullopt;
  return v->value_or("");
}

std::optional<std::string> clearable_date(BodyReader& r, const std::string& name, const Text& message) {
  auto v = r.nullable_date(name, message);
  if (!v) return std::nullopt;
  return v->value_or("");
}

ChangeInput parse_change(BodyReader& r, const std::vector<ChangeReason>& reasons) {
  std::set<std::string> codes;
  std::string list;
  for (const auto& c : reasons) codes.insert(c.code), list += (list.empty() ? "" : ", ") + c.code;
  ChangeInput in;
  if (auto reason = r.word("change_reason", codes, false,
                           {"Pilih alasan perubahan yang diatur peraturan daerah Anda: " + list + ".",
                            "Choose a reason for the change that your regulation lists: " + list + "."}))
    in.reason = *reason;
  if (auto note = clearable(r, "change_note", 2000, {"Catatan perubahan sampai 2000 karakter.", "The change note has up to 2000 characters."}))
    in.note = *note;
  if (auto number = clearable(r, "change_decree_number", 200, kDecreeNumber)) in.decree_number = *number;
  if (auto date = clearable_date(r, "change_decree_date", kDecreeDate)) in.decree_date = *date;
  if (in.decree_number.empty() != in.decree_date.empty())
    r.add(in.decree_number.empty() ? "change_decree_number" : "change_decree_date",
          {"Isi nomor dan tanggal keputusan perubahan, keduanya atau tidak sama sekali.",
           "Give both the number and the date of the decree of the change, or neither."});
  return in;
}

bool is_default(const YearPlan& y) { return y.target.empty() && y.planned_status == "not_planned" && y.actual_status == "not_started"; }

}  // namespace

std::vector<ChangeReason> change_reasons(const std::string& profile_name) {
  // A region whose regulation is none of the five may use every reason, without an article.
  bool known_profile = false;
  for (const auto& k : known_reasons()) known_profile |= k.articles.count(profile_name) > 0;
  std::vector<ChangeReason> out;
  for (const auto& k : known_reasons()) {
    auto it = k.articles.find(profile_name);
    if (it != k.articles.end()) out.push_back({k.code, k.label, it->second});
    else if (!known_profile) out.push_back({k.code, k.label, ""});
  }
  return out;
}

RoadmapInput parse_roadmap(const nlohmann::json& body, bool creating, const std::vector<ChangeReason>& reasons) {
  BodyReader r(body, creating ? std::initializer_list<const char*>{"title", "start_year", "end_year", "decree_number", "decree_date"}
                              : std::initializer_list<const char*>{"title", "start_year", "end_year", "decree_number", "decree_date",
                                                                   "change_reason", "change_note", "change_decree_number",
                                                                   "change_decree_date"});
  RoadmapInput in;
  in.title = r.text("title", creating, 300, kTitle);
  in.start_year = year_field(r, "start_year", creating);
  in.end_year = year_field(r, "end_year", creating);
  in.decree_number = clearable(r, "decree_number", 200, kDecreeNumber);
  in.decree_date = clearable_date(r, "decree_date", kDecreeDate);
  if (!creating) in.change = parse_change(r, reasons);
  r.check();
  return in;
}

ActivityInput parse_activity(const nlohmann::json& body, bool creating, const std::vector<ChangeReason>& reasons) {
  BodyReader r(body, {"program", "name", "area", "owner_agency_id", "description", "years", "change_reason", "change_note",
                      "change_decree_number", "change_decree_date"});
  ActivityInput in;
  in.program = r.text("program", creating, 300, {"Isi nama program (1-300 karakter).", "Enter the program's name (1-300 characters)."});
  in.name = r.text("name", creating, 300, {"Isi nama kegiatan (1-300 karakter).", "Enter the activity's name (1-300 characters)."});
  in.area = r.word("area", area_codes(), creating,
                   {"Pilih salah satu dari tujuh cakupan: governance, management, services, infrastructure, applications, security, audit.",
                    "Choose one of the seven areas: governance, management, services, infrastructure, applications, security, audit."});
  in.owner_agency_id = r.id("owner_agency_id", creating, {"Pilih perangkat daerah pelaksana.", "Choose the agency that carries it out."});
  if (auto d = clearable(r, "description", 4000, {"Uraian sampai 4000 karakter.", "The description has up to 4000 characters."}))
    in.description = *d;
  if (r.has("years")) {
    if (!body["years"].is_array())
      r.add("years", {"Tahun-tahun berupa daftar: [{\"year\": 2025, \"target\": \"…\", \"planned_status\": \"planned\"}].",
                      "Years are a list: [{\"year\": 2025, \"target\": \"…\", \"planned_status\": \"planned\"}]."});
    else
      in.years = body["years"];
  }
  in.change = parse_change(r, reasons);
  r.check();
  return in;
}

MonitoringInput parse_monitoring(const nlohmann::json& body) {
  BodyReader r(body, {"year", "date", "summary", "findings"});
  MonitoringInput in;
  if (auto y = year_field(r, "year", true)) in.year = *y;
  const Text date_message{"Isi tanggal pemantauan (TTTT-BB-HH).", "Enter the monitoring date (YYYY-MM-DD)."};
  auto date = r.nullable_date("date", date_message);  // a malformed date has its error already
  if (date && *date) in.date = **date;
  else if (!r.has("date") || body["date"].is_null()) r.add("date", date_message);
  if (auto s = r.text("summary", true, 4000, {"Isi ringkasan hasil pemantauan dan evaluasi (1-4000 karakter).",
                                              "Enter a summary of the monitoring and evaluation (1-4000 characters)."}))
    in.summary = *s;
  if (auto f = clearable(r, "findings", 8000, {"Temuan sampai 8000 karakter.", "Findings have up to 8000 characters."}))
    in.findings = *f;
  r.check();
  return in;
}

std::vector<FieldError> roadmap_errors(const Roadmap& r) {
  std::vector<FieldError> errors = planning::period_errors(r.start_year, r.end_year);
  if (r.title.empty()) errors.push_back({"title", kTitle});
  if (r.decree_number.empty() != r.decree_date.empty())
    errors.push_back({r.decree_number.empty() ? "decree_number" : "decree_date",
                      {"Isi nomor dan tanggal Keputusan, keduanya atau tidak sama sekali.",
                       "Give both the decree's number and its date, or neither."}});
  return errors;
}

std::vector<YearPlan> default_years(const planning::YearPeriod& period) {
  std::vector<YearPlan> out;
  for (int y : period.each_year()) {
    YearPlan plan;
    plan.year = y;
    out.push_back(plan);
  }
  return out;
}

std::vector<FieldError> merge_years(std::vector<YearPlan>& years, const nlohmann::json& entries,
                                    const planning::YearPeriod& period) {
  std::vector<FieldError> errors;
  std::set<int> seen;
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    std::string field = "years[" + std::to_string(i) + "]";
    if (!e.is_object()) {
      errors.push_back({field, {"Setiap tahun berupa objek {\"year\", \"target\", \"planned_status\", \"actual_status\"}.",
                                "Each year is an object {\"year\", \"target\", \"planned_status\", \"actual_status\"}."}});
      continue;
    }
    for (const auto& [k, _] : e.items())
      if (k != "year" && k != "target" && k != "planned_status" && k != "actual_status")
        errors.push_back({field + "." + k, {"Isian ini tidak dikenal.", "Unknown field."}});
    if (!e.contains("year") || !e["year"].is_number_integer()) {
      errors.push_back({field + ".year", kYear});
      continue;
    }
    auto year64 = e["year"].get<int64_t>();
    if (!period.contains(static_cast<int>(year64)) || year64 < period.start_year || year64 > period.end_year) {
      errors.push_back({field + ".year", {"Tahun " + std::to_string(year64) + " di luar periode peta rencana (" + period.label() + ").",
                                          "The year " + std::to_string(year64) + " is outside the roadmap's period (" + period.label() + ")."}});
      continue;
    }
    int year = static_cast<int>(year64);
    if (!seen.insert(year).second) {
      errors.push_back({field + ".year", {"Tahun " + std::to_string(year) + " disebut lebih dari sekali.",
                                          "The year " + std::to_string(year) + " is given more than once."}});
      continue;
    }
    YearPlan* plan = nullptr;
    for (auto& y : years)
      if (y.year == year) plan = &y;
    if (!plan) continue;  // the caller's years always cover the period
    if (e.contains("target")) {
      if (!e["target"].is_string() || e["target"].get<std::string>().size() > 2000)
        errors.push_back({field + ".target", {"Target berupa teks sampai 2000 karakter.", "The target is text of up to 2000 characters."}});
      else
        plan->target = e["target"].get<std::string>();
    }
    if (e.contains("planned_status")) {
      if (!e["planned_status"].is_string() || !kPlannedStatuses.count(e["planned_status"].get<std::string>()))
        errors.push_back({field + ".planned_status", {"Rencana: planned (direncanakan) atau not_planned (tidak direncanakan).",
                                                      "Plan: planned or not_planned."}});
      else
        plan->planned_status = e["planned_status"].get<std::string>();
    }
    if (e.contains("actual_status")) {
      if (!e["actual_status"].is_string() || !kActualStatuses.count(e["actual_status"].get<std::string>()))
        errors.push_back({field + ".actual_status",
                          {"Realisasi: not_started, in_progress, done, delayed atau cancelled.",
                           "Actual status: not_started, in_progress, done, delayed or cancelled."}});
      else
        plan->actual_status = e["actual_status"].get<std::string>();
    }
  }
  return errors;
}

std::vector<FieldError> reshape_years(std::vector<YearPlan>& years, const planning::YearPeriod& to, const std::string& field) {
  std::vector<YearPlan> out = default_years(to);
  for (const auto& y : years) {
    bool kept = false;
    for (auto& o : out)
      if (o.year == y.year) o = y, kept = true;
    if (!kept && !is_default(y))
      return {{field, {"Tahun " + std::to_string(y.year) + " sudah berisi rencana kegiatan dan akan keluar dari periode; "
                       "kosongkan dulu tahun itu pada kegiatan yang bersangkutan.",
                       "The year " + std::to_string(y.year) + " already holds planned activities and would fall outside the "
                       "period; clear that year in those activities first."}}};
  }
  years = out;
  return {};
}

std::vector<std::string> plan_changes(const Activity& before, const Activity& after) {
  std::vector<std::string> out;
  if (before.program != after.program) out.push_back("program");
  if (before.name != after.name) out.push_back("name");
  if (before.area != after.area) out.push_back("area");
  if (before.owner_agency_id != after.owner_agency_id) out.push_back("owner_agency_id");
  if (before.description != after.description) out.push_back("description");
  bool targets = before.years.size() != after.years.size();
  for (size_t i = 0; !targets && i < before.years.size(); ++i)
    targets = before.years[i].year != after.years[i].year || before.years[i].target != after.years[i].target ||
              before.years[i].planned_status != after.years[i].planned_status;
  if (targets) out.push_back("years");
  return out;
}

std::vector<std::string> roadmap_changes(const Roadmap& before, const Roadmap& after) {
  std::vector<std::string> out;
  if (before.title != after.title) out.push_back("title");
  if (before.start_year != after.start_year) out.push_back("start_year");
  if (before.end_year != after.end_year) out.push_back("end_year");
  if (before.decree_number != after.decree_number) out.push_back("decree_number");
  if (before.decree_date != after.decree_date) out.push_back("decree_date");
  return out;
}

std::optional<FieldError> missing_reason(const std::string& roadmap_status, const std::vector<std::string>& changed,
                                         const ChangeInput& change) {
  if (roadmap_status != "enacted" || changed.empty() || !change.reason.empty()) return std::nullopt;
  return FieldError{"change_reason",
                    {"Peta rencana ini sudah ditetapkan: perubahan hanya dengan alasan yang diatur (mis. Kendari Pasal 8 ayat (5)); "
                     "pilih alasannya.",
                     "This roadmap has been enacted: it changes only for a reason the regulation lists (e.g. Kendari Pasal 8 "
                     "ayat (5)); choose the reason."}};
}

std::optional<Text> cannot_change(const Roadmap& r) {
  if (r.status == "superseded")
    return Text{"Peta rencana ini sudah digantikan oleh peta rencana yang lebih baru dan tidak dapat diubah lagi.",
                "This roadmap has been superseded by a later one and can no longer change."};
  return std::nullopt;
}

std::optional<Text> cannot_enact(const Roadmap& r, size_t activity_count) {
  if (r.status != "draft") return Text{"Hanya peta rencana berstatus draf yang dapat ditetapkan.", "Only a draft roadmap can be enacted."};
  if (activity_count == 0)
    return Text{"Peta rencana tanpa program dan kegiatan belum dapat ditetapkan (Probolinggo Pasal 11 ayat (1): "
                "dalam bentuk program dan/atau kegiatan).",
                "A roadmap without programs and activities cannot be enacted yet (Probolinggo Pasal 11 ayat (1): "
                "in the form of programs and/or activities)."};
  return std::nullopt;
}

std::optional<Text> cannot_monitor(const Roadmap& r) {
  if (r.status == "draft")
    return Text{"Pemantauan dan evaluasi dicatat untuk peta rencana yang sudah ditetapkan (Kendari Pasal 8 ayat (4)).",
                "Monitoring and evaluation is recorded for an enacted roadmap (Kendari Pasal 8 ayat (4))."};
  return std::nullopt;
}

std::vector<FieldError> monitoring_errors(const MonitoringInput& m, const planning::YearPeriod& period, const std::string& today) {
  std::vector<FieldError> errors;
  if (!period.contains(m.year))
    errors.push_back({"year", {"Tahun " + std::to_string(m.year) + " di luar periode peta rencana (" + period.label() + ").",
                               "The year " + std::to_string(m.year) + " is outside the roadmap's period (" + period.label() + ")."}});
  else if (m.date < std::to_string(m.year) + "-01-01")
    errors.push_back({"date", {"Pemantauan tahun " + std::to_string(m.year) + " tidak bertanggal sebelum tahun itu dimulai.",
                               "The monitoring of " + std::to_string(m.year) + " cannot be dated before that year began."}});
  if (m.date > today)
    errors.push_back({"date", {"Tanggal pemantauan tidak boleh di masa depan.", "The monitoring date cannot be in the future."}});
  return errors;
}

std::vector<std::string> areas_without_activities(const std::vector<Activity>& activities) {
  std::vector<std::string> out;
  for (const auto& a : areas()) {
    bool found = false;
    for (const auto& act : activities) found |= act.area == a.code;
    if (!found) out.push_back(a.code);
  }
  return out;
}

std::vector<int> monitoring_missing_years(const planning::YearPeriod& period, const std::vector<Monitoring>& records, int this_year) {
  std::vector<int> out;
  for (int y : period.each_year()) {
    if (y >= this_year) break;
    bool found = false;
    for (const auto& m : records) found |= m.year == y;
    if (!found) out.push_back(y);
  }
  return out;
}

}  // namespace simpul::modules::roadmaps
