// The infrastructure registry as pure rules: IP ranges in CIDR notation and their overlaps
// (Perbup OKI 32/2022 Pasal 20), the naming rules of domains, websites and e-mail addresses
// (Perwali Madiun 39/2021 Pasal 21 ayat (2), OKI Pasal 22), host and backup placement (Madiun
// Pasal 14 and 16, OKI Pasal 12), PD Mandiri TIK (Madiun Pasal 45) and stale LAN diagrams
// (Madiun Pasal 20 ayat (1)), each against the built-in profiles.
#include <gtest/gtest.h>

#include <set>

#include "core/problem.h"
#include "modules/infrastructure/cidr.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/naming.h"
#include "modules/infrastructure/rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::infrastructure;

namespace {

Cidr cidr(const std::string& text) {
  auto parsed = parse_cidr(text);
  if (!parsed.cidr) throw std::runtime_error("not a CIDR in the test: " + text);
  return *parsed.cidr;
}

std::optional<CidrError> error_of(const std::string& text) { return parse_cidr(text).error; }

const profiles::Profile* profile(const char* name) {
  const auto* p = profiles::find_builtin(name);
  if (!p) throw std::runtime_error(std::string("no built-in profile ") + name);
  return p;
}

profiles::Period period(const char* text) { return *profiles::parse_period(text); }

}  // namespace

// --------------------------------------------------------------------------- CIDR

TEST(InfrastructureCidr, ParsesAndNormalisesIpv4AndIpv6) {
  EXPECT_EQ(cidr("10.20.0.0/16").text(), "10.20.0.0/16");
  EXPECT_EQ(cidr("2001:DB8:0:0::/48").text(), "2001:db8::/48");
  EXPECT_EQ(cidr("192.168.1.7").text(), "192.168.1.7/32");  // a single host
  EXPECT_EQ(cidr("2001:db8::1").text(), "2001:db8::1/128");
  EXPECT_EQ(cidr("0.0.0.0/0").prefix, 0);
  EXPECT_EQ(cidr("::/0").network.family, 6);
  EXPECT_EQ(cidr("10.0.0.1/32").prefix, 32);
}

TEST(InfrastructureCidr, RefusesBadNotation) {
  for (const char* bad : {"", "10.0.0", "10.0.0.256/24", "10.0.0.0/", "abc", "10.0.0.0 /24", " 10.0.0.0/24",
                          "10.0.0.0/24/1", "fe80::1%eth0", "2001:db8:::/48", "10.0.0.0/8x"})
    EXPECT_TRUE(error_of(bad) == CidrError::syntax || error_of(bad) == CidrError::prefix) << bad;
  EXPECT_EQ(error_of("10.0.0.0/33"), CidrError::prefix);
  EXPECT_EQ(error_of("2001:db8::/129"), CidrError::prefix);
  EXPECT_EQ(error_of("10.0.0.0/08"), CidrError::prefix);
  EXPECT_EQ(error_of("10.0.0.0/-1"), CidrError::prefix);
}

TEST(InfrastructureCidr, RefusesHostBitsAfterThePrefix) {
  EXPECT_EQ(error_of("10.20.1.0/16"), CidrError::host_bits);
  EXPECT_EQ(error_of("10.0.0.1/31"), CidrError::host_bits);
  EXPECT_EQ(error_of("2001:db8::1/64"), CidrError::host_bits);
  EXPECT_EQ(error_of("1.0.0.0/0"), CidrError::host_bits);
  EXPECT_FALSE(error_of("10.0.0.2/31"));
}

TEST(InfrastructureCidr, AdjacentRangesDoNotOverlap) {
  EXPECT_FALSE(overlaps(cidr("10.0.0.0/24"), cidr("10.0.1.0/24")));
  EXPECT_FALSE(overlaps(cidr("10.0.0.0/25"), cidr("10.0.0.128/25")));
  EXPECT_FALSE(overlaps(cidr("10.0.0.255/32"), cidr("10.0.1.0/32")));
  EXPECT_FALSE(overlaps(cidr("2001:db8::/64"), cidr("2001:db8:0:1::/64")));
}

