#include "modules/evaluation/evidence_rules.h"

#include <cctype>

namespace simpul::modules::evaluation {

namespace {

const Text kOwnAgencyOnly{
    "Operator perangkat daerah hanya dapat menambahkan data dukung untuk perangkat daerahnya sendiri (isi agency_id dengan perangkat daerah Anda).",
    "An agency operator can only add evidence for their own agency (set agency_id to your agency)."};
const Text kNotOnTeam{
    "Hanya Tim Asesor Internal penilaian ini dan operator perangkat daerah (untuk perangkat daerahnya sendiri) yang dapat mengelola data dukung.",
    "Only this campaign's internal assessor team, and agency operators for their own agency, can manage evidence."};

}  // namespace

std::optional<Text> add_evidence_refusal(const EvidenceActor& a, std::optional<int64_t> agency_id) {
  if (a.assessor) return std::nullopt;
  if (!a.own_agency_id) return kNotOnTeam;
  if (agency_id != a.own_agency_id) return kOwnAgencyOnly;
  return std::nullopt;
}

std::optional<Text> remove_evidence_refusal(const EvidenceActor& a, std::optional<int64_t> agency_id) {
  if (a.assessor) return std::nullopt;
  if (!a.own_agency_id) return kNotOnTeam;
  if (agency_id != a.own_agency_id)
    return Text{"Operator perangkat daerah hanya dapat menghapus data dukung perangkat daerahnya sendiri.",
                "An agency operator can only remove their own agency's evidence."};
  return std::nullopt;
}

std::optional<Text> answer_question_refusal(const EvidenceActor& a, int64_t agency_id) {
  if (a.assessor || a.own_agency_id == agency_id) return std::nullopt;
  return Text{"Pertanyaan ini ditujukan kepada perangkat daerah lain: hanya operatornya atau Tim Asesor Internal yang dapat menjawab.",
              "This question is for another agency: only its operators or the internal assessor team can answer it."};
}

std::optional<Text> url_refusal(std::string_view url) {
  const Text bad{"Alamat web harus lengkap dan diawali http:// atau https://, misalnya https://jdih.madiunkota.go.id/perwali-39-2021.",
                 "The web address must be complete and start with http:// or https://, e.g. https://jdih.madiunkota.go.id/perwali-39-2021."};
  if (url.size() > 2000)
    return Text{"Alamat web paling panjang 2000 karakter.", "The web address can be at most 2000 characters long."};
  std::string_view rest;
  if (url.substr(0, 7) == "http://") rest = url.substr(7);
  else if (url.substr(0, 8) == "https://") rest = url.substr(8);
  else return bad;
  for (char ch : url)
    if (std::isspace(static_cast<unsigned char>(ch)) || std::iscntrl(static_cast<unsigned char>(ch))) return bad;
  // The host: up to the first '/', '?' or '#', without user info and port; it needs a letter or digit.
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (auto at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  bool named = false;
  for (char ch : host.substr(0, host.find(':')))
    if (std::isalnum(static_cast<unsigned char>(ch))) named = true;
  if (!named) return bad;
  return std::nullopt;
}

std::optional<Text> question_link_refusal(const Question& q, int64_t campaign_id, int indicator_no,
                                          std::optional<int64_t> agency_id) {
  if (q.campaign_id != campaign_id || q.indicator_no != indicator_no)
    return Text{"Pertanyaan ini bukan pertanyaan untuk indikator " + std::to_string(indicator_no) + " pada penilaian ini.",
                "This question is not one for indicator " + std::to_string(indicator_no) + " of this campaign."};
  if (agency_id != q.agency_id)
    return Text{"Data dukung yang menjawab pertanyaan harus untuk perangkat daerah yang ditanya (" + q.agency_short_name + ").",
                "Evidence answering a question must be for the agency asked (" + q.agency_short_name + ")."};
  return std::nullopt;
}

}  // namespace simpul::modules::evaluation
