#include "modules/evaluation/rules.h"

#include <cctype>

namespace simpul::modules::evaluation {

namespace {
std::string numbers(const std::vector<int>& list) {
  std::string out;
  for (int n : list) out += (out.empty() ? "" : ", ") + std::to_string(n);
  return out;
}
}  // namespace

std::string role_label_id(AssessorRole r) {
  switch (r) {
    case AssessorRole::coordinator: return "Koordinator SPBE";
    case AssessorRole::person_in_charge: return "penanggung jawab";
    case AssessorRole::data_entry: return "pelaksana entri data";
    case AssessorRole::member: return "anggota";
  }
  return "";
}

std::string role_label_en(AssessorRole r) {
  switch (r) {
    case AssessorRole::coordinator: return "SPBE coordinator";
    case AssessorRole::person_in_charge: return "person in charge";
    case AssessorRole::data_entry: return "data entry officer";
    case AssessorRole::member: return "member";
  }
  return "";
}

bool team_may(AssessorRole role, TeamAction action) {
  switch (action) {
    case TeamAction::score:
    case TeamAction::ask: return true;
    case TeamAction::verify: return role == AssessorRole::person_in_charge;
    case TeamAction::sign_off:
    case TeamAction::reopen: return role == AssessorRole::coordinator;
  }
  return false;
}

std::vector<AssessorRole> roles_for(TeamAction action) {
  std::vector<AssessorRole> out;
  for (auto r : {AssessorRole::coordinator, AssessorRole::person_in_charge, AssessorRole::data_entry, AssessorRole::member})
    if (team_may(r, action)) out.push_back(r);
  return out;
}

bool single_seat(AssessorRole role) { return role != AssessorRole::member; }

Readiness sign_off_readiness(const frameworks::Framework& f, const std::vector<Answer>& answers) {
  std::map<int, const Answer*> by_no;
  for (const auto& a : answers) by_no[a.indicator_no] = &a;
  Readiness r;
  for (const auto& placed : f.indicators()) {
    int no = placed.indicator->number;
    auto it = by_no.find(no);
    if (it == by_no.end() || !it->second->level) r.unanswered.push_back(no);
    else if (it->second->verified_at.empty()) r.unverified.push_back(no);
  }
  return r;
}

std::optional<Text> sign_off_refusal(const Campaign& campaign, const Readiness& r) {
  if (campaign.status == CampaignStatus::signed_off)
    return Text{"Penilaian mandiri ini sudah ditandatangani.", "This self-assessment has already been signed off."};
  if (r.ready()) return std::nullopt;
  std::string id = "Berita Acara belum dapat ditandatangani.", en = "The self-assessment cannot be signed off yet.";
  if (!r.unanswered.empty()) {
    id += " Indikator belum diberi tingkat: " + numbers(r.unanswered) + ".";
    en += " Indicators without a level: " + numbers(r.unanswered) + ".";
  }
  if (!r.unverified.empty()) {
    id += " Indikator belum diverifikasi penanggung jawab: " + numbers(r.unverified) + ".";
    en += " Indicators not yet verified by the person in charge: " + numbers(r.unverified) + ".";
  }
  return Text{id, en};
}

std::optional<Text> reopen_refusal(const Campaign& campaign) {
  if (campaign.status == CampaignStatus::open)
    return Text{"Penilaian mandiri ini masih terbuka; tidak ada yang perlu dibuka kembali.",
                "This self-assessment is still open; there is nothing to reopen."};
  return std::nullopt;
}

std::optional<Text> verification_refusal(const Answer& answer) {
  if (!answer.level)
    return Text{"Indikator ini belum diberi tingkat kematangan; pilih tingkatnya sebelum verifikasi.",
                "This indicator has no level yet; choose one before verifying."};
  bool blank = true;
  for (unsigned char ch : answer.explanation) blank = blank && std::isspace(ch);
  if (blank)
    return Text{"Penjelasan indikator ini masih kosong; tulis penjelasannya sebelum verifikasi.",
                "This indicator's explanation is empty; write it before verifying."};
  return std::nullopt;
}

std::map<int, int> answered_levels(const std::vector<Answer>& answers) {
  std::map<int, int> out;
  for (const auto& a : answers)
    if (a.level) out[a.indicator_no] = *a.level;
  return out;
}

std::map<int, ExternalLevels> external_levels(const std::vector<ExternalResult>& results) {
  std::map<int, ExternalLevels> out;
  for (const auto& r : results) {
    auto& e = out[r.indicator_no];
    switch (r.stage) {
      case ExternalStage::document: e.document = r.level; break;
      case ExternalStage::interview: e.interview = r.level; break;
      case ExternalStage::visit: e.visit = r.level; break;
    }
  }
  return out;
}

std::map<int, int> result_levels(const std::map<int, ExternalLevels>& external) {
  std::map<int, int> out;
  for (const auto& [no, e] : external)
    if (auto r = e.result()) out[no] = *r;
  return out;
}

std::vector<Difference> differences(const std::map<int, int>& self, const std::map<int, int>& result) {
  std::vector<Difference> out;
  for (const auto& [no, level] : result) {
    auto it = self.find(no);
    if (it != self.end() && it->second != level) out.push_back({no, it->second, level});
  }
  return out;
}

int target_of(const Campaign& campaign, const Answer* answer) {
  return answer && answer->target_level ? *answer->target_level : campaign.target_level;
}

bool valid_target_index(const std::string& text, int decimals, int highest_level) {
  if (text.empty()) return true;
  auto dot = text.find('.');
  std::string whole = text.substr(0, dot), frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 1 || (dot != std::string::npos && (frac.empty() || int(frac.size()) > decimals)))
    return false;
  for (char ch : whole + frac)
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
  int w = whole[0] - '0';
  bool zero_fraction = frac.find_first_not_of('0') == std::string::npos;
  return w < highest_level || (w == highest_level && zero_fraction);
}

}  // namespace simpul::modules::evaluation