TEST(InfrastructureCidr, ContainmentAndEqualityOverlapBothWays) {
  EXPECT_TRUE(overlaps(cidr("10.0.0.0/8"), cidr("10.20.0.0/16")));
  EXPECT_TRUE(overlaps(cidr("10.20.0.0/16"), cidr("10.0.0.0/8")));
  EXPECT_TRUE(overlaps(cidr("10.20.0.0/16"), cidr("10.20.0.0/16")));
  EXPECT_TRUE(overlaps(cidr("10.20.3.4/32"), cidr("10.20.0.0/16")));
  EXPECT_TRUE(overlaps(cidr("2001:db8::/32"), cidr("2001:db8:abcd::/48")));
  EXPECT_TRUE(contains(cidr("10.0.0.0/8"), cidr("10.20.0.0/16")));
  EXPECT_FALSE(contains(cidr("10.20.0.0/16"), cidr("10.0.0.0/8")));
  EXPECT_TRUE(contains(cidr("10.0.0.0/8"), *parse_address("10.255.255.255")));
  EXPECT_FALSE(contains(cidr("10.0.0.0/8"), *parse_address("11.0.0.0")));
}

TEST(InfrastructureCidr, TheWholeSpaceOverlapsItsFamilyOnly) {
  EXPECT_TRUE(overlaps(cidr("0.0.0.0/0"), cidr("203.0.113.9/32")));
  EXPECT_TRUE(overlaps(cidr("::/0"), cidr("2001:db8::/48")));
  EXPECT_FALSE(overlaps(cidr("0.0.0.0/0"), cidr("::/0")));
  EXPECT_FALSE(overlaps(cidr("10.0.0.0/8"), cidr("::ffff:10.0.0.0/104")));  // IPv4-mapped IPv6 is another family
}

// --------------------------------------------------------------------------- naming

TEST(InfrastructureNaming, AgencyLabelsComeFromTheShortNameAndTheRegulationsKey) {
  EXPECT_EQ(agency_labels("Dinkes", ""), std::vector<std::string>{"dinkes"});
  EXPECT_EQ(agency_labels("Bag. Organisasi", "bagian_organisasi"),
            (std::vector<std::string>{"bagorganisasi", "bagian-organisasi"}));
  EXPECT_EQ(agency_labels("Diskominfo", "diskominfo"), std::vector<std::string>{"diskominfo"});
  EXPECT_EQ(agency_labels("Satpol PP", ""), std::vector<std::string>{"satpolpp"});
}

TEST(InfrastructureNaming, NamesMustBeValidBeforeAnyRule) {
  EXPECT_TRUE(is_dns_name("dinkes.madiunkota.go.id"));
  EXPECT_TRUE(is_dns_name("e-gov.kaboki.go.id"));
  EXPECT_FALSE(is_dns_name("localhost"));
  EXPECT_FALSE(is_dns_name("-dinkes.madiunkota.go.id"));
  EXPECT_FALSE(is_dns_name("dinkes..go.id"));
  EXPECT_FALSE(is_dns_name("dinkes_kota.go.id"));
  EXPECT_FALSE(is_dns_name(std::string(64, 'a') + ".go.id"));
  EXPECT_TRUE(is_email_address("dinkes@kaboki.go.id"));
  EXPECT_TRUE(is_email_address("humas.dinkes@madiunkota.go.id"));
  EXPECT_FALSE(is_email_address("dinkes@@kaboki.go.id"));
  EXPECT_FALSE(is_email_address("@kaboki.go.id"));
  EXPECT_FALSE(is_email_address("dinkes kaboki.go.id"));
  EXPECT_FALSE(is_valid_name("website", "dinkes@kaboki.go.id"));
}

