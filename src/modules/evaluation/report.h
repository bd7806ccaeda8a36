#pragma once
// The evaluation's two documents (docs/evaluation-contract.md, "Reports"):
// - the Berita Acara Penilaian Mandiri (PDF): the team, every indicator's level, explanation,
//   evidence and verification, the index, the sign-off and the coordinator's signature block;
//   marked "DRAF — belum ditandatangani" while the campaign is not signed off;
// - the result report in the layout of the official LHE (PDF with the aspect radar and the
//   trend, and XLSX): summary, legal basis, method, index, strengths and weaknesses per aspect,
//   recommendations and the table of every indicator.
// Everything in them comes from the campaign's framework and data. load_report reads; the
// writers (report_pdf.cpp, report_xlsx.cpp) are pure.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/evaluation/campaign_view.h"

namespace simpul::modules::evaluation {

// A user as the documents name them: their staff record's name, NIP and position when the
// user is linked to one (people.user_id), else their display name.
struct Person {
  std::string username;
  std::string name;
  std::string nip;       // empty when unknown
  std::string position;  // the title of a position they hold; empty when none
};

// One indicator of the framework with everything the documents show of it.
struct IndicatorLine {
  frameworks::Framework::Placed placed;
  std::optional<Answer> answer;     // none while never answered
  std::optional<int> self;          // the self-assessed level
  ExternalLevels external;          // the external stages' levels
  std::optional<int> used;          // the level the result report counts (see Report::uses_result)
  int target = 0;
  std::vector<std::string> evidence;  // titles of the live evidence
};

// One year of the trend: the index the result report of that year counts.
struct YearIndex {
  int year = 0;
  IndexValue value;
  std::string predicate;
  bool from_result = false;
};

struct Report {
  CampaignView view;
  std::string region_name;   // "Kota Madiun"
  std::string regulation;    // the region's own regulation (its profile's citation); empty without a profile
  std::string today;         // YYYY-MM-DD in the region's time zone
  std::string time_zone;     // the region's, for the dates of sign-off and verification
  std::vector<Assessor> team;
  std::map<std::string, Person> people;  // by username: the team, the verifiers, the signer
  std::vector<IndicatorLine> lines;      // framework order
  bool uses_result = false;              // every indicator has an external result: they are counted
  std::vector<ExternalStage> stages_done;  // the external stages with at least one result
  std::optional<CampaignEvent> sign_off;   // the sign-off in force (none while open)
  std::vector<YearIndex> trend;            // the region's campaigns up to this year, oldest first

  const IndexResult& used() const { return view.official(); }
  const Assessor* coordinator() const;
  // The person behind a username (the username itself when unknown).
  Person person(const std::string& username) const;
  // The year before this one in the trend, if any.
  const YearIndex* previous_year() const;
};

Report load_report(db::Connection& c, const std::string& region_id, const Campaign& campaign);

// The files (std::runtime_error when the PDF or XLSX writer fails).
std::string self_assessment_pdf(const Report& r);
std::string result_pdf(const Report& r);
std::string result_xlsx(const Report& r);

// "penilaian-mandiri-kota-madiun-2026" / "hasil-evaluasi-spbe-kota-madiun-2026": letters,
// digits and '-' only.
std::string self_assessment_file_stem(const Report& r);
std::string result_file_stem(const Report& r);

// ---- pure helpers the writers share (tested on their own) ----

// "Evaluasi SPBE" / "Pemantauan SPBE".
std::string kind_label(CampaignKind k);
// "Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi …".
std::string framework_label(const frameworks::Framework& f);
// "2,95": a published index, a weight ("1.30") or any decimal text with a decimal comma.
std::string decimal_comma(const std::string& text);
// "3 (Terdefinisi)": a level with its name on the indicator's scale; "-" without a level.
std::string level_text(const frameworks::Framework& f, const frameworks::Indicator& i, std::optional<int> level);
// The target index ("2.60") in the framework's units (260), or nothing when unset or unreadable.
std::optional<int64_t> target_units(const std::string& target_index, int decimals);
// The region's calendar date of a stored UTC instant ("2026-11-29T20:30:00Z" → "2026-11-30" in
// WIB); the first ten characters when it is not such an instant.
std::string local_date(const std::string& rfc3339, const std::string& time_zone);
// "+0,12" / "-0,05" / "0,00": a difference of published values.
std::string signed_difference(int64_t units, int decimals);

}  // namespace simpul::modules::evaluation
