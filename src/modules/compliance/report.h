#pragma once
// The compliance report a head of office signs (docs/compliance-contract.md, "Reports"): for
// one agency or for the region, the tally and share met with a chart of statuses, every duty
// with its article, original sentence, subject, status, due date and evidence (open ones
// first, soonest first), for the region the per-agency table and chart, and the sign-off
// block. As PDF (the duty's sentence shortened) and as XLSX (in full).
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/compliance/views.h"

namespace simpul::modules::compliance {

// Who signs "Mengetahui": the head of the agency (of the ICT office for the region report).
struct Signer {
  std::string office;  // the head's position title ("Kepala Dinas Kesehatan"), or "Kepala " + the agency's name
  std::string name;    // empty when no one holds the position
  std::string nip;     // empty when unknown
};

struct Report {
  std::string region_id, region_name;
  std::optional<int64_t> agency_id;  // unset: the region report
  std::string agency_name, agency_short_name;
  Evaluation evaluation;               // findings worst and soonest first
  std::vector<AgencySummary> agencies;  // the region report's per-agency rows
  Signer signer;
};

// Evaluates the region (or the agency, which must be the region's) and finds the signer.
Report load_report(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                   std::optional<int64_t> agency_id);

// Pure: the files. Throw std::runtime_error when the PDF or XLSX writer fails.
std::string report_pdf(const Report& r, const profiles::Profile& profile);
std::string report_xlsx(const Report& r, const profiles::Profile& profile);

// Pure: "kepatuhan-<agency short name or region id>-<date>", letters, digits and '-' only.
std::string report_file_stem(const Report& r);

// Pure: "29 November 2026" for 2026-11-29 (the text itself when it is no date).
std::string long_date(const std::string& date);

// Pure: at most `max_chars` characters of `text`, cut at a word and ending in "…" when cut.
std::string shortened(const std::string& text, size_t max_chars);

}  // namespace simpul::modules::compliance
