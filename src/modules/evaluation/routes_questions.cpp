// Questions to an agency for its part of an indicator's evidence: the assessor team asks,
// the agency's operators (or an assessor) answer; the inbox lists them per agency.
#include <map>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/diff.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/evaluation/evidence_routes_support.h"
#include "modules/evaluation/evidence_rules.h"
#include "modules/evaluation/evidence_store.h"
#include "modules/evaluation/routes_support.h"
#include "modules/evaluation/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::evaluation {

namespace {

const Text kQuestionNotFound{"Pertanyaan tidak ditemukan.", "Question not found."};
const char* kEntity = "evaluation_question";

nlohmann::json opt_json(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// The stored columns: what the audit log records.
nlohmann::json record_json(const Question& q) {
  return {{"campaign_id", q.campaign_id}, {"indicator_no", q.indicator_no}, {"agency_id", q.agency_id},
          {"question", q.question},       {"due_on", opt_json(q.due_on)},    {"answer", opt_json(q.answer)},
          {"answered_by", opt_json(q.answered_by)}, {"answered_at", opt_json(q.answered_at)}};
}

// What a list of questions is shown with: the frameworks of the campaigns it spans (read once
// each) for the indicator names, and the region's today for what is overdue.
class QuestionContext {
 public:
  QuestionContext(db::Connection& c, const std::string& region_id) : c_(c), region_id_(region_id) {}
  const std::string& today() {
    if (today_.empty()) today_ = regions::region_today(c_, region_id_);
    return today_;
  }
  std::string indicator_name(const std::string& region_id, int64_t campaign_id, int indicator_no) {
    auto it = frameworks_.find(campaign_id);
    if (it == frameworks_.end()) {
      auto campaign = find_campaign(c_, region_id, campaign_id);
      it = frameworks_.emplace(campaign_id, campaign ? require_framework(c_, *campaign) : nullptr).first;
      if (campaign) years_[campaign_id] = campaign->year;
    }
    const auto* i = it->second ? it->second->indicator(indicator_no) : nullptr;
    return i ? i->name : "";
  }
  int year(int64_t campaign_id) const { return years_.count(campaign_id) ? years_.at(campaign_id) : 0; }

 private:
  db::Connection& c_;
  std::string region_id_;
  std::string today_;
  std::map<int64_t, std::shared_ptr<const frameworks::Framework>> frameworks_;
  std::map<int64_t, int> years_;
};

nlohmann::json question_json(const Question& q, QuestionContext& context) {
  auto indicator_name = context.indicator_name(q.region_id, q.campaign_id, q.indicator_no);
  return {{"id", q.question_id},
          {"campaign_id", q.campaign_id},
          {"campaign_year", context.year(q.campaign_id)},
          {"indicator_no", q.indicator_no},
          {"indicator_name", indicator_name},
          {"agency", {{"id", q.agency_id}, {"short_name", q.agency_short_name}, {"name", q.agency_name}}},
          {"question", q.question},
          {"due_on", opt_json(q.due_on)},
          {"asked_by", q.asked_by},
          {"asked_at", q.asked_at},
          {"answer", opt_json(q.answer)},
          {"answered_by", opt_json(q.answered_by)},
          {"answered_at", opt_json(q.answered_at)},
          {"open", !q.answer.has_value()},
          {"overdue", !q.answer && q.due_on && *q.due_on < context.today()},
          {"evidence_count", q.evidence_count},
          {"version", q.version}};
}

http::Response answer_with(int status, db::Connection& c, const Question& q) {
  QuestionContext context(c, q.region_id);
  auto res = http::Response::json(status, question_json(q, context));
  res.header("etag", http::etag(q.version));
  return res;
}

http::Response list_response(db::Connection& c, const std::string& region_id, const QuestionFilter& filter) {
  QuestionContext context(c, region_id);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& q : list_questions(c, region_id, filter)) items.push_back(question_json(q, context));
  return http::Response::json(200, {{"items", items}});
}

struct QuestionInput {
  int64_t agency_id = 0;
  std::string question;
  std::optional<std::string> due_on;
};

QuestionInput read_question_input(const nlohmann::json& body) {
  BodyReader r(body, {"agency_id", "question", "due_on"});
  QuestionInput in;
  auto agency = r.id("agency_id", true, {"Pilih perangkat daerah yang ditanya.", "Choose the agency to ask."});
  auto question = r.text("question", true, 2000, {"Tulis pertanyaannya (1 sampai 2000 karakter).",
                                                  "Write the question (1 to 2000 characters)."});
  auto due = r.nullable_date("due_on", {"Batas waktu ditulis sebagai tanggal TTTT-BB-HH.", "Write the due date as YYYY-MM-DD."});
  r.check();
  in.agency_id = *agency;
  in.question = *question;
  if (due) in.due_on = *due;
  return in;
}

std::string read_answer(const nlohmann::json& body) {
  BodyReader r(body, {"answer"});
  auto answer = r.text("answer", true, 4000, {"Tulis jawabannya (1 sampai 4000 karakter).", "Write the answer (1 to 4000 characters)."});
  r.check();
  return *answer;
}

}  // namespace