TEST(InfrastructureNaming, MadiunWebsitesAreUnderThePortal) {
  auto rules = naming_rules(profile("madiun"), "website");
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].pattern, "{agency}.madiunkota.go.id");
  EXPECT_EQ(rules[0].citation, "Perwali Madiun 39/2021 Pasal 21 ayat (2)");
  std::vector<std::string> dinkes{"dinkes"};
  EXPECT_FALSE(naming_problem(rules, "website", "dinkes.madiunkota.go.id", dinkes));
  EXPECT_FALSE(naming_problem(rules, "website", "DINKES.madiunkota.go.id", dinkes));
  EXPECT_FALSE(naming_problem(rules, "website", "sehat.dinkes.madiunkota.go.id", dinkes));  // under it
  auto refused = naming_problem(rules, "website", "dinkes-madiun.com", dinkes);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("{agency}.madiunkota.go.id"), std::string::npos) << refused->en;
  EXPECT_NE(refused->en.find("dinkes.madiunkota.go.id"), std::string::npos) << refused->en;
  EXPECT_NE(refused->en.find("Pasal 21 ayat (2)"), std::string::npos) << refused->en;
  // Another agency's label is not this agency's.
  EXPECT_TRUE(naming_problem(rules, "website", "bappeda.madiunkota.go.id", dinkes));
  EXPECT_TRUE(naming_problem(rules, "website", "xdinkes.madiunkota.go.id", dinkes));
  // Madiun names no rule for e-mail: any valid address.
  EXPECT_TRUE(naming_rules(profile("madiun"), "email").empty());
}

TEST(InfrastructureNaming, OkiDomainSubdomainsAndEmail) {
  const auto* oki = profile("oki");
  std::vector<std::string> dinkes{"dinkes"};
  auto region = naming_rules(oki, "region_domain");
  ASSERT_EQ(region.size(), 1u);
  EXPECT_FALSE(naming_problem(region, "region_domain", "kaboki.go.id", {}));
  EXPECT_TRUE(naming_problem(region, "region_domain", "oki.go.id", {}));
  EXPECT_TRUE(naming_problem(region, "region_domain", "www.kaboki.go.id", {}));
  auto sub = naming_rules(oki, "agency_subdomain");
  ASSERT_EQ(sub.size(), 1u);
  EXPECT_EQ(sub[0].citation, "Perbup OKI 32/2022 Pasal 22 ayat (3)");
  EXPECT_FALSE(naming_problem(sub, "agency_subdomain", "dinkes.kaboki.go.id", dinkes));
  EXPECT_TRUE(naming_problem(sub, "agency_subdomain", "dinkes.oki.go.id", dinkes));
  auto mail = naming_rules(oki, "email");
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_FALSE(naming_problem(mail, "email", "dinkes@kaboki.go.id", dinkes));
  auto refused = naming_problem(mail, "email", "dinkes.oki@gmail.com", dinkes);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->id.find("{agency}@kaboki.go.id"), std::string::npos) << refused->id;
  EXPECT_NE(refused->id.find("Pasal 22 ayat (6)"), std::string::npos) << refused->id;
  EXPECT_TRUE(naming_problem(mail, "email", "kepala.dinkes@kaboki.go.id", dinkes));  // e-mail must match exactly
}

TEST(InfrastructureNaming, ProfilesWithoutARuleTakeAnyValidName) {
  EXPECT_TRUE(naming_rules(profile("kendari"), "website").empty());
  EXPECT_TRUE(naming_rules(profile("probolinggo"), "agency_subdomain").empty());
  EXPECT_TRUE(naming_rules(nullptr, "website").empty());
  EXPECT_FALSE(naming_problem({}, "website", "dinkes.example.org", {"dinkes"}));
  EXPECT_EQ(naming_rules(profile("batam"), "website").at(0).pattern, "{agency}.batam.go.id");
}

// --------------------------------------------------------------------------- placement

