#include "modules/risks/input.h"

#include <algorithm>

#include "core/body_reader.h"
#include "core/dates.h"
#include "modules/risks/rules.h"

namespace simpul::modules::risks {

namespace {

constexpr size_t kMaxText = 2000;
const Text kLevel{"Isi bilangan bulat 1 sampai 5 sesuai skala kriteria risiko daerah.",
                  "Give a whole number from 1 to 5 on the region's risk scale."};
const Text kRequiredText{"Wajib diisi (paling panjang 2000 karakter).", "Required (at most 2000 characters)."};
const Text kOptionalText{"Paling panjang 2000 karakter.", "At most 2000 characters."};
const Text kDate{"Tanggal ditulis YYYY-MM-DD, misalnya 2026-03-31.", "Write the date as YYYY-MM-DD, e.g. 2026-03-31."};

// A level on the scale: a whole JSON number 1..5 ("3", 0 and 6 are refused).
std::optional<int> level(BodyReader& r, const std::string& name, bool required) {
  if (!r.has(name) || r.body()[name].is_null()) {
    if (required) r.add(name, kLevel);
    return std::nullopt;
  }
  const auto& v = r.body()[name];
  if (!v.is_number_integer() || !is_level(static_cast<int>(std::clamp<int64_t>(v.get<int64_t>(), -1, kScale + 1))))
    return r.add(name, kLevel), std::nullopt;
  return static_cast<int>(v.get<int64_t>());
}

std::optional<std::optional<int>> nullable_level(BodyReader& r, const std::string& name) {
  if (!r.has(name)) return std::nullopt;
  if (r.body()[name].is_null()) return std::optional<int>{};
  auto v = level(r, name, true);
  if (!v) return std::nullopt;
  return std::optional<int>{*v};
}

// Optional text: absent unset; null or blank is "".
std::optional<std::string> free_text(BodyReader& r, const std::string& name) {
  auto v = r.nullable_text(name, kMaxText, kOptionalText);
  if (!v) return std::nullopt;
  return v->value_or("");
}

std::optional<std::string> date(BodyReader& r, const std::string& name, bool required) {
  auto v = r.nullable_date(name, kDate);
  if (v && *v) return **v;
  if (required && (v || !r.has(name))) r.add(name, kDate);  // absent or null; a bad date is already named
  return std::nullopt;
}

}  // namespace

RiskInput parse_risk(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"agency_id", "year", "polarity", "spbe_goal", "indicator", "event", "cause", "category", "impact",
                      "impact_area", "controls", "controls_note", "likelihood", "likelihood_note", "impact_level",
                      "impact_note", "priority_rank", "status"});
  RiskInput in;
  if (creating) {
    in.agency_id = r.id("agency_id", true, {"Pilih perangkat daerah pemilik risiko.", "Choose the agency that owns the risk."});
    if (r.has("year") && !r.body()["year"].is_null()) {
      const auto& y = r.body()["year"];
      if (!y.is_number_integer() || y.get<int64_t>() < 2000 || y.get<int64_t>() > 2100)
        r.add("year", {"Tahun berupa bilangan 2000-2100.", "The year is a number from 2000 to 2100."});
      else
        in.year = static_cast<int>(y.get<int64_t>());
    }
    if (r.has("status")) r.add("status", {"Risiko baru selalu berstatus open.", "A new risk always starts open."});
  } else {
    if (r.has("agency_id")) r.add("agency_id", {"Pemilik risiko tidak dapat dipindah; catat risiko baru.", "The owner cannot change; record a new risk."});
    if (r.has("year")) r.add("year", {"Tahun risiko tidak dapat diubah; catat risiko baru.", "The year cannot change; record a new risk."});
    in.status = r.word("status", {"open", "closed"}, false,
                       {"status: closed untuk menutup, open untuk membuka kembali.", "status: closed to close, open to reopen."});
  }
  in.polarity = r.word("polarity", kPolarities, creating,
                       {"Jenis risiko: positive (positif) atau negative (negatif).", "Risk type: positive or negative."});
  in.event = r.text("event", creating, kMaxText, {"Tuliskan kejadian risiko (paling panjang 2000 karakter).", "Describe the risk event (at most 2000 characters)."});
  in.cause = r.text("cause", creating, kMaxText, {"Tuliskan penyebab risiko (paling panjang 2000 karakter).", "Describe the cause (at most 2000 characters)."});
  in.impact = r.text("impact", creating, kMaxText, {"Tuliskan dampak risiko (paling panjang 2000 karakter).", "Describe the impact (at most 2000 characters)."});
  in.category = r.text("category", creating, 40, {"Pilih kategori risiko dari kriteria daerah.", "Choose a risk category of the region's criteria."});
  in.impact_area = r.text("impact_area", creating, 40, {"Pilih area dampak dari kriteria daerah.", "Choose an impact area of the region's criteria."});
  in.spbe_goal = free_text(r, "spbe_goal");
  in.indicator = free_text(r, "indicator");
  in.controls_note = free_text(r, "controls_note");
  in.likelihood_note = free_text(r, "likelihood_note");
  in.impact_note = free_text(r, "impact_note");
  in.controls = r.words("controls", kControls,
                        {"Sistem pengendalian: sop, supervision, tiered_review, regulation, routine_monitoring.",
                         "Controls: sop, supervision, tiered_review, regulation, routine_monitoring."});
  in.likelihood = level(r, "likelihood", creating);
  in.impact_level = level(r, "impact_level", creating);
  if (r.has("priority_rank")) {
    if (r.body()["priority_rank"].is_null()) {
      in.priority_rank = std::optional<int>{};
    } else {
      auto rank = r.id("priority_rank", true, {"Prioritas berupa bilangan bulat mulai 1.", "The priority is a whole number from 1."});
      if (rank && *rank > 100000) r.add("priority_rank", {"Prioritas paling besar 100000.", "The priority is at most 100000."});
      else if (rank) in.priority_rank = std::optional<int>{static_cast<int>(*rank)};
    }
  }
  r.check();
  return in;
}

