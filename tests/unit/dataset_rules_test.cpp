// The data catalog as pure rules: who may see a dataset by its classification (Perwali
// Madiun 39/2021 Pasal 10 ayat (4) and Pasal 11 ayat (3) huruf a), when a dataset is
// overdue for an update, what a dataset and a sharing agreement may hold (OKI Pasal 11:
// master and reference data keyed by NIK or NIP).
#include <gtest/gtest.h>

#include "auth/principal.h"
#include "modules/datasets/access.h"

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
