#include "modules/master_plans/rules.h"

#include <map>

#include "modules/planning/period.h"

namespace simpul::modules::master_plans {

namespace {

struct ReasonRow {
  std::string code;
  Text label;
  std::map<std::string, std::string> article_by_profile;
};

// Only Batam and Kendari regulate a regional master plan; Madiun, OKI and Probolinggo
// name none, so their regions get the same grounds without a citation.
const std::vector<ReasonRow>& reason_rows() {
  static const std::vector<ReasonRow> rows{
      {"scheduled",
       {"Tinjauan berkala", "Scheduled periodic review"},
       {{"batam", "Pasal 6 ayat (5)"}, {"kendari", "Pasal 10 ayat (3) huruf e"}}},
      {"evaluation_results",
       {"Hasil pemantauan dan evaluasi pelaksanaan Rencana Induk SPBE", "Results of monitoring and evaluating the master plan"},
       {{"batam", "Pasal 6 ayat (5) huruf a"}}},
      {"strategic_policy_change", {"Perubahan kebijakan strategis", "Change of strategic policy"}, {{"batam", "Pasal 6 ayat (5) huruf b"}}},
      {"legislation_change",
       {"Perubahan peraturan perundang-undangan", "Change of laws and regulations"},
       {{"kendari", "Pasal 10 ayat (3) huruf e"}}},
      {"national_master_plan_change",
       {"Perubahan Rencana Induk SPBE Nasional", "Change of the national SPBE master plan"},
       {{"batam", "Pasal 6 ayat (4)"}, {"kendari", "Pasal 10 ayat (2)"}}},
      {"rpjmd_change", {"Perubahan RPJMD", "Change of the RPJMD"}, {{"batam", "Pasal 6 ayat (4)"}, {"kendari", "Pasal 10 ayat (3) huruf a"}}},
  };
  return rows;
}

std::string cite(const std::string& article) { return article.empty() ? "" : " (" + article + ")"; }

}  // namespace

Regulation regulation_of(const simpul::profiles::Profile* profile) {
  Regulation reg;
  if (!profile) return reg;
  if (profile->name == "batam") reg.contents_article = "Pasal 6 ayat (2)", reg.decree_article = "Pasal 6 ayat (3)";
  if (profile->name == "kendari") reg.contents_article = "Pasal 10 ayat (3)", reg.decree_article = "Pasal 10 ayat (3) huruf f";
  for (const auto& o : profile->obligations) {
    if (o.rule.kind != "periodic_event" || o.rule.value("event") != "master_plan_review") continue;
    if (const auto* period = o.rule.period("period"); period && period->total_months() > 0) {
      reg.review_months = period->total_months();
      reg.review_article = o.article;
    }
  }
  return reg;
}

std::vector<ReasonOption> review_reasons(const std::string& profile_name) {
  std::vector<ReasonOption> out;
  for (const auto& row : reason_rows()) {
    auto a = row.article_by_profile.find(profile_name);
    out.push_back({row.code, row.label, a == row.article_by_profile.end() ? "" : a->second});
  }
  return out;
}

std::set<std::string> review_reason_codes() {
  std::set<std::string> out;
  for (const auto& row : reason_rows()) out.insert(row.code);
  return out;
}

std::vector<FieldError> plan_errors(const MasterPlan& p) {
  std::vector<FieldError> errors;
  if (p.title.empty()) errors.push_back({"title", {"Isi judul rencana induk (1-200 karakter).", "Enter the master plan's title (1-200 characters)."}});
  auto period = planning::period_errors(p.start_year, p.end_year);
  errors.insert(errors.end(), period.begin(), period.end());
  if (p.status != "draft" && p.decree_number.empty())
    errors.push_back({"decree_number", {"Rencana induk yang sudah ditetapkan tetap mencantumkan keputusannya.",
                                        "An enacted master plan keeps the decree that enacted it."}});
  return errors;
}

std::vector<FieldError> enact_errors(const MasterPlan& p, const Regulation& reg) {
  std::vector<FieldError> errors;
  auto decree_why = cite(reg.decree_article);
  if (p.decree_number.empty())
    errors.push_back({"decree_number", {"Rencana induk ditetapkan dengan keputusan kepala daerah" + decree_why + ": isi nomor keputusannya.",
                                        "The master plan is enacted by the region head's decree" + decree_why + ": enter the decree number."}});
  if (p.decree_date.empty())
    errors.push_back({"decree_date", {"Isi tanggal keputusan yang menetapkan rencana induk" + decree_why + ".",
                                      "Enter the date of the decree that enacts the master plan" + decree_why + "."}});
  auto contents_why = cite(reg.contents_article);
  auto need = [&](bool missing, const std::string& field, const std::string& id, const std::string& en) {
    if (missing)
      errors.push_back({field, {"Rencana induk memuat " + id + contents_why + "; isi sebelum ditetapkan.",
                                "A master plan states its " + en + contents_why + "; fill it in before enacting."}});
  };
  need(p.vision.empty(), "vision", "visi", "vision");
  need(p.missions.empty(), "missions", "misi", "missions");
  need(p.goals.empty(), "goals", "tujuan", "goals");
  need(p.targets.empty(), "targets", "sasaran", "targets");
  need(p.policy_directions.empty(), "policy_directions", "arah kebijakan", "policy directions");
  need(p.strategies.empty(), "strategies", "strategi", "strategies");
  return errors;
}

std::optional<Text> cannot_edit(const MasterPlan& p, bool changes_period) {
  if (p.status == "superseded")
    return Text{"Rencana induk yang sudah digantikan tidak dapat diubah lagi.", "A superseded master plan can no longer be changed."};
  if (p.status == "enacted" && changes_period)
    return Text{"Periode rencana induk yang sudah ditetapkan tidak dapat diubah; susun rencana induk baru untuk periode lain.",
                "The period of an enacted master plan cannot change; draft a new master plan for another period."};
  return std::nullopt;
}

std::optional<Text> cannot_enact(const MasterPlan& p) {
  if (p.status != "draft")
    return Text{"Hanya rancangan rencana induk yang dapat ditetapkan.", "Only a draft master plan can be enacted."};
  return std::nullopt;
}

std::optional<Text> cannot_supersede(const MasterPlan& p) {
  if (p.status != "enacted")
    return Text{"Hanya rencana induk yang berlaku yang dapat digantikan.", "Only an enacted master plan can be superseded."};
  return std::nullopt;
}

std::optional<Text> cannot_review(const MasterPlan& p) {
  if (p.status != "enacted")
    return Text{"Tinjauan dicatat untuk rencana induk yang berlaku (sudah ditetapkan dan belum digantikan).",
                "Reviews are recorded for the master plan in force (enacted and not superseded)."};
  return std::nullopt;
}

std::vector<MasterPlan> overlapping_enacted(const MasterPlan& p, const std::vector<MasterPlan>& others) {
  std::vector<MasterPlan> out;
  planning::YearPeriod period{p.start_year, p.end_year};
  for (const auto& o : others)
    if (o.id != p.id && o.status == "enacted" && period.overlaps({o.start_year, o.end_year})) out.push_back(o);
  return out;
}

std::optional<std::string> next_review_due(const MasterPlan& p, int review_months) {
  if (p.status != "enacted" || p.decree_date.empty()) return std::nullopt;
  std::string since = p.decree_date;
  for (const auto& r : p.reviews)
    if (r.review_date > since) since = r.review_date;
  return planning::next_due(since, review_months);
}

std::optional<std::string> review_state(const MasterPlan& p, int review_months, const std::string& today) {
  auto due = next_review_due(p, review_months);
  if (!due) return std::nullopt;
  return planning::due_state(today, *due);
}

std::vector<std::string> allowed_actions(const MasterPlan& p) {
  if (p.status == "draft") return {"edit", "enact"};
  if (p.status == "enacted") return {"edit", "supersede", "review"};
  return {};
}

}  // namespace simpul::modules::master_plans