void apply(const RiskInput& in, Risk& r) {
  if (in.agency_id) r.agency_id = *in.agency_id;
  if (in.year) r.year = *in.year;
  if (in.polarity) r.polarity = *in.polarity;
  if (in.spbe_goal) r.spbe_goal = *in.spbe_goal;
  if (in.indicator) r.indicator = *in.indicator;
  if (in.event) r.event = *in.event;
  if (in.cause) r.cause = *in.cause;
  if (in.category) r.category = *in.category;
  if (in.impact) r.impact = *in.impact;
  if (in.impact_area) r.impact_area = *in.impact_area;
  if (in.controls) r.controls = *in.controls;
  if (in.controls_note) r.controls_note = *in.controls_note;
  if (in.likelihood) r.likelihood = *in.likelihood;
  if (in.likelihood_note) r.likelihood_note = *in.likelihood_note;
  if (in.impact_level) r.impact_level = *in.impact_level;
  if (in.impact_note) r.impact_note = *in.impact_note;
  if (in.priority_rank) r.priority_rank = *in.priority_rank;
}

bool changes_assessment_fields(const RiskInput& in) {
  return in.agency_id || in.year || in.polarity || in.spbe_goal || in.indicator || in.event || in.cause || in.category ||
         in.impact || in.impact_area || in.controls || in.controls_note || in.likelihood || in.likelihood_note ||
         in.impact_level || in.impact_note || in.priority_rank;
}

std::vector<FieldError> risk_field_errors(const Risk& r, const RiskCriteria& criteria) {
  std::vector<FieldError> errors;
  if (!find_category(criteria, r.category))
    errors.push_back({"category", {"Kategori " + r.category + " tidak ada dalam kriteria risiko daerah.",
                                   "The category " + r.category + " is not in the region's risk criteria."}});
  if (!find_impact_area(criteria, r.impact_area))
    errors.push_back({"impact_area", {"Area dampak " + r.impact_area + " tidak ada dalam kriteria risiko daerah.",
                                      "The impact area " + r.impact_area + " is not in the region's risk criteria."}});
  return errors;
}

void assess_risk(Risk& r, const RiskCriteria& criteria) {
  auto a = assess(criteria, r.category, r.polarity, r.likelihood, r.impact_level);
  r.magnitude = a.magnitude;
  r.level = a.level;
  r.treat = a.treat;
  if (r.residual) {
    auto residual = assess(criteria, r.category, r.polarity, r.residual->likelihood, r.residual->impact_level);
    r.residual = Residual{residual.likelihood, residual.impact_level, residual.magnitude, residual.level, residual.treat};
  }
}

