#include "modules/self_sufficiency/rules.h"

#include "core/body_reader.h"

namespace simpul::modules::self_sufficiency {

std::vector<Judgement> parse_judgements(const nlohmann::json& criteria, const simpul::profiles::SelfSufficiency& rule) {
  std::vector<FieldError> errors;
  std::vector<Judgement> out;
  if (!criteria.is_object()) {
    errors.push_back({"criteria", {"Nilai setiap kriteria: {\"kunci\": {\"met\": true/false, \"note\": \"…\"}}.",
                                   "Judge every criterion: {\"key\": {\"met\": true/false, \"note\": \"…\"}}."}});
    throw ProblemError(Problem::validation_failed(errors));
  }
  for (const auto& [key, _] : criteria.items()) {
    bool known = false;
    for (const auto& c : rule.criteria) known |= c.key == key;
    if (!known) errors.push_back({"criteria." + key, {"Kriteria ini tidak ada dalam " + rule.article + ".", "This criterion is not in " + rule.article + "."}});
  }
  for (const auto& c : rule.criteria) {
    std::string field = "criteria." + c.key;
    if (!criteria.contains(c.key)) {
      errors.push_back({field, {"Nilai kriteria ini: \"" + c.text + "\" (" + c.article + ").",
                                "Judge this criterion: \"" + c.text + "\" (" + c.article + ")."}});
      continue;
    }
    const auto& j = criteria[c.key];
    if (!j.is_object() || !j.contains("met") || !j["met"].is_boolean()) {
      errors.push_back({field, {"Pilih terpenuhi atau tidak untuk kriteria ini.", "Choose whether this criterion is met."}});
      continue;
    }
    Judgement judgement{c.key, j["met"].get<bool>(), ""};
    for (const auto& [k, _] : j.items())
      if (k != "met" && k != "note") errors.push_back({field + "." + k, {"Isian ini tidak dikenal.", "Unknown field."}});
    if (j.contains("note")) {
      if (!j["note"].is_string() || j["note"].get<std::string>().size() > 2000)
        errors.push_back({field + ".note", {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."}});
      else
        judgement.note = j["note"].get<std::string>();
    }
    out.push_back(judgement);
  }
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
  return out;
}

bool is_open(const std::string& status) { return status == "assessed" || status == "proposed"; }

std::optional<Text> cannot_propose(const Assessment& a) {
  if (a.status != "assessed")
    return Text{"Hanya penilaian yang belum diusulkan yang dapat diusulkan.", "Only an assessment not yet proposed can be proposed."};
  for (const auto& j : a.criteria)
    if (!j.met)
      return Text{"Dinas hanya mengusulkan PD yang layak (Pasal 45 ayat (5)): kriteria \"" + j.key + "\" belum terpenuhi.",
                  "The ICT office proposes only agencies that qualify (Pasal 45 ayat (5)): criterion \"" + j.key + "\" is not met."};
  return std::nullopt;
}

std::optional<Text> cannot_decide(const Assessment& a) {
  if (a.status != "proposed")
    return Text{"Hanya usulan yang sudah diajukan dan belum ditetapkan yang dapat diputuskan.",
                "Only a proposal that has been made and not yet decided can be decided."};
  return std::nullopt;
}

std::optional<Text> cannot_withdraw(const Assessment& a) {
  if (!is_open(a.status))
    return Text{"Penilaian yang sudah diputuskan atau ditarik tidak dapat ditarik lagi.",
                "An assessment that has been decided or withdrawn cannot be withdrawn."};
  return std::nullopt;
}

Decision parse_decision(const nlohmann::json& body, const std::string& today, const std::string& proposed_on) {
  BodyReader r(body, {"decision", "decree_number", "decree_date", "note"});
  Decision d;
  auto decision = r.word("decision", {"granted", "refused"}, true,
                         {"Pilih keputusan: granted (ditetapkan) atau refused (ditolak).", "Choose the decision: granted or refused."});
  auto number = r.nullable_text("decree_number", 200, {"Nomor keputusan 1-200 karakter.", "The decree number has 1-200 characters."});
  auto date = r.nullable_date("decree_date", {"Tanggal keputusan berformat TTTT-BB-HH, misalnya 2024-03-15.",
                                              "The decree date is YYYY-MM-DD, e.g. 2024-03-15."});
  auto note = r.nullable_text("note", 2000, {"Catatan berupa teks sampai 2000 karakter.", "The note is text of up to 2000 characters."});
  d.granted = decision && *decision == "granted";
  if (number && *number) d.decree_number = **number;
  if (date && *date) d.decree_date = **date;
  if (note && *note) d.note = **note;
  // A field given but malformed already has its error; only absence is reported here.
  auto absent = [&](const char* name) { return !body.contains(name) || body[name].is_null(); };
  if (decision && d.granted) {
    if (d.decree_number.empty() && (absent("decree_number") || number))
      r.add("decree_number", {"Isi nomor Keputusan yang menetapkan PD Mandiri TIK.", "Enter the number of the decree that grants the status."});
    if (d.decree_date.empty() && (absent("decree_date") || date))
      r.add("decree_date", {"Isi tanggal Keputusan.", "Enter the date of the decree."});
    else if (!d.decree_date.empty() && d.decree_date > today)
      r.add("decree_date", {"Tanggal Keputusan tidak boleh di masa depan.", "The decree date cannot be in the future."});
    else if (!d.decree_date.empty() && d.decree_date < proposed_on)
      r.add("decree_date", {"Tanggal Keputusan tidak boleh sebelum tanggal usulan (" + proposed_on + ").",
                            "The decree date cannot be before the proposal (" + proposed_on + ")."});
  }
  if (decision && !d.granted && d.note.empty())
    r.add("note", {"Tuliskan alasan penolakan, agar PD mengetahui apa yang perlu dibenahi.",
                   "Write the reason for refusing, so the agency knows what to improve."});
  r.check();
  return d;
}

}  // namespace simpul::modules::self_sufficiency
