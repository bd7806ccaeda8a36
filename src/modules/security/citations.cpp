#include "modules/security/citations.h"

namespace simpul::modules::security {

namespace {
auto required_link_to(const std::string& to) {
  return [to](const profiles::Obligation& o) { return o.rule.kind == "required_link" && o.rule.value("to") == to; };
}
auto required_record(const std::string& record) {
  return [record](const profiles::Obligation& o) {
    return o.rule.kind == "required_record" && o.rule.value("record") == record;
  };
}
}  // namespace

SecurityCitations security_citations(const profiles::Profile* profile) {
  SecurityCitations out;
  out.ict_office_report = cited_obligation(profile, required_link_to("incident_report_to_ict_office"));
  out.data_owner_notice = cited_obligation(profile, required_link_to("written_notice_to_data_owner"));
  out.csirt = cited_obligation(profile, [](const profiles::Obligation& o) {
    return o.rule.kind == "required_role" && o.rule.value("role") == "government_csirt_member";
  });
  out.policy = cited_obligation(profile, required_link_to("information_security_policy"));
  if (!out.policy) out.policy = cited_obligation(profile, required_record("information_security_policy"));
  out.management = cited_obligation(profile, required_record("information_security_management"));
  return out;
}

std::string citation_text(const std::optional<CitedObligation>& cited) { return cited ? cited->citation : ""; }

nlohmann::json citation_json(const std::optional<CitedObligation>& cited) {
  if (!cited) return nullptr;
  return {{"article", cited->article}, {"text", cited->text}, {"citation", cited->citation}};
}

}  // namespace simpul::modules::security
