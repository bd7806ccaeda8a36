#pragma once
// The rules of the data catalog, pure (no I/O):
//   - what a dataset record may hold (code pattern, classification, frequency, DCAT-like
//     metadata, dates not in the future);
//   - master data needs the key that identifies its subjects: NIK for population data, NIP
//     for staff data (OKI Pasal 11 ayat (4)-(5)), or another key;
//   - when a dataset is overdue for an update: the last update is older than its frequency
//     allows (kekinian data, Madiun Pasal 11 ayat (1)); irregular data is never overdue.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "modules/datasets/model.h"
#include "profiles/model.h"

namespace simpul::modules::datasets {

inline const std::set<std::string> kClassifications{"public", "internal", "restricted", "secret"};
inline const std::set<std::string> kFrequencies{"daily",     "weekly", "monthly",  "quarterly",
                                                "semiannual", "yearly", "irregular"};
inline const std::set<std::string> kDataKeys{"nik", "nip", "other", "none"};
inline const std::set<std::string> kStatuses{"active", "retired"};
inline constexpr size_t kMaxFormats = 10;
inline constexpr size_t kMaxKeywords = 20;

// Codes are upper case letters and digits in groups joined by "-" or ".", starting with a
// letter, 2-40 characters: "DUKCAPIL-PENDUDUK", "DS.01". Lower case input is raised.

// The fields of a POST (creating) or a PATCH. Absent fields stay unset; for the nullable
// ones the outer optional says "given" and the inner the value (null clears).
struct DatasetInput {
  std::optional<int64_t> owner_agency_id;
  std::optional<std::string> code, title, classification, update_frequency, data_key, status;
  std::optional<std::optional<int64_t>> data_steward_id;
  std::optional<std::optional<std::string>> description, last_updated, issued, theme, temporal_coverage,
      spatial_coverage, licence, landing_page, access_url, contact_name, contact_email;
  std::optional<std::vector<std::string>> formats, keywords;
  std::optional<bool> master_data, reference_data;
};

// 422 validation-failed with every field error at once. `today` (YYYY-MM-DD) bounds the dates.
DatasetInput parse_dataset(const nlohmann::json& body, bool creating, const std::string& today);
void apply(const DatasetInput& in, Dataset& d);

// Errors of the record as a whole, after the input is applied: master data without a key.
// `key_citation` is the region's article on keys ("Perbup OKI 32/2022 Pasal 11 ayat (4)"), or "".
std::vector<FieldError> record_errors(const Dataset& d, const std::string& key_citation);

// The date by which the next update is due (YYYY-MM-DD); nothing for irregular data.
// Without a recorded last update a regular dataset is due at once (today).
std::optional<std::string> next_update_due(const std::string& frequency, const std::string& last_updated,
                                           const std::string& today);
// Overdue on `today`: the due date has passed (the due day itself is still on time), or a
// regular dataset has no update recorded at all. Retired datasets are never overdue.
bool update_overdue(const Dataset& d, const std::string& today);

// The region's article that makes data keyed by NIK / NIP (OKI Pasal 11), or its article on
// master and reference data management; "" when its regulation has neither.
std::string key_citation(const simpul::profiles::Profile* profile);
// The article that limits access to data by classification (Madiun Pasal 11 ayat (3) huruf a).
std::string classification_citation(const simpul::profiles::Profile* profile);
// The article on sharing data between agencies (Madiun Pasal 10 ayat (4)).
std::string sharing_citation(const simpul::profiles::Profile* profile);

}  // namespace simpul::modules::datasets
