#include "modules/self_sufficiency/model.h"

namespace simpul::modules::self_sufficiency {

namespace {
nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

nlohmann::json to_json(const Assessment& a, const simpul::profiles::SelfSufficiency* rule) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& j : a.criteria) {
    nlohmann::json c = {{"key", j.key}, {"met", j.met}, {"note", j.note}, {"article", nullptr}, {"text", nullptr}};
    if (rule)
      for (const auto& k : rule->criteria)
        if (k.key == j.key) c["article"] = k.article, c["text"] = k.text;
    criteria.push_back(c);
  }
  std::string decision = a.status == "granted" || a.status == "refused" ? a.status : "";
  return {{"id", a.id},
          {"agency_id", a.agency_id},
          {"agency_name", a.agency_name},
          {"status", a.status},
          {"criteria", criteria},
          {"note", a.note},
          {"assessed_by", a.assessed_by},
          {"assessed_at", a.assessed_at},
          {"proposed_by", or_null(a.proposed_by)},
          {"proposed_at", or_null(a.proposed_at)},
          {"decision", or_null(decision)},
          {"decided_by", or_null(a.decided_by)},
          {"decided_at", or_null(a.decided_at)},
          {"decree_number", or_null(a.decree_number)},
          {"decree_date", or_null(a.decree_date)},
          {"decision_note", or_null(a.decision_note)},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

}  // namespace simpul::modules::self_sufficiency