TEST(InfrastructurePlacement, MadiunPlacesAVpsInTheDataCenter) {
  const auto* madiun = profile("madiun");
  auto refused = host_placement_problem(madiun, "vps", "active", std::nullopt);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("Perwali Madiun 39/2021 Pasal 14 ayat (5)"), std::string::npos) << refused->en;
  EXPECT_TRUE(host_placement_problem(madiun, "vps", "active", std::string("recovery_center")));
  EXPECT_FALSE(host_placement_problem(madiun, "vps", "active", std::string("data_center")));
  EXPECT_FALSE(host_placement_problem(madiun, "vps", "retired", std::nullopt));
  // Madiun lets agencies keep their own servers (Pasal 14 ayat (4)).
  EXPECT_FALSE(host_placement_problem(madiun, "physical_server", "active", std::nullopt));
  EXPECT_FALSE(host_placement_problem(madiun, "virtual_machine", "active", std::string("recovery_center")));
}

TEST(InfrastructurePlacement, OkiPlacesEveryServerInTheDataCenter) {
  const auto* oki = profile("oki");
  auto refused = host_placement_problem(oki, "physical_server", "active", std::nullopt);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("Perbup OKI 32/2022 Pasal 12 ayat (7)"), std::string::npos) << refused->en;
  EXPECT_FALSE(host_placement_problem(oki, "physical_server", "active", std::string("data_center")));
}

TEST(InfrastructurePlacement, ProfilesWithoutTheRulePlaceFreely) {
  EXPECT_FALSE(host_placement_problem(profile("probolinggo"), "vps", "active", std::nullopt));
  EXPECT_FALSE(host_placement_problem(profile("kendari"), "vps", "active", std::nullopt));
  EXPECT_FALSE(host_placement_problem(nullptr, "vps", "active", std::nullopt));
}

TEST(InfrastructurePlacement, BackupsGoToTheDataCenterWhereTheProfileSaysSo) {
  auto refused = backup_location_problem(profile("madiun"), std::string("recovery_center"));
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("Perwali Madiun 39/2021 Pasal 16 ayat (1)"), std::string::npos) << refused->en;
  EXPECT_TRUE(backup_location_problem(profile("madiun"), std::nullopt));
  EXPECT_FALSE(backup_location_problem(profile("madiun"), std::string("data_center")));
  EXPECT_NE(backup_location_problem(profile("kendari"), std::nullopt)->en.find("Pasal 22 ayat (5)"), std::string::npos);
  EXPECT_FALSE(backup_location_problem(profile("probolinggo"), std::nullopt));
}

// --------------------------------------------------------------------------- PD Mandiri TIK

TEST(InfrastructureSelfSufficiency, InMadiunOnlyAPdMandiriTikRunsItsServersAndLan) {
  const auto* madiun = profile("madiun");
  auto refused = self_management_refusal(madiun, SelfManaged::servers, false, false);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("Perwali Madiun 39/2021 Pasal 45"), std::string::npos) << refused->en;
  EXPECT_NE(refused->id.find("PD Mandiri TIK"), std::string::npos) << refused->id;
  EXPECT_TRUE(self_management_refusal(madiun, SelfManaged::lan, false, false));
  EXPECT_FALSE(self_management_refusal(madiun, SelfManaged::servers, false, true));
  EXPECT_FALSE(self_management_refusal(madiun, SelfManaged::lan, false, true));
  EXPECT_FALSE(self_management_refusal(madiun, SelfManaged::servers, true, false));  // the ICT office itself
}

TEST(InfrastructureSelfSufficiency, ElsewhereOperatorsRunTheirOwn) {
  for (const char* name : {"oki", "kendari", "batam", "probolinggo"})
    EXPECT_FALSE(self_management_refusal(profile(name), SelfManaged::servers, false, false)) << name;
  EXPECT_FALSE(self_management_refusal(nullptr, SelfManaged::lan, false, false));
}

// --------------------------------------------------------------------------- LAN diagrams

