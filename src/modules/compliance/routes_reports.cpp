// The compliance report as files a head of office signs: PDF (with charts) and XLSX, for one
// agency (?agency_id=) or for the whole region.
#include "export/download.h"
#include "export/pdf.h"
#include "http/query_params.h"
#include "modules/compliance/report.h"
#include "modules/compliance/routes_support.h"

namespace simpul::modules::compliance {

namespace {

// The report the request asks for: 404 for an agency that is not the region's.
template <class Write>
http::Response report_answer(AppContext& ctx, http::Request& req, Write write) {
  auto agency_id = http::number_param(req, "agency_id");
  return ctx.db->read([&](db::Connection& c) {
    const auto& region_id = req.principal->region_id;
    if (agency_id) require_agency(c, region_id, *agency_id);
    const auto& profile = require_profile(c, region_id);
    return write(load_report(c, region_id, profile, agency_id), profile);
  });
}

}  // namespace

void add_report_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase + "/report.pdf", Permission::compliance_read, [&ctx](http::Request& req) {
    return report_answer(ctx, req, [](const Report& r, const profiles::Profile& profile) {
      auto res = http::Response::text(200, report_pdf(r, profile), pdf::kContentType);
      // The stem holds only letters, digits and '-' (report_file_stem).
      res.header("content-disposition", "attachment; filename=\"" + report_file_stem(r) + ".pdf\"");
      return res;
    });
  });

  router.add("GET", kBase + "/report.xlsx", Permission::compliance_read, [&ctx](http::Request& req) {
    return report_answer(ctx, req, [](const Report& r, const profiles::Profile& profile) {
      return xlsx_download(report_xlsx(r, profile), report_file_stem(r));
    });
  });
}

}  // namespace simpul::modules::compliance
