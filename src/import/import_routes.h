#pragma once
// The two routes every registry offers for bulk registration: the template workbook
// (GET <base>/import-template.xlsx: the header row agencies fill in) and the import
// itself (POST <base>/import, an XLSX or CSV body; ?dry_run=true only checks).
#include <functional>
#include <string>

#include "app/context.h"
#include "auth/permission.h"
#include "http/router.h"
#include "import/importer.h"

namespace simpul::import {

// Agencies of the region by short name or name, in any case.
AgencyLookup agency_lookup(db::Connection& c, const std::string& region_id);

// A workbook whose first row holds the columns' headers (in Indonesian), ready to fill.
std::string template_workbook(const std::vector<Column>& columns, const std::string& sheet_name);

// `plan_for` gives the registry's rules for this request; it may read the database
// (e.g. to look up names for `named` columns).
template <class Record>
void add_import_routes(http::Router& router, AppContext& ctx, const std::string& base, auth::Permission permission,
                       const std::string& sheet_name, std::vector<Column> columns,
                       std::function<Plan<Record>(db::Connection&, const http::Request&)> plan_for) {
  router.add("GET", base + "/import-template.xlsx", permission, [columns, sheet_name](http::Request&) {
    auto res = http::Response::text(200, template_workbook(columns, sheet_name), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.header("content-disposition", "attachment; filename=\"templat-" + sheet_name + ".xlsx\"");
    return res;
  });
  router.add("POST", base + "/import", permission, [&ctx, columns, plan_for](http::Request& req) {
    Plan<Record> plan = ctx.db->read([&](db::Connection& c) {
      Plan<Record> p = plan_for(c, req);
      p.columns = columns;
      p.agencies = agency_lookup(c, req.principal->region_id);
      return p;
    });
    return run(ctx, req, plan);
  }, http::Body::upload);
}

}  // namespace simpul::import