TEST(InfrastructureLanDiagram, StaleAfterAYear) {
  auto year = lan_diagram_period(profile("madiun"));
  EXPECT_EQ(year.text, "P1Y");
  EXPECT_EQ(lan_diagram_citation(profile("madiun")), "Perwali Madiun 39/2021 Pasal 20 ayat (1)");
  EXPECT_FALSE(lan_diagram_stale("2025-03-01", "2026-03-01", year));  // due that day, not yet late
  EXPECT_TRUE(lan_diagram_stale("2025-03-01", "2026-03-02", year));
  EXPECT_FALSE(lan_diagram_stale("2026-01-15", "2026-11-29", year));
  EXPECT_EQ(lan_diagram_due("2024-02-29", year), "2025-02-28");
  EXPECT_TRUE(lan_diagram_stale("2024-02-29", "2025-03-01", year));
}

TEST(InfrastructureLanDiagram, ThePeriodComesFromTheProfileOrIsAYear) {
  EXPECT_EQ(lan_diagram_period(profile("oki")).text, "P1Y");
  EXPECT_EQ(lan_diagram_period(nullptr).text, "P1Y");
  EXPECT_EQ(lan_diagram_citation(profile("probolinggo")), "");
  EXPECT_TRUE(lan_diagram_stale("2026-01-01", "2026-08-01", period("P6M")));
}

// --------------------------------------------------------------------------- input

TEST(InfrastructureInput, UptimeIsAPercentWithTwoDecimals) {
  EXPECT_EQ(uptime_basis_points(99.5), 9950);
  EXPECT_EQ(uptime_basis_points(99.95), 9995);
  EXPECT_EQ(uptime_basis_points(100), 10000);
  EXPECT_EQ(uptime_basis_points(0), 0);
  EXPECT_FALSE(uptime_basis_points(100.01));
  EXPECT_FALSE(uptime_basis_points(-1));
  EXPECT_FALSE(uptime_basis_points(99.999));
}

TEST(InfrastructureInput, HostAddressesAreNormalisedAndBadOnesNamed) {
  auto in = parse_host({{"owner_agency_id", 3}, {"name", "srv-1"}, {"kind", "vps"}, {"addresses", {"10.0.0.1", "2001:DB8::1", "10.0.0.1"}}}, true);
  EXPECT_EQ(*in.addresses, (std::vector<std::string>{"10.0.0.1", "2001:db8::1"}));
  try {
    parse_host({{"owner_agency_id", 3}, {"name", "srv-1"}, {"kind", "mainframe"}, {"addresses", {"10.0.0.300"}},
                {"uptime_commitment", 101}, {"colour", "red"}},
               true);
    FAIL() << "a bad host was accepted";
  } catch (const ProblemError& e) {
    std::set<std::string> fields;
    for (const auto& f : e.problem().errors) fields.insert(f.field);
    EXPECT_EQ(fields, (std::set<std::string>{"kind", "addresses.0", "uptime_commitment", "colour"}));
  }
}

TEST(InfrastructureInput, FileReferencesAreSha256) {
  EXPECT_TRUE(is_sha256(std::string(64, 'a')));
  EXPECT_FALSE(is_sha256(std::string(64, 'A')));
  EXPECT_FALSE(is_sha256(std::string(63, 'a')));
  EXPECT_FALSE(is_sha256(std::string(64, 'g')));
}

TEST(InfrastructurePlacement, OkiHostAddressesComeFromAllocatedRanges) {
  std::vector<Cidr> allocated{cidr("10.1.0.0/16"), cidr("2001:db8::/32")};
  EXPECT_FALSE(address_problem(profile("oki"), *parse_address("10.1.2.3"), allocated));
  EXPECT_FALSE(address_problem(profile("oki"), *parse_address("2001:db8::9"), allocated));
  auto refused = address_problem(profile("oki"), *parse_address("192.168.1.5"), allocated);
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->en.find("Perbup OKI 32/2022 Pasal 20 ayat (1)"), std::string::npos) << refused->en;
  EXPECT_TRUE(address_problem(profile("oki"), *parse_address("10.1.2.3"), {}));
  // Madiun has no such rule.
  EXPECT_FALSE(address_problem(profile("madiun"), *parse_address("192.168.1.5"), {}));
}
