#pragma once
// The names the demo region is made of: the Perangkat Daerah of Kota Madiun and
// Javanese given and family names. Data only.
#include <string_view>
#include <vector>

namespace simpul::demo_data {

struct AgencyName {
  std::string_view name;
  std::string_view short_name;
  std::string_view kind;
  std::string_view parent_short_name;  // a Bagian under the Sekretariat Daerah, a Kelurahan under its Kecamatan
};

// In the order the demo takes them: the Sekretariat, the Dinas and Badan, the Bagian,
// the Kecamatan, then the Kelurahan.
const std::vector<AgencyName>& madiun_agencies();

const std::vector<std::string_view>& male_given_names();
const std::vector<std::string_view>& female_given_names();
const std::vector<std::string_view>& family_names();

}  // namespace simpul::demo_data
