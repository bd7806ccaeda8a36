// The data catalog as pure rules: who may see a dataset by its classification (Perwali
// Madiun 39/2021 Pasal 10 ayat (4) and Pasal 11 ayat (3) huruf a), when a dataset is
// overdue for an update, what a dataset and a sharing agreement may hold (OKI Pasal 11:
// master and reference data keyed by NIK or NIP).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <functional>
#include <set>

#include "auth/principal.h"
#include "core/problem.h"
#include "modules/datasets/access.h"
#include "modules/datasets/rules.h"
#include "modules/datasets/sharing_rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::datasets;
using auth::Role;

namespace {

auth::Principal principal(Role role, std::optional<int64_t> agency = std::nullopt) {
  auth::Principal p;
  p.user_id = 1;
  p.region_id = "kota-madiun";
  p.role = role;
  p.agency_id = agency;
  return p;
}

constexpr int64_t kOwner = 7;
constexpr int64_t kOther = 9;

}  // namespace

TEST(DatasetAccess, PublicIsOpenToEveryoneEvenWithoutSigningIn) {
  EXPECT_TRUE(may_read_dataset(nullptr, "public", kOwner, false));
  for (Role role : auth::all_roles()) {
    auto p = principal(role, role == Role::agency_operator ? std::optional<int64_t>(kOther) : std::nullopt);
    EXPECT_TRUE(may_read_dataset(&p, "public", kOwner, false)) << auth::role_code(role);
  }
}

TEST(DatasetAccess, InternalIsForEverySignedInRoleButCitizen) {
  EXPECT_FALSE(may_read_dataset(nullptr, "internal", kOwner, false));
  auto citizen = principal(Role::citizen);
  EXPECT_FALSE(may_read_dataset(&citizen, "internal", kOwner, false));
  for (Role role : {Role::superadmin, Role::leadership, Role::auditor}) {
    auto p = principal(role);
    EXPECT_TRUE(may_read_dataset(&p, "internal", kOwner, false)) << auth::role_code(role);
  }
  auto other_operator = principal(Role::agency_operator, kOther);
  EXPECT_TRUE(may_read_dataset(&other_operator, "internal", kOwner, false));
}

TEST(DatasetAccess, RestrictedNeedsTheOwnerAnOversightRoleOrAnActiveAgreement) {
  EXPECT_FALSE(may_read_dataset(nullptr, "restricted", kOwner, false));
  EXPECT_FALSE(may_read_dataset(nullptr, "restricted", kOwner, true));
  auto citizen = principal(Role::citizen);
  EXPECT_FALSE(may_read_dataset(&citizen, "restricted", kOwner, true));
  for (Role role : {Role::superadmin, Role::leadership, Role::auditor}) {
    auto p = principal(role);
    EXPECT_TRUE(may_read_dataset(&p, "restricted", kOwner, false)) << auth::role_code(role);
  }
  auto owner = principal(Role::agency_operator, kOwner);
  EXPECT_TRUE(may_read_dataset(&owner, "restricted", kOwner, false));
  auto other = principal(Role::agency_operator, kOther);
  EXPECT_FALSE(may_read_dataset(&other, "restricted", kOwner, false));
  EXPECT_TRUE(may_read_dataset(&other, "restricted", kOwner, true));  // an active agreement
  auto no_agency = principal(Role::agency_operator);
  EXPECT_FALSE(may_read_dataset(&no_agency, "restricted", kOwner, false));
}

