#pragma once
// What the infrastructure routes share: query parameters, the agency a record names, who
// may act for it (own agency; PD Mandiri TIK), the uploaded file a record refers to.
#include <optional>
#include <algorithm>
#include <set>
#include <vector>
#include <string>

#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "core/problem.h"
#include "http/message.h"
#include "http/pagination.h"
#include "modules/agencies/model.h"
#include "modules/infrastructure/rules.h"

namespace simpul::modules::infrastructure {

// The agency of the caller's region (422 on `field` when there is none).
agencies::Agency agency_for(db::Connection& c, const std::string& region_id, int64_t agency_id, const std::string& field);

// 403 unless the caller may act for the agency: superadmin, or its own agency's operator.
void require_own_agency(const auth::Principal& me, int64_t agency_id);
// 403 for a caller without infrastructure_manage (the ICT office: the superadmin), saying
// what only it does.
void require_ict_office(const auth::Principal& me, const Text& what_only_it_does);
// 403 citing PD Mandiri TIK (Madiun Pasal 45) when an agency operator may not run the
// agency's servers / LAN themselves; the superadmin (the ICT office) always may.
void require_self_management(db::Connection& c, const auth::Principal& me, const agencies::Agency& agency, SelfManaged what);

// 422 on `field` unless a file with this sha256 was uploaded to the region's file store.
void require_uploaded_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field);


// One page of an already sorted list, as every list answers (docs/http-contract.md):
// {"items", "next_cursor"}, `limit` 1-100 (default 50); the cursor holds the id of the last
// item seen, so the order stays the registry's own (by agency, by name …). The lists are
// read whole first: a region has thousands of these records, not millions.
template <class Record, class ToJson>
nlohmann::json page_of(const std::vector<Record>& all, const http::Request& req, ToJson to_json) {
  auto page = http::parse_page_request(req);
  size_t start = 0;
  if (auto after = http::after_number(page)) {
    while (start < all.size() && all[start].id != *after) ++start;
    if (start == all.size())
      throw ProblemError(Problem::bad_request({"cursor tidak lagi berlaku; muat ulang daftar dari awal.",
                                               "The cursor is no longer valid; load the list again from the start."}));
    ++start;
  }
  std::vector<Record> rest(all.begin() + static_cast<std::ptrdiff_t>(start),
                           all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), start + page.limit + 1)));
  return http::page_body(std::move(rest), page.limit, [](const Record& r) { return std::to_string(r.id); }, to_json);
}

}  // namespace simpul::modules::infrastructure
