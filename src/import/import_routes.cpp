#include "import/import_routes.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "export/xlsx.h"
#include "modules/agencies/store.h"

namespace simpul::import {

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}
}  // namespace

AgencyLookup agency_lookup(db::Connection& c, const std::string& region_id) {
  auto names = std::make_shared<std::map<std::string, int64_t>>();
  for (const auto& a : modules::agencies::list(c, region_id)) {
    (*names)[lower(a.short_name)] = a.id;
    (*names)[lower(a.name)] = a.id;
  }
  return [names](const std::string& name) -> std::optional<int64_t> {
    auto it = names->find(lower(name));
    if (it == names->end()) return std::nullopt;
    return it->second;
  };
}

std::string template_workbook(const std::vector<Column>& columns, const std::string& sheet_name) {
  xlsx::Sheet sheet{sheet_name, {}, {}, {}};
  for (const auto& c : columns) sheet.header.push_back(c.headers.front());
  return xlsx::write_workbook({sheet});
}

}  // namespace simpul::import