void add_question_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  const auto questions = kBase + "/campaigns/{campaign_id}/indicators/{indicator_no}/questions";

  router.add("GET", questions, Permission::evaluation_read, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    int no = indicator_param(req);
    return ctx.db->read([&](db::Connection& c) {
      auto campaign = require_campaign(c, req.principal->region_id, id);
      require_indicator(*require_framework(c, campaign), no);
      QuestionFilter filter;
      filter.campaign_id = id;
      filter.indicator_no = no;
      return list_response(c, campaign.region_id, filter);
    });
  });

  // The inbox: an agency operator sees their own agency's questions unless they ask for another's.
  router.add("GET", kBase + "/questions", Permission::evaluation_read, [&ctx](http::Request& req) {
    QuestionFilter filter;
    filter.agency_id = http::number_param(req, "agency_id");
    filter.campaign_id = http::number_param(req, "campaign_id");
    filter.open_only = http::word_param(req, "open", {"true", "false"}) == "true";
    const auto& me = *req.principal;
    if (!filter.agency_id && me.role == auth::Role::agency_operator) filter.agency_id = me.agency_id;
    return ctx.db->read([&](db::Connection& c) { return list_response(c, me.region_id, filter); });
  });

  router.add("POST", questions, Permission::evaluation_assess, [&ctx](http::Request& req) {
    auto id = campaign_param(req);
    int no = indicator_param(req);
    auto in = read_question_input(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto campaign = require_campaign(c, me.region_id, id);
      require_indicator(*require_framework(c, campaign), no);
      require_assessor(c, campaign, me);  // any member of the team asks
      require_open(campaign);
      if (!agencies::exists(c, me.region_id, in.agency_id))
        throw ProblemError(Problem::validation_failed(
            {{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency is not in your region."}}}));
      Question q;
      q.campaign_id = id;
      q.region_id = me.region_id;
      q.indicator_no = no;
      q.agency_id = in.agency_id;
      q.question = in.question;
      q.due_on = in.due_on;
      q.asked_by = me.username;
      q.asked_at = now_rfc3339();
      insert_question(c, q);
      audit::append(c, audit_context(req), "evaluation_question.ask", kEntity, std::to_string(q.question_id),
                    audit::changes_between(nullptr, record_json(q)));
      return answer_with(201, c, *find_question(c, me.region_id, q.question_id));
    });
  }, http::Body::json);

  // Answering again replaces the answer, on the version the caller saw.
  router.add("POST", kBase + "/questions/{question_id}/answer", Permission::evaluation_evidence, [&ctx](http::Request& req) {
    auto question_id = http::id_param(req, "question_id", kQuestionNotFound);
    auto version = http::required_version(req);
    auto text = read_answer(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = find_question(c, me.region_id, question_id);
      if (!before) throw ProblemError(Problem::not_found(kQuestionNotFound));
      auto campaign = require_campaign(c, me.region_id, before->campaign_id);
      forbid_if(answer_question_refusal(evidence_actor(c, campaign, me), before->agency_id));
      require_open(campaign);
      check_version(version, before->version);
      Question after = *before;
      after.answer = text;
      after.answered_by = me.username;
      after.answered_at = now_rfc3339();
      after.version = before->version + 1;
      if (!save_question_answer(c, after, before->version)) check_version(after.version, before->version);
      auto changes = audit::changes_between(record_json(*before), record_json(after));
      audit::append(c, audit_context(req), "evaluation_question.answer", kEntity, std::to_string(question_id), changes);
      return answer_with(200, c, after);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::evaluation
