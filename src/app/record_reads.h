#pragma once
// The read-only views every plan record offers beside itself: GET …/history (its
// versions, from the audit log), …/export.json and …/export.xlsx. `load` finds the
// record for the caller or throws (404 unknown, 403 not theirs), so the history and
// the exports are never more open than the record itself.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "app/record_history.h"
#include "auth/permission.h"
#include "auth/principal.h"
#include "export/download.h"
#include "http/params.h"
#include "http/router.h"

namespace simpul {

template <class Record>
struct RecordReads {
  std::string path;         // the record's own address, e.g. "/api/v1/master-plans/{master_plan_id}"
  std::string id_param;     // "master_plan_id"
  std::string entity_type;  // as in the audit log: "master_plan"
  std::string file_stem;    // "rencana-induk" → rencana-induk-3.xlsx
  Text not_found;
  std::function<Record(db::Connection&, const auth::Principal&, int64_t id)> load;
  std::function<nlohmann::json(db::Connection&, const Record&)> as_json;  // empty: no export.json
  std::function<std::string(db::Connection&, const Record&)> as_workbook;  // empty: no export.xlsx
};

template <class Record>
void add_record_reads(http::Router& router, AppContext& ctx, auth::Permission permission, RecordReads<Record> reads) {
  // Each handler loads the record first, in the same read transaction, then answers.
  auto with_record = [&ctx, reads](auto answer) {
    return [&ctx, reads, answer](http::Request& req) {
      auto id = http::id_param(req, reads.id_param, reads.not_found);
      return ctx.db->read([&](db::Connection& c) {
        Record record = reads.load(c, *req.principal, id);
        return answer(c, record);
      });
    };
  };
  router.add("GET", reads.path + "/history", permission, with_record([reads](db::Connection& c, const Record& r) {
    return http::Response::json(200, record_history(c, r.region_id, reads.entity_type, std::to_string(r.id)));
  }));
  if (reads.as_json)
    router.add("GET", reads.path + "/export.json", permission, with_record([reads](db::Connection& c, const Record& r) {
      return json_download(reads.as_json(c, r), reads.file_stem + "-" + std::to_string(r.id));
    }));
  if (reads.as_workbook)
    router.add("GET", reads.path + "/export.xlsx", permission, with_record([reads](db::Connection& c, const Record& r) {
      return xlsx_download(reads.as_workbook(c, r), reads.file_stem + "-" + std::to_string(r.id));
    }));
}

}  // namespace simpul