TEST(DatasetAccess, SecretIsForTheSuperadminAndTheOwnerAgencyOnly) {
  EXPECT_FALSE(may_read_dataset(nullptr, "secret", kOwner, false));
  auto superadmin = principal(Role::superadmin);
  EXPECT_TRUE(may_read_dataset(&superadmin, "secret", kOwner, false));
  auto owner = principal(Role::agency_operator, kOwner);
  EXPECT_TRUE(may_read_dataset(&owner, "secret", kOwner, false));
  for (Role role : {Role::leadership, Role::auditor, Role::citizen}) {
    auto p = principal(role);
    EXPECT_FALSE(may_read_dataset(&p, "secret", kOwner, false)) << auth::role_code(role);
    EXPECT_FALSE(may_read_dataset(&p, "secret", kOwner, true)) << auth::role_code(role);
  }
  // An agreement never opens a secret dataset.
  auto other = principal(Role::agency_operator, kOther);
  EXPECT_FALSE(may_read_dataset(&other, "secret", kOwner, true));
}

TEST(DatasetAccess, AnUnknownClassificationIsClosed) {
  auto leadership = principal(Role::leadership);
  auto owner = principal(Role::agency_operator, kOwner);
  EXPECT_FALSE(may_read_dataset(&leadership, "confidential", kOwner, false));
  EXPECT_FALSE(may_read_dataset(&owner, "", kOwner, true));
  EXPECT_FALSE(may_read_dataset(nullptr, "", kOwner, true));
}

// --------------------------------------------------------------------------- update frequency

namespace {

Dataset dataset(const std::string& frequency, const std::string& last_updated) {
  Dataset d;
  d.update_frequency = frequency;
  d.last_updated = last_updated;
  return d;
}

}  // namespace

TEST(DatasetOverdue, EachFrequencyAllowsItsPeriodAndTheDueDayIsOnTime) {
  const std::string today = "2026-11-29";
  struct Case {
    const char* frequency;
    const char* last_updated;
    const char* due;
  } cases[] = {{"daily", "2026-11-28", "2026-11-29"},     {"weekly", "2026-11-22", "2026-11-29"},
               {"monthly", "2026-10-29", "2026-11-29"},   {"quarterly", "2026-08-29", "2026-11-29"},
               {"semiannual", "2026-05-29", "2026-11-29"}, {"yearly", "2025-11-29", "2026-11-29"}};
  for (const auto& c : cases) {
    EXPECT_EQ(next_update_due(c.frequency, c.last_updated, today), std::optional<std::string>(c.due)) << c.frequency;
    EXPECT_FALSE(update_overdue(dataset(c.frequency, c.last_updated), today)) << c.frequency;
    EXPECT_TRUE(update_overdue(dataset(c.frequency, c.last_updated), "2026-11-30")) << c.frequency;
  }
}

TEST(DatasetOverdue, MonthEndsFallBackToTheLastDayOfTheMonth) {
  EXPECT_EQ(next_update_due("monthly", "2026-01-31", "2026-02-01"), std::optional<std::string>("2026-02-28"));
  EXPECT_EQ(next_update_due("daily", "2024-02-28", "2024-02-28"), std::optional<std::string>("2024-02-29"));
  EXPECT_EQ(next_update_due("weekly", "2026-12-28", "2026-12-28"), std::optional<std::string>("2027-01-04"));
}

TEST(DatasetOverdue, IrregularAndRetiredAreNeverOverdueAndAMissingUpdateIsOverdue) {
  EXPECT_EQ(next_update_due("irregular", "2001-01-01", "2026-11-29"), std::nullopt);
  EXPECT_FALSE(update_overdue(dataset("irregular", "2001-01-01"), "2026-11-29"));
  EXPECT_FALSE(update_overdue(dataset("irregular", ""), "2026-11-29"));
  EXPECT_TRUE(update_overdue(dataset("yearly", ""), "2026-11-29"));
  auto retired = dataset("daily", "2001-01-01");
  retired.status = "retired";
  EXPECT_FALSE(update_overdue(retired, "2026-11-29"));
}

// --------------------------------------------------------------------------- validation