TreatmentInput parse_treatment(const nlohmann::json& body, bool creating) {
  BodyReader r(body, {"treatment_option", "actions", "output", "starts_on", "due_on", "owner_agency_id",
                      "supporting_agencies", "status", "done_on", "residual_likelihood", "residual_impact_level"});
  TreatmentInput in;
  in.option = r.word("treatment_option", {"escalate", "exploit", "enhance", "share", "accept", "mitigate", "transfer", "avoid"},
                     creating,
                     {"Pilih opsi penanganan: escalate, exploit, enhance, share, accept, mitigate, transfer atau avoid.",
                      "Choose a treatment option: escalate, exploit, enhance, share, accept, mitigate, transfer or avoid."});
  in.actions = r.text("actions", creating, kMaxText, {"Tuliskan rencana aksi (paling panjang 2000 karakter).", "Describe the planned actions (at most 2000 characters)."});
  in.output = free_text(r, "output");
  in.starts_on = date(r, "starts_on", creating);
  in.due_on = date(r, "due_on", creating);
  in.owner_agency_id = r.id("owner_agency_id", false, {"Pilih perangkat daerah penanggung jawab.", "Choose the responsible agency."});
  if (r.has("supporting_agencies")) {
    const auto& v = r.body()["supporting_agencies"];
    std::vector<int64_t> ids;
    bool ok = v.is_array() && v.size() <= 50;
    for (size_t i = 0; ok && i < v.size(); ++i) {
      ok = v[i].is_number_integer() && v[i].get<int64_t>() >= 1;
      if (ok && std::find(ids.begin(), ids.end(), v[i].get<int64_t>()) == ids.end()) ids.push_back(v[i].get<int64_t>());
    }
    if (!ok) r.add("supporting_agencies", {"Daftar nomor perangkat daerah pendukung (paling banyak 50).", "A list of supporting agency ids (at most 50)."});
    else in.supporting_agencies = ids;
  }
  in.status = r.word("status", kTreatmentStatuses, false, {"status: planned, in_progress atau done.", "status: planned, in_progress or done."});
  in.done_on = r.nullable_date("done_on", kDate);
  in.residual_likelihood = nullable_level(r, "residual_likelihood");
  in.residual_impact_level = nullable_level(r, "residual_impact_level");
  r.check();
  return in;
}

void apply(const TreatmentInput& in, Treatment& t) {
  if (in.option) t.option = *in.option;
  if (in.actions) t.actions = *in.actions;
  if (in.output) t.output = *in.output;
  if (in.starts_on) t.starts_on = *in.starts_on;
  if (in.due_on) t.due_on = *in.due_on;
  if (in.owner_agency_id) t.owner_agency_id = *in.owner_agency_id;
  if (in.supporting_agencies) t.supporting_agencies = *in.supporting_agencies;
  if (in.status) t.status = *in.status;
  if (in.done_on) t.done_on = in.done_on->value_or("");
  if (in.residual_likelihood) t.residual_likelihood = *in.residual_likelihood;
  if (in.residual_impact_level) t.residual_impact_level = *in.residual_impact_level;
}

std::vector<FieldError> treatment_field_errors(const Treatment& t, const Risk& risk) {
  std::vector<FieldError> errors;
  if (auto why = option_problem(risk.polarity, t.option)) errors.push_back({"treatment_option", *why});
  if (!t.due_on.empty() && !t.starts_on.empty() && t.due_on < t.starts_on)
    errors.push_back({"due_on", {"Batas waktu tidak boleh sebelum tanggal mulai.", "The due date may not be before the start date."}});
  if (t.status == "done") {
    const Text needed{"Penanganan yang selesai memerlukan tanggal selesai dan penilaian risiko residual (kemungkinan dan dampak 1-5).",
                      "A done treatment needs the date it was done and the residual assessment (likelihood and impact 1-5)."};
    if (t.done_on.empty()) errors.push_back({"done_on", needed});
    if (!t.residual_likelihood) errors.push_back({"residual_likelihood", needed});
    if (!t.residual_impact_level) errors.push_back({"residual_impact_level", needed});
  }
  return errors;
}

void assess_residual(Treatment& t, const RiskCriteria& criteria) {
  if (!t.residual_likelihood || !t.residual_impact_level) {
    t.residual_magnitude = t.residual_level = std::nullopt;
    return;
  }
  t.residual_magnitude = magnitude(criteria, *t.residual_likelihood, *t.residual_impact_level);
  t.residual_level = level_of(criteria, *t.residual_magnitude).level;
}

Residual residual_of(const Treatment& t, const Risk& risk, const RiskCriteria& criteria) {
  auto a = assess(criteria, risk.category, risk.polarity, t.residual_likelihood.value_or(1), t.residual_impact_level.value_or(1));
  return {a.likelihood, a.impact_level, a.magnitude, a.level, a.treat};
}

}  // namespace simpul::modules::risks
