// The evaluation's documents as downloads (report.h): the Berita Acara Penilaian Mandiri as
// PDF, and the result report as PDF and XLSX. Anyone who may read the evaluation may have them.
#include "export/download.h"
#include "export/pdf.h"
#include "modules/evaluation/evidence_routes_support.h"
#include "modules/evaluation/report.h"
#include "modules/evaluation/routes_support.h"

namespace simpul::modules::evaluation {

namespace {

template <class Write>
http::Response report_answer(AppContext& ctx, http::Request& req, Write write) {
  auto id = campaign_param(req);
  return ctx.db->read([&](db::Connection& c) {
    const auto& region_id = req.principal->region_id;
    return write(load_report(c, region_id, require_campaign(c, region_id, id)));
  });
}

http::Response pdf_download(std::string bytes, const std::string& file_stem) {
  auto res = http::Response::text(200, std::move(bytes), pdf::kContentType);
  // The stem holds only letters, digits and '-' (report.h).
  res.header("content-disposition", "attachment; filename=\"" + file_stem + ".pdf\"");
  return res;
}

}  // namespace

void add_report_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const std::string campaign = kBase + "/campaigns/{campaign_id}";

  router.add("GET", campaign + "/self-assessment.pdf", Permission::evaluation_read, [&ctx](http::Request& req) {
    return report_answer(ctx, req, [](const Report& r) { return pdf_download(self_assessment_pdf(r), self_assessment_file_stem(r)); });
  });

  router.add("GET", campaign + "/result.pdf", Permission::evaluation_read, [&ctx](http::Request& req) {
    return report_answer(ctx, req, [](const Report& r) { return pdf_download(result_pdf(r), result_file_stem(r)); });
  });

  router.add("GET", campaign + "/result.xlsx", Permission::evaluation_read, [&ctx](http::Request& req) {
    return report_answer(ctx, req, [](const Report& r) { return xlsx_download(result_xlsx(r), result_file_stem(r)); });
  });
}

}  // namespace simpul::modules::evaluation