TEST(DatasetValidation, ReadsAValidBodyAndNormalisesCodeAndFormats) {
  auto in = parse_dataset({{"owner_agency_id", 3},
                           {"code", " dukcapil-penduduk "},
                           {"title", "Data Kependudukan"},
                           {"classification", "restricted"},
                           {"update_frequency", "monthly"},
                           {"formats", {"csv", "CSV", "api"}},
                           {"last_updated", "2026-11-01"},
                           {"master_data", true},
                           {"data_key", "nik"}},
                          true, "2026-11-29");
  Dataset d;
  apply(in, d);
  EXPECT_EQ(d.code, "DUKCAPIL-PENDUDUK");
  EXPECT_EQ(d.formats, (std::vector<std::string>{"CSV", "API"}));
  EXPECT_EQ(d.owner_agency_id, 3);
  EXPECT_TRUE(record_errors(d, "").empty());
}

TEST(DatasetValidation, NamesEveryBadField) {
  auto fields = fields_of([] {
    parse_dataset({{"code", "1x"},
                   {"title", ""},
                   {"classification", "confidential"},
                   {"update_frequency", "hourly"},
                   {"last_updated", "2026-12-01"},
                   {"landing_page", "ftp://data"},
                   {"contact_email", "no-at-sign"},
                   {"data_key", "npwp"},
                   {"status", "retired"},
                   {"extra", 1}},
                  true, "2026-11-29");
  });
  std::set<std::string> got(fields.begin(), fields.end());
  for (const char* f : {"owner_agency_id", "code", "title", "classification", "update_frequency", "last_updated",
                        "landing_page", "contact_email", "data_key", "status", "extra"})
    EXPECT_TRUE(got.count(f)) << f;
  EXPECT_EQ(fields_of([] { parse_dataset({{"owner_agency_id", 4}}, false, "2026-11-29"); }),
            std::vector<std::string>{"owner_agency_id"});
}

TEST(DatasetValidation, MasterDataNeedsAKeyCitingTheRegulation) {
  Dataset d;
  d.master_data = true;
  auto errors = record_errors(d, "Perbup OKI 32/2022 Pasal 11 ayat (4)");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "data_key");
  EXPECT_NE(errors[0].message.id.find("Pasal 11 ayat (4)"), std::string::npos);
  d.data_key = "nip";
  EXPECT_TRUE(record_errors(d, "").empty());
  d.master_data = false;
  d.data_key = "none";
  d.reference_data = true;
  EXPECT_TRUE(record_errors(d, "").empty());
}

// --------------------------------------------------------------------------- sharing agreements

namespace {

Agreement agreement(const std::string& status, const std::string& from, const std::string& to) {
  Agreement a;
  a.provider_agency_id = 1;
  a.consumer_agency_id = 2;
  a.status = status;
  a.valid_from = from;
  a.expires_on = to;
  a.document_number = "470/001/2026";
  a.dataset_ids = {5};
  return a;
}

}  // namespace

TEST(DatasetSharing, OnlyAnActiveAgreementWithinItsDatesGrantsAccess) {
  const std::string today = "2026-11-29";
  EXPECT_TRUE(grants_access(agreement("active", "2026-01-01", "2026-11-29"), today));  // its last day
  EXPECT_FALSE(grants_access(agreement("active", "2026-01-01", "2026-11-28"), today));  // expired yesterday
  EXPECT_EQ(agreement_state(agreement("active", "2026-01-01", "2026-11-28"), today), "expired");
  EXPECT_EQ(agreement_state(agreement("active", "2026-11-30", "2027-11-30"), today), "scheduled");
  EXPECT_FALSE(grants_access(agreement("draft", "2026-01-01", "2027-01-01"), today));
  EXPECT_FALSE(grants_access(agreement("ended", "2026-01-01", "2027-01-01"), today));
}

TEST(DatasetSharing, ExpiringSoonWithinThirtyDays) {
  const std::string today = "2026-11-29";
  EXPECT_TRUE(expiring_soon(agreement("active", "2026-01-01", "2026-12-29"), today));
  EXPECT_FALSE(expiring_soon(agreement("active", "2026-01-01", "2026-12-30"), today));
  EXPECT_FALSE(expiring_soon(agreement("draft", "2026-01-01", "2026-12-01"), today));
  EXPECT_EQ(days_between("2026-11-29", "2027-01-01"), 33);
}

