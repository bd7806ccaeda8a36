#include "modules/risks/rules.h"

#include "app/region_profile.h"

namespace simpul::modules::risks {

namespace {
std::string cited(const std::string& citation) { return citation.empty() ? "" : " (" + citation + ")"; }
}  // namespace

bool is_level(int value) { return value >= 1 && value <= kScale; }

int magnitude(const RiskCriteria& criteria, int likelihood, int impact) {
  if (!is_level(likelihood) || !is_level(impact)) return 0;
  return criteria.matrix[likelihood - 1][impact - 1];
}

const LevelBand& level_of(const RiskCriteria& criteria, int magnitude) {
  for (const auto& band : criteria.levels)
    if (magnitude >= band.from && magnitude <= band.to) return band;
  return criteria.levels.back();
}

int appetite(const RiskCriteria& criteria, const std::string& category, const std::string& polarity) {
  const auto* k = find_category(criteria, category);
  if (!k) return kMaxMagnitude + 1;
  return polarity == "positive" ? k->appetite_positive : k->appetite_negative;
}

bool must_treat(const RiskCriteria& criteria, const std::string& category, const std::string& polarity, int magnitude) {
  return magnitude >= appetite(criteria, category, polarity);
}

Assessment assess(const RiskCriteria& criteria, const std::string& category, const std::string& polarity,
                  int likelihood, int impact_level) {
  Assessment a;
  a.likelihood = likelihood;
  a.impact_level = impact_level;
  a.magnitude = magnitude(criteria, likelihood, impact_level);
  a.level = level_of(criteria, a.magnitude).level;
  a.treat = must_treat(criteria, category, polarity, a.magnitude);
  return a;
}

bool comes_first(const PriorityKey& a, const PriorityKey& b) {
  if (a.magnitude != b.magnitude) return a.magnitude > b.magnitude;
  if (a.priority_rank.has_value() != b.priority_rank.has_value()) return a.priority_rank.has_value();
  if (a.priority_rank && *a.priority_rank != *b.priority_rank) return *a.priority_rank < *b.priority_rank;
  if (a.agency_id != b.agency_id) return a.agency_id < b.agency_id;
  return a.number < b.number;
}

const std::set<std::string>& allowed_options(const std::string& polarity) {
  static const std::set<std::string> positive{"escalate", "exploit", "enhance", "share", "accept"};
  static const std::set<std::string> negative{"escalate", "mitigate", "transfer", "avoid", "accept"};
  return polarity == "positive" ? positive : negative;
}

std::optional<Text> option_problem(const std::string& polarity, const std::string& option) {
  if (allowed_options(polarity).count(option)) return std::nullopt;
  if (polarity == "positive")
    return Text{"Risiko positif ditangani dengan eskalasi, eksploitasi, peningkatan, pembagian atau penerimaan risiko "
                "(escalate, exploit, enhance, share, accept) menurut Pedoman Manajemen Risiko SPBE (PermenPANRB 5/2020).",
                "A positive risk is treated by escalating, exploiting, enhancing, sharing or accepting it "
                "(escalate, exploit, enhance, share, accept) under the national SPBE risk guideline (PermenPANRB 5/2020)."};
  return Text{"Risiko negatif ditangani dengan eskalasi, mitigasi, transfer, penghindaran atau penerimaan risiko "
              "(escalate, mitigate, transfer, avoid, accept) menurut Pedoman Manajemen Risiko SPBE (PermenPANRB 5/2020).",
              "A negative risk is treated by escalating, mitigating, transferring, avoiding or accepting it "
              "(escalate, mitigate, transfer, avoid, accept) under the national SPBE risk guideline (PermenPANRB 5/2020)."};
}

bool needs_treatment(const RiskState& s) {
  if (!s.treat || s.has_accept) return false;
  return !s.residual_treat || *s.residual_treat;
}

bool may_close(const RiskState& s) { return s.status != "closed" && !needs_treatment(s); }

std::optional<Text> cannot_close(const RiskState& s, const std::string& citation) {
  if (s.status == "closed") return Text{"Risiko ini sudah ditutup.", "This risk is already closed."};
  if (!needs_treatment(s)) return std::nullopt;
  if (!s.residual_treat)
    return Text{"Risiko ini belum dapat ditutup: besarannya mencapai selera risiko sehingga harus ditangani, dan belum ada "
                "penanganan selesai yang menilai risiko residualnya di bawah selera risiko. Tambahkan rencana penanganan, "
                "selesaikan, lalu nilai risiko residualnya" + cited(citation) + ".",
                "This risk cannot be closed yet: its magnitude reaches the risk appetite, so it must be treated, and no "
                "finished treatment has assessed its residual risk below the appetite. Add a treatment plan, finish it and "
                "assess the residual risk" + cited(citation) + "."};
  return Text{"Risiko ini belum dapat ditutup: risiko residual dari penanganan terakhir masih mencapai selera risiko. "
              "Diperlukan penanganan lain sampai risiko residualnya di bawah selera risiko" + cited(citation) + ".",
              "This risk cannot be closed yet: the residual risk after the latest treatment still reaches the risk "
              "appetite. Another treatment is required until the residual risk is below the appetite" + cited(citation) + "."};
}

std::optional<Text> cannot_reopen(const RiskState& s) {
  if (s.status != "closed") return Text{"Hanya risiko yang sudah ditutup yang dapat dibuka kembali.", "Only a closed risk can be reopened."};
  return std::nullopt;
}

std::optional<Text> cannot_change(const RiskState& s) {
  if (s.status == "closed")
    return Text{"Risiko ini sudah ditutup. Buka kembali risiko ini (status open) sebelum mengubahnya atau menambah penanganan.",
                "This risk is closed. Reopen it (status open) before changing it or adding treatments."};
  return std::nullopt;
}

std::string status_after_treatment_added(const std::string& status) { return status == "open" ? "treating" : status; }

std::string status_when_reopened(const RiskState& s) { return s.treatment_count > 0 ? "treating" : "open"; }

std::optional<Text> treatment_step_problem(const std::string& from, const std::string& to) {
  if (from == "done")
    return Text{"Penanganan ini sudah selesai dan tidak dapat diubah lagi; tambahkan penanganan baru bila diperlukan.",
                "This treatment is done and can no longer change; add a new treatment when another is needed."};
  if (from == "in_progress" && to == "planned")
    return Text{"Penanganan yang sedang berjalan tidak dapat kembali menjadi rencana.",
                "A treatment in progress cannot go back to planned."};
  (void)to;
  return std::nullopt;
}

std::string risk_citation(const profiles::Profile* profile) {
  auto cited = cited_obligation(profile, [](const profiles::Obligation& o) { return o.rule.value("record") == "risk_register"; });
  return cited ? cited->citation : "";
}

}  // namespace simpul::modules::risks
