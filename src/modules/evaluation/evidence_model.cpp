#include "modules/evaluation/evidence_model.h"

namespace simpul::modules::evaluation {

const char* evidence_kind_name(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::file: return "file";
    case EvidenceKind::record: return "record";
    case EvidenceKind::url: return "url";
  }
  return "file";
}

std::optional<EvidenceKind> parse_evidence_kind(const std::string& s) {
  if (s == "file") return EvidenceKind::file;
  if (s == "record") return EvidenceKind::record;
  if (s == "url") return EvidenceKind::url;
  return std::nullopt;
}

}  // namespace simpul::modules::evaluation
