#include "modules/compliance/json.h"

#include "modules/profiles/json.h"

namespace simpul::modules::compliance {

nlohmann::json text_json(const Text& t) { return {{"id", t.id}, {"en", t.en}}; }

nlohmann::json tally_json(const Tally& t) {
  auto share = t.share_met();
  return {{"overdue", t.overdue},
          {"not_met", t.not_met},
          {"due_soon", t.due_soon},
          {"met", t.met},
          {"not_applicable", t.not_applicable},
          {"applicable", t.applicable()},
          {"share_met", share ? nlohmann::json(*share) : nlohmann::json(nullptr)}};
}

nlohmann::json obligation_json(const simpul::profiles::Obligation& o, const simpul::profiles::Profile& profile) {
  return {{"id", o.id},
          {"article", o.article},
          {"text", o.text},
          {"citation", profile.citation.short_name + " " + o.article},
          {"binds", o.binds},
          {"when", o.when.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.when)},
          {"rule", modules::profiles::rule_json(o.rule)}};
}

nlohmann::json subject_json(const Subject& s) {
  return {{"kind", s.kind},
          {"id", s.id},
          {"name", s.name},
          {"agency_id", s.agency_id ? nlohmann::json(*s.agency_id) : nlohmann::json(nullptr)},
          {"href", s.href.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.href)}};
}

nlohmann::json finding_json(const Finding& f, const simpul::profiles::Profile& profile) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& e : f.check.evidence)
    evidence.push_back({{"kind", e.kind},
                        {"id", e.id},
                        {"label", text_json(e.label)},
                        {"href", e.href.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.href)},
                        {"date", e.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.date)}});
  return {{"obligation", obligation_json(*f.obligation, profile)},
          {"subject", subject_json(f.subject)},
          {"status", status_name(f.check.status)},
          {"status_label", text_json(status_label(f.check.status))},
          {"due_on", f.check.due_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.check.due_on)},
          {"reason", text_json(f.check.reason)},
          {"evidence", evidence},
          {"basis", f.basis}};
}

nlohmann::json findings_json(const std::vector<const Finding*>& findings, const simpul::profiles::Profile& profile) {
  nlohmann::json out = nlohmann::json::array();
  for (const Finding* f : findings) out.push_back(finding_json(*f, profile));
  return out;
}

}  // namespace simpul::modules::compliance
