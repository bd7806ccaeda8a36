#pragma once
// The Simpul records an indicator's evidence (or a suggested level's reason) may point to:
// their kind name in the API, where they are stored and where the UI shows them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.h"

namespace simpul::modules::evaluation {

struct RecordKind {
  std::string_view kind;       // "application", "risk_register", "ict_audit", …
  std::string_view label_id;   // "Aplikasi"
  std::string_view label_en;   // "Application"
};

const std::vector<RecordKind>& record_kinds();
const RecordKind* find_record_kind(std::string_view kind);
// The record's title if it exists in the region, else nullopt (the API answers 422 then).
std::optional<std::string> record_title(db::Connection& c, const std::string& region_id, std::string_view kind,
                                        const std::string& id);
// Where the web UI shows the record, e.g. "/aplikasi/12".
std::string record_href(std::string_view kind, const std::string& id);

}  // namespace simpul::modules::evaluation
