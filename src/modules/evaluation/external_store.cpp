#include "modules/evaluation/external_store.h"

namespace simpul::modules::evaluation {

std::optional<ExternalResult> find_external_result(db::Connection& c, int64_t campaign_id, int indicator_no,
                                                   ExternalStage stage) {
  auto rows = c.query(
      "SELECT level, note, entered_by, entered_at, version FROM evaluation_external_results "
      "WHERE campaign_id = ? AND indicator_no = ? AND stage = ?",
      {campaign_id, int64_t{indicator_no}, stage_name(stage)});
  if (rows.empty()) return std::nullopt;
  auto& r = rows[0];
  ExternalResult out;
  out.indicator_no = indicator_no;
  out.stage = stage;
  out.level = int(r.int64(0));
  out.note = db::text_or_empty(r, 1);
  out.entered_by = r.take_text(2);
  out.entered_at = r.take_text(3);
  out.version = r.int64(4);
  return out;
}

void insert_external_result(db::Connection& c, const Campaign& campaign, const ExternalResult& r) {
  c.execute("INSERT INTO evaluation_external_results (campaign_id, region_id, indicator_no, stage, level, note, "
            "entered_by, entered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {campaign.campaign_id, campaign.region_id, int64_t{r.indicator_no}, stage_name(r.stage), int64_t{r.level},
             r.note, r.entered_by, r.entered_at, r.version});
}

bool update_external_result(db::Connection& c, int64_t campaign_id, const ExternalResult& r, int64_t expected_version) {
  return c.execute("UPDATE evaluation_external_results SET level = ?, note = ?, entered_by = ?, entered_at = ?, version = ? "
                   "WHERE campaign_id = ? AND indicator_no = ? AND stage = ? AND version = ?",
                   {int64_t{r.level}, r.note, r.entered_by, r.entered_at, r.version, campaign_id,
                    int64_t{r.indicator_no}, stage_name(r.stage), expected_version}) > 0;
}

bool delete_external_result(db::Connection& c, int64_t campaign_id, int indicator_no, ExternalStage stage) {
  return c.execute("DELETE FROM evaluation_external_results WHERE campaign_id = ? AND indicator_no = ? AND stage = ?",
                   {campaign_id, int64_t{indicator_no}, stage_name(stage)}) > 0;
}

}  // namespace simpul::modules::evaluation