TEST(DatasetSharing, ActivationNeedsANumberADatasetAndAnExpiryNotPassed) {
  const std::string today = "2026-11-29";
  auto a = agreement("draft", "2026-11-01", "2027-11-01");
  EXPECT_FALSE(cannot_activate(a, today, "Perwali Madiun 39/2021 Pasal 10 ayat (4)"));
  auto no_number = a;
  no_number.document_number.clear();
  auto why = cannot_activate(no_number, today, "Perwali Madiun 39/2021 Pasal 10 ayat (4)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Pasal 10 ayat (4)"), std::string::npos);
  auto empty = a;
  empty.dataset_ids.clear();
  EXPECT_TRUE(cannot_activate(empty, today, ""));
  EXPECT_TRUE(cannot_activate(agreement("draft", "2026-01-01", "2026-11-28"), today, ""));
  EXPECT_TRUE(cannot_activate(agreement("active", "2026-01-01", "2027-01-01"), today, ""));
  EXPECT_TRUE(cannot_end(agreement("ended", "2026-01-01", "2027-01-01")));
  EXPECT_TRUE(cannot_edit(agreement("ended", "2026-01-01", "2027-01-01")));
  EXPECT_FALSE(cannot_edit(agreement("active", "2026-01-01", "2027-01-01")));
}

TEST(DatasetSharing, CoversOnlyTheProvidersActiveNonSecretDatasets) {
  Dataset d;
  d.code = "DS-1";
  d.owner_agency_id = 1;
  d.classification = "restricted";
  EXPECT_FALSE(coverage_problem(d, 1));
  EXPECT_TRUE(coverage_problem(d, 2));
  d.classification = "secret";
  EXPECT_TRUE(coverage_problem(d, 1));
  d.classification = "internal";
  d.status = "retired";
  EXPECT_TRUE(coverage_problem(d, 1));
}

TEST(DatasetSharing, ValidationNamesEveryBadField) {
  auto fields = fields_of([] {
    parse_agreement({{"access_mode", "fax"}, {"dataset_ids", {1, -2}}, {"valid_from", "2026-02-30"},
                     {"document_sha256", "xyz"}},
                    true);
  });
  std::set<std::string> got(fields.begin(), fields.end());
  for (const char* f : {"provider_agency_id", "consumer_agency_id", "title", "purpose", "access_mode", "dataset_ids",
                        "valid_from", "expires_on", "document_sha256"})
    EXPECT_TRUE(got.count(f)) << f;
  auto a = agreement("draft", "2026-12-01", "2026-11-01");
  a.consumer_agency_id = a.provider_agency_id;
  auto errors = agreement_errors(a);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "consumer_agency_id");
  EXPECT_EQ(errors[1].field, "expires_on");
}

// --------------------------------------------------------------------------- citations from the profiles

TEST(DatasetCitations, ComeFromTheRegionsRegulation) {
  const auto* madiun = profiles::find_builtin("madiun");
  const auto* oki = profiles::find_builtin("oki");
  ASSERT_TRUE(madiun && oki);
  EXPECT_NE(classification_citation(madiun).find("Pasal 11 ayat (3) huruf a"), std::string::npos)
      << classification_citation(madiun);
  EXPECT_NE(sharing_citation(madiun).find("Pasal 10 ayat (4)"), std::string::npos) << sharing_citation(madiun);
  EXPECT_EQ(key_citation(oki).rfind(oki->citation.short_name, 0), 0u) << key_citation(oki);
  EXPECT_NE(key_citation(oki).find("Pasal 11 ayat (4)"), std::string::npos) << key_citation(oki);
  EXPECT_EQ(sharing_citation(nullptr), "");
}
