#include "modules/risk_reports/rules.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>

#include "core/body_reader.h"
#include "core/dates.h"
#include "core/text.h"

namespace simpul::modules::risk_reports {

namespace {

std::string with_citation(const std::string& citation) { return citation.empty() ? "" : " (" + citation + ")"; }

// A list of objects whose members are all text, e.g. goals [{unit_goal, spbe_goal, …}].
struct Member {
  const char* key;
  bool required;
  size_t max;
};
std::optional<std::vector<std::vector<std::string>>> read_text_objects(BodyReader& r, const std::string& name, size_t max_items,
                                                                      const std::vector<Member>& members, const Text& message) {
  if (!r.has(name)) return std::nullopt;
  const auto& v = r.body()[name];
  if (v.is_null()) return std::vector<std::vector<std::string>>{};
  if (!v.is_array() || v.size() > max_items) return r.add(name, message), std::nullopt;
  std::vector<std::vector<std::string>> out;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string field = name + "[" + std::to_string(i) + "]";
    if (!v[i].is_object()) {
      r.add(field, message), ok = false;
      continue;
    }
    for (const auto& [key, _] : v[i].items())
      if (std::none_of(members.begin(), members.end(), [&](const Member& m) { return key == m.key; }))
        r.add(field + "." + key, {"Isian ini tidak dikenal.", "Unknown field."}), ok = false;
    std::vector<std::string> values;
    for (const auto& m : members) {
      const auto& item = v[i];
      bool is_text = item.contains(m.key) && (item[m.key].is_string() || item[m.key].is_null());
      auto value = is_text && item[m.key].is_string() ? trimmed(item[m.key].get<std::string>()) : "";
      if ((item.contains(m.key) && !is_text) || (m.required && value.empty()) || utf8_length(value) > m.max) {
        r.add(field + "." + m.key, message), ok = false;
        continue;
      }
      values.push_back(value);
    }
    out.push_back(values);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Structure> read_structure(BodyReader& r) {
  if (!r.has("structure")) return std::nullopt;
  const auto& v = r.body()["structure"];
  const Text message{"Struktur pelaksana: {\"owner\", \"coordinator\", \"manager\"}, masing-masing nomor pegawai (person id) unit ini atau null.",
                     "Structure: {\"owner\", \"coordinator\", \"manager\"}, each a person id of this unit or null."};
  if (v.is_null()) return Structure{};
  if (!v.is_object()) return r.add("structure", message), std::nullopt;
  Structure s;
  bool ok = true;
  for (const auto& [key, _] : v.items())
    if (key != "owner" && key != "coordinator" && key != "manager")
      r.add("structure." + key, {"Isian ini tidak dikenal.", "Unknown field."}), ok = false;
  for (auto [key, target] : {std::pair{"owner", &s.owner}, std::pair{"coordinator", &s.coordinator}, std::pair{"manager", &s.manager}}) {
    if (!v.contains(key) || v[key].is_null()) continue;
    if (!v[key].is_number_integer() || v[key].get<int64_t>() <= 0) {
      r.add(std::string("structure.") + key, message), ok = false;
      continue;
    }
    *target = v[key].get<int64_t>();
  }
  if (!ok) return std::nullopt;
  return s;
}

std::optional<int64_t> read_year(BodyReader& r, bool required) {
  const Text message{"Tahun 2000-2100.", "A year from 2000 to 2100."};
  if (!r.has("year")) {
    if (required) r.add("year", message);
    return std::nullopt;
  }
  const auto& v = r.body()["year"];
  if (!v.is_number_integer() || v.get<int64_t>() < 2000 || v.get<int64_t>() > 2100) return r.add("year", message), std::nullopt;
  return v.get<int64_t>();
}

}  // namespace

PeriodDates period_dates(int64_t year, const std::string& period) {
  using namespace std::chrono;
  const std::map<std::string, std::pair<unsigned, unsigned>> months{{"q1", {1, 3}}, {"q2", {4, 6}}, {"q3", {7, 9}}, {"annual", {1, 12}}};
  auto [first, last] = months.at(period);
  auto y = std::chrono::year{static_cast<int>(year)};
  sys_days start{y / month{first} / 1};
  sys_days end{y / month{last} / std::chrono::last};
  return {format_date(start), format_date(end), format_date(end + days{kDueDays})};
}

Text period_label(const std::string& period) {
  if (period == "q1") return {"Triwulan I", "Quarter I"};
  if (period == "q2") return {"Triwulan II", "Quarter II"};
  if (period == "q3") return {"Triwulan III", "Quarter III"};
  return {"Tahunan", "Annual"};
}

bool is_overdue(const PeriodDates& dates, const std::string& today) { return today > dates.due_on; }

std::optional<Text> cannot_draft(int64_t year, const std::string& period, const std::string& today, const std::string& citation) {
  auto dates = period_dates(year, period);
  if (today >= dates.starts_on) return std::nullopt;
  auto label = period_label(period);
  auto where = with_citation(citation);
  return Text{"Laporan pemantauan risiko " + label.id + " " + std::to_string(year) + " baru dapat disusun mulai " + dates.starts_on +
                  ", saat periodenya dimulai" + where + ".",
              "The risk monitoring report for " + label.en + " " + std::to_string(year) + " can be drafted from " +
                  dates.starts_on + ", when its period begins" + where + "."};
}

std::optional<Text> cannot_change(const RiskReport& report) {
  if (report.status != "submitted") return std::nullopt;
  return Text{"Laporan ini sudah disampaikan pada " + report.submitted_at.substr(0, 10) +
                  " dan tidak dapat diubah lagi. Catat perkembangan baru pada laporan periode berikutnya.",
              "This report was submitted on " + report.submitted_at.substr(0, 10) +
                  " and can no longer be changed. Record new developments in the next period's report."};
}

std::optional<Text> cannot_submit(const RiskReport& report, const std::string& today, const std::string& citation) {
  if (auto why = cannot_change(report)) return why;
  auto dates = period_dates(report.year, report.period);
  if (today > dates.ends_on) return std::nullopt;
  auto label = period_label(report.period);
  auto where = with_citation(citation);
  return Text{"Laporan " + label.id + " " + std::to_string(report.year) + " memantau periode sampai " + dates.ends_on +
                  "; laporan baru dapat disampaikan setelah periode berakhir, mulai hari berikutnya" + where +
                  ". Sementara itu laporan dapat diperbarui sebagai draf.",
              "The " + label.en + " " + std::to_string(report.year) + " report covers the period up to " + dates.ends_on +
                  "; it can be submitted only after the period ends, from the next day" + where +
                  ". Until then it can be refreshed as a draft."};
}

std::vector<FieldError> submission_errors(const RiskReport& report) {
  if (report.period != "annual" || !trimmed(report.recommendations).empty()) return {};
  return {{"recommendations", {"Laporan tahunan memuat rekomendasi (Formulir 5.0): isi rekomendasi sebelum menyampaikannya.",
                               "The annual report carries recommendations (Formulir 5.0): enter them before submitting."}}};
}

std::vector<std::string> allowed_actions(const RiskReport& report, const std::string& today) {
  if (report.status == "submitted") return {};
  std::vector<std::string> out{"refresh"};
  if (!cannot_submit(report, today, "") && submission_errors(report).empty()) out.push_back("submit");
  return out;
}

std::vector<Entry> snapshot(const std::vector<RegisterRisk>& risks, const std::vector<RegisterTreatment>& treatments,
                            const std::string& unit_name) {
  std::vector<RegisterRisk> ordered = risks;
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
  std::vector<Entry> out;
  for (const auto& r : ordered) {
    Entry e;
    e.risk_id = r.id;
    e.number = r.number;
    e.polarity = r.polarity;
    e.event = r.event;
    e.spbe_goal = r.spbe_goal;
    e.magnitude = r.magnitude;
    e.level = r.level;
    bool residual = r.residual_magnitude && r.residual_level;
    e.projected_magnitude = residual ? *r.residual_magnitude : r.magnitude;
    e.projected_level = residual ? *r.residual_level : r.level;
    std::vector<std::string> owners;
    for (const auto& t : treatments) {
      if (t.risk_id != r.id) continue;
      TreatmentLine line{t.id, t.actions, t.output, t.starts_on, t.due_on, t.status, t.done_on};
      (t.status == "done" ? e.treatments_done : e.treatments_planned).push_back(line);
      if (!t.owner_agency_name.empty() && std::find(owners.begin(), owners.end(), t.owner_agency_name) == owners.end())
        owners.push_back(t.owner_agency_name);
      if (!e.schedule_starts_on || t.starts_on < *e.schedule_starts_on) e.schedule_starts_on = t.starts_on;
      if (!e.schedule_due_on || t.due_on > *e.schedule_due_on) e.schedule_due_on = t.due_on;
    }
    for (const auto& o : owners) e.owner += (e.owner.empty() ? "" : "; ") + o;
    if (e.owner.empty()) e.owner = unit_name;
    out.push_back(e);
  }
  return out;
}

std::vector<MissingReport> missing_reports(const std::vector<Unit>& units, int64_t year, const std::vector<ReportState>& reports,
                                           const std::string& today) {
  std::vector<MissingReport> out;
  for (const auto& unit : units)
    for (const auto& period : kPeriodOrder) {
      auto dates = period_dates(year, period);
      if (today <= dates.ends_on) continue;  // not ended yet: nothing can be missing
      std::optional<int64_t> draft;
      bool submitted = false;
      for (const auto& r : reports)
        if (r.agency_id == unit.agency_id && r.period == period) {
          submitted |= r.status == "submitted";
          if (r.status == "draft") draft = r.id;
        }
      if (!submitted) out.push_back({unit, year, period, dates, is_overdue(dates, today), draft});
    }
  std::stable_sort(out.begin(), out.end(), [](const MissingReport& a, const MissingReport& b) {
    return std::tuple(!a.overdue, a.dates.due_on, a.unit.name) < std::tuple(!b.overdue, b.dates.due_on, b.unit.name);
  });
  return out;
}

ContextInput parse_context(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"agency_id", "year", "duties", "functions", "goals", "structure", "stakeholders", "regulations",
                      "integrity_pact_sha256"});
  ContextInput in;
  if (creating) {
    in.agency_id = r.id("agency_id", true, {"Pilih unit pemilik risiko (perangkat daerah).", "Choose the risk-owner unit (agency)."});
    in.year = read_year(r, true);
  } else {
    for (const char* fixed : {"agency_id", "year"})
      if (r.has(fixed))
        r.add(fixed, {"Unit dan tahun konteks tidak dapat diubah; buat konteks baru untuk unit atau tahun lain.",
                      "The unit and year of a context cannot change; create a new context for another unit or year."});
  }
  const Text long_text{"Teks sampai 4000 karakter.", "Text of up to 4000 characters."};
  if (auto v = r.nullable_text("duties", 4000, long_text)) in.duties = v->value_or("");
  if (auto v = r.nullable_text("functions", 4000, long_text)) in.functions = v->value_or("");
  if (auto goals = read_text_objects(r, "goals", 50, {{"unit_goal", true, 500}, {"spbe_goal", true, 500}, {"indicator", false, 500}, {"target", false, 200}},
                                     {"Sasaran: {\"unit_goal\", \"spbe_goal\" (wajib, sampai 500 karakter), \"indicator\" (sampai 500), \"target\" (sampai 200)}; paling banyak 50.",
                                      "Goals: {\"unit_goal\", \"spbe_goal\" (required, up to 500 characters), \"indicator\" (up to 500), \"target\" (up to 200)}; at most 50."})) {
    in.goals.emplace();
    for (const auto& g : *goals) in.goals->push_back({g[0], g[1], g[2], g[3]});
  }
  in.structure = read_structure(r);
  if (auto list = read_text_objects(r, "stakeholders", 100, {{"name", true, 200}, {"relation", false, 500}},
                                    {"Pemangku kepentingan: {\"name\" (wajib, sampai 200 karakter), \"relation\" (sampai 500)}; paling banyak 100.",
                                     "Stakeholders: {\"name\" (required, up to 200 characters), \"relation\" (up to 500)}; at most 100."})) {
    in.stakeholders.emplace();
    for (const auto& s : *list) in.stakeholders->push_back({s[0], s[1]});
  }
  if (auto list = read_text_objects(r, "regulations", 100, {{"name", true, 300}, {"mandate", false, 1000}},
                                    {"Peraturan: {\"name\" (wajib, sampai 300 karakter), \"mandate\" (sampai 1000)}; paling banyak 100.",
                                     "Regulations: {\"name\" (required, up to 300 characters), \"mandate\" (up to 1000)}; at most 100."})) {
    in.regulations.emplace();
    for (const auto& s : *list) in.regulations->push_back({s[0], s[1]});
  }
  in.integrity_pact_sha256 = r.nullable_text("integrity_pact_sha256", 64,
                                             {"sha256 berkas pakta integritas (Formulir 1.0) yang sudah diunggah, atau null.",
                                              "The sha256 of the uploaded integrity pact (Formulir 1.0), or null."});
  r.check();
  return in;
}

