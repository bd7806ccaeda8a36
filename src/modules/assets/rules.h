#pragma once
// The rules of ICT assets, pure (no I/O):
//   - what an asset record may hold: kind, the fixed list of categories per kind, licence
//     fields for software only, lengths and dates;
//   - the lifecycle of Madiun Pasal 35 ayat (2) (Kendari Pasal 29 ayat (2), Batam Pasal 36
//     ayat (2), OKI Pasal 35 ayat (2), Probolinggo Pasal 32): perencanaan (planning) →
//     pengadaan (procurement) → pengelolaan (in_use ⇄ maintenance) → penghapusan (disposed);
//   - the compatibility gate of new devices where the profile has it (Kendari Pasal 19 ayat (8));
//   - expiry warnings for warranties and licences within the region's window;
//   - the inventory report's snapshot per agency and category (Kendari Pasal 19 ayat (11)-(12)).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/region_profile.h"
#include "core/lang.h"
#include "core/problem.h"
#include "modules/assets/model.h"
#include "profiles/model.h"

namespace simpul::modules::assets {

inline const std::set<std::string> kKinds{"hardware", "software"};
inline const std::set<std::string> kHardwareCategories{"computer", "laptop",  "server",          "network_device",
                                                       "storage",  "printer", "peripheral",      "security_device",
                                                       "other"};
inline const std::set<std::string> kSoftwareCategories{"operating_system",    "office_software",   "database_software",
                                                       "application_licence", "security_software", "other"};
inline const std::set<std::string> kStages{"planning", "procurement", "in_use", "maintenance", "disposed"};
// Where a new record starts: a plan, or a device already in use being recorded. Procurement is
// reached only through the procure step, so the compatibility gate always applies.
inline const std::set<std::string> kInitialStages{"planning", "in_use", "maintenance"};
inline const std::set<std::string> kLicenceKinds{"perpetual", "subscription", "open_source", "oem"};
inline const std::set<std::string> kActions{"procure", "put_in_use", "start_maintenance", "end_maintenance", "dispose"};
inline const std::set<std::string> kLinkKinds{"host", "application", "ticket"};
inline constexpr int64_t kDefaultWarningDays = 90;

// All categories, for the filter of the list.
std::set<std::string> all_categories();
bool category_fits(const std::string& kind, const std::string& category);
// workstation | data_center | network | other: which existing devices a new one must work with.
std::string category_family(const std::string& category);

// The fields of a POST (creating) or PATCH. Absent fields stay unset; for the nullable ones the
// outer optional says "given" and the inner the value (null clears).
struct AssetInput {
  std::optional<std::string> kind, category, code, name, stage;
  std::optional<int64_t> owner_agency_id;
  std::optional<std::optional<std::string>> brand, model, software_version, serial_number, location, regional_asset_code,
      notes;
  std::optional<std::optional<std::string>> acquired_on, warranty_until, licence_kind, licence_until;
  std::optional<std::optional<int64_t>> value, seats, application_id;
};

// 422 validation-failed with every field error at once.
AssetInput parse_asset(const nlohmann::json& body, bool creating);
void apply(const AssetInput& in, Asset& a);
// Rules between fields of the whole record: the category fits the kind, licence fields and the
// licensed application only on software, the warranty not before the acquisition.
std::vector<FieldError> record_errors(const Asset& a);

// "DINKES/PC/2024/001" as typed, trimmed; codes compare exactly.
// Lower-case code, name and serial number: what ?q= searches.
std::string search_text(const Asset& a);
// The earlier of the warranty and licence end while not disposed: what the expiry filter reads.
std::optional<std::string> expires_on(const Asset& a);

// ---- lifecycle ----
// The stage `action` leads to from `stage`; nullopt when it is not the next step.
std::optional<std::string> next_stage(const std::string& stage, const std::string& action);
// Why the asset cannot be changed at all: it is disposed (read-only).
std::optional<Text> cannot_edit(const Asset& a);
// Why `action` cannot be taken now: out of order, or the asset is already disposed.
std::optional<Text> cannot_take(const Asset& a, const std::string& action);

struct StepInput {
  std::string action;
  std::string on;  // YYYY-MM-DD
  std::string note, reason, decree_reference;
};
// {action, on?, note?, reason?, decree_reference?}: `on` defaults to today and may be neither in
// the future nor before the asset's last step (`stage_since`); dispose needs reason and decree.
StepInput parse_step(const nlohmann::json& body, const std::string& today, const std::string& stage_since);
// Applies the step (the caller has checked cannot_take): stage, stage_since, disposal, and the
// acquisition date when a procured asset is put in use without one.
void take_step(Asset& a, const StepInput& step);

// ---- compatibility (Kendari Pasal 19 ayat (8)) ----
// The profile's obligation that new devices be compatible with the existing ones, if it has one.
std::optional<CitedObligation> compatibility_obligation(const profiles::Profile* profile);
// Why a hardware asset cannot be procured yet under `gate`: no compatibility statement.
std::optional<Text> cannot_procure(const Asset& a, const std::optional<CitedObligation>& gate);

struct CompatibilityInput {
  std::vector<int64_t> compatible_with;
  std::string note;
};
CompatibilityInput parse_compatibility(const nlohmann::json& body);

struct LinkInput {
  std::string kind;
  int64_t target_id = 0;
};
LinkInput parse_link(const nlohmann::json& body);

// ---- expiry warnings ----
// Whole days from `from` to `to` (YYYY-MM-DD both): negative when `to` is earlier.
int64_t days_between(const std::string& from, const std::string& to);
// "expired" (before today), "expiring" (today up to today + warning_days), "" otherwise.
std::string expiry_status(const std::string& until, const std::string& today, int64_t warning_days);
// The date `days` after `date`.
std::string date_after(const std::string& date, int64_t days);
// {warning_days: 1..365}.
int64_t parse_warning_days(const nlohmann::json& body);

// ---- inventory report (Kendari Pasal 19 ayat (11)-(12); Madiun Pasal 35 ayat (4)) ----
// The profile's obligation to report the asset inventory to the regional asset office.
std::optional<CitedObligation> report_obligation(const profiles::Profile* profile);
// The asset office named by the profile ("Badan Keuangan dan Aset Daerah"), "" when it names none.
std::string asset_office_name(const profiles::Profile* profile);
// Whether an asset acquired (or, without a date, recorded) on `since` counts in `year`'s report.
bool counts_in_year(const Asset& a, int year);
// The rows per agency and category (by agency name, then category), totals and the assets
// without a regional asset code, from the assets counted (not disposed for count and value).
void snapshot(InventoryReport& report, const std::vector<Asset>& counted);
int parse_report_year(const nlohmann::json& body, int current_year);
struct SubmitInput {
  std::string sent_on, recipient;
};
SubmitInput parse_submit(const nlohmann::json& body, const std::string& today);
std::optional<Text> cannot_submit(const InventoryReport& r);

}  // namespace simpul::modules::assets