void apply(const ContextInput& in, RiskContext& c) {
  if (in.agency_id) c.agency_id = *in.agency_id;
  if (in.year) c.year = *in.year;
  if (in.duties) c.duties = *in.duties;
  if (in.functions) c.functions = *in.functions;
  if (in.goals) c.goals = *in.goals;
  if (in.structure) c.structure = *in.structure;
  if (in.stakeholders) c.stakeholders = *in.stakeholders;
  if (in.regulations) c.regulations = *in.regulations;
  if (in.integrity_pact_sha256) c.integrity_pact_sha256 = *in.integrity_pact_sha256;
}

DraftInput parse_draft(const nlohmann::json& body) {
  BodyReader r(body, {"agency_id", "year", "period"});
  DraftInput in;
  auto agency = r.id("agency_id", true, {"Pilih unit pemilik risiko (perangkat daerah).", "Choose the risk-owner unit (agency)."});
  auto year = read_year(r, true);
  auto period = r.word("period", kPeriods, true,
                       {"Periode: q1, q2, q3 (triwulan I-III) atau annual (tahunan).", "Period: q1, q2, q3 (quarters I-III) or annual."});
  r.check();
  in.agency_id = *agency;
  in.year = *year;
  in.period = *period;
  return in;
}

ReportEdit parse_report_edit(const nlohmann::json& body, const std::string& period) {
  BodyReader r(body, {"summary", "recommendations"});
  ReportEdit edit;
  const Text long_text{"Teks sampai 10000 karakter.", "Text of up to 10000 characters."};
  if (auto v = r.nullable_text("summary", 10000, long_text)) edit.summary = v->value_or("");
  if (auto v = r.nullable_text("recommendations", 10000, long_text)) {
    edit.recommendations = v->value_or("");
    if (period != "annual" && !edit.recommendations->empty())
      r.add("recommendations", {"Rekomendasi hanya dimuat dalam laporan pemantauan tahunan (Formulir 5.0), bukan laporan triwulan.",
                                "Recommendations belong to the annual monitoring report only (Formulir 5.0), not to a quarterly one."});
  }
  r.check();
  return edit;
}

}  // namespace simpul::modules::risk_reports
