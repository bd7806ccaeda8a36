#include "app/demo_evaluation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "app/demo_evaluation_texts.h"
#include "app/demo_files.h"
#include "app/demo_random.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "core/dates.h"
#include "modules/evaluation/evidence_store.h"
#include "modules/evaluation/external_store.h"
#include "modules/evaluation/framework_store.h"
#include "modules/evaluation/index.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/record_kinds.h"
#include "modules/evaluation/store.h"
#include "modules/regions/store.h"
#include "modules/users/create.h"

namespace simpul {

namespace {

namespace ev = modules::evaluation;
namespace texts = demo_evaluation;
using Day = std::chrono::sys_days;
using std::chrono::days;

// The demo's levels were chosen for PermenPANRB 59/2020's 47 indicators; its history stays on
// that framework even once a successor is built in.
constexpr const char* kFramework = "permenpanrb-59-2020";
// The ICT-office operator who enters the data (pelaksana entri data); the demo has no other.
constexpr const char* kDataEntryUser = "operator.kominfo";

// An instant in the stored form: the day at `hour` UTC (09:00 WIB is 02:00Z).
std::string stamp(Day day, int hour = 2, int minute = 0) {
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:00.000Z", hour, minute);
  return format_date(day) + time;
}

Day day_of_year(int year, int month, int day) {
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}};
}

struct Member {
  ev::Assessor assessor;
  std::string role;  // the user's role in Simpul, for the audit entries
};

// The Tim Asesor Internal, the same people every year.
struct Team {
  std::vector<Member> members;
  const Member& in(ev::AssessorRole role) const {
    for (const auto& m : members)
      if (m.assessor.role == role) return m;
    throw std::logic_error("the demo team has no one in that role");
  }
};

struct Setting {
  std::string region;
  Day today;
  std::string files_dir;
  std::map<std::string, int64_t> agencies;  // short name → id
  std::map<std::string, Member> users;  // by username
  Team team;
  std::shared_ptr<const frameworks::Framework> framework;
};

audit::Context context_of(const Setting& s, const Member& who, const std::string& what) {
  return {s.region, {who.assessor.user_id, who.assessor.username, who.role}, "demo-evaluation-" + what, "local"};
}

// The data-entry operator of the ICT office, with the demo's password (the hash the other demo
// users share: hashing again would cost the demo a second).
void add_data_entry_user(db::Connection& c, const std::string& region) {
  if (!c.query("SELECT user_id FROM users WHERE region_id = ? AND username = ?", {region, std::string(kDataEntryUser)}).empty())
    return;
  auto office = c.query("SELECT agency_id FROM agencies WHERE region_id = ? AND ict_office = 1", {region});
  auto hash = c.query("SELECT password_hash FROM users WHERE region_id = ? AND username = 'admin'", {region});
  if (office.empty() || hash.empty()) throw std::runtime_error("the demo region has no ICT office or no admin");
  auto u = modules::users::new_user(
      region, {kDataEntryUser, "Operator Diskominfo (entri data SPBE)", auth::Role::agency_operator, office[0].int64(0), std::nullopt},
      hash[0].text(0), false);
  modules::users::create(c, {region, {std::nullopt, "simpul-demo", "system"}, "demo-evaluation-team", "local"}, u);
}

// The region's users by username, each as an assessor-to-be and with their role in Simpul.
std::map<std::string, Member> users_of(db::Connection& c, const std::string& region) {
  std::map<std::string, Member> users;
  for (const auto& row : c.query("SELECT user_id, username, display_name, role FROM users WHERE region_id = ?", {region}))
    users[row.text(1)] = {{row.int64(0), row.text(2), row.text(1), ev::AssessorRole::member, ""}, row.text(3)};
  return users;
}

const Member& user_named(const std::map<std::string, Member>& users, const std::string& username) {
  auto it = users.find(username);
  if (it == users.end()) throw std::runtime_error("the demo has no user " + username);
  return it->second;
}

Team demo_team(const std::map<std::string, Member>& users) {
  struct Seat {
    const char* username;
    ev::AssessorRole role;
    const char* unit;
  };
  Team team;
  for (const auto& seat : {Seat{"sekda", ev::AssessorRole::coordinator, "Sekretariat Daerah"},
                           Seat{"admin", ev::AssessorRole::person_in_charge, "Dinas Komunikasi dan Informatika"},
                           Seat{kDataEntryUser, ev::AssessorRole::data_entry, "TIK (Dinas Kominfo)"},
                           Seat{"operator.bappeda", ev::AssessorRole::member, "Perencanaan dan penganggaran (Bappeda)"},
                           Seat{"auditor", ev::AssessorRole::member, "Pengawasan dan akuntabilitas kinerja"}}) {
    Member m = user_named(users, seat.username);
    m.assessor.role = seat.role;
    m.assessor.unit = seat.unit;
    team.members.push_back(m);
  }
  return team;
}

// Which Simpul records the team showed for an indicator: a record kind and the query listing
// candidates (the region as its one parameter).
struct RecordSource {
  int indicator;
  const char* kind;
  const char* ids_sql;
};

const std::vector<RecordSource>& record_sources() {
  static const std::vector<RecordSource> all{
      {11, "architecture", "SELECT architecture_id FROM architectures WHERE region_id = ? ORDER BY architecture_id"},
      {12, "roadmap", "SELECT roadmap_id FROM roadmaps WHERE region_id = ? ORDER BY roadmap_id"},
      {12, "master_plan", "SELECT master_plan_id FROM master_plans WHERE region_id = ? ORDER BY master_plan_id"},
      {13, "budget_plan", "SELECT budget_plan_id FROM budget_plans WHERE region_id = ? ORDER BY budget_plan_id"},
      {14, "business_process", "SELECT process_id FROM business_processes WHERE region_id = ? ORDER BY process_id"},
      {15, "application", "SELECT application_id FROM applications WHERE region_id = ? ORDER BY application_id"},
      {16, "data_center", "SELECT facility_id FROM facilities WHERE region_id = ? ORDER BY facility_id"},
      {16, "host", "SELECT host_id FROM hosts WHERE region_id = ? ORDER BY host_id"},
      {17, "network", "SELECT network_id FROM networks WHERE region_id = ? ORDER BY network_id"},
      {18, "data_sharing_agreement", "SELECT agreement_id FROM data_sharing_agreements WHERE region_id = ? ORDER BY agreement_id"},
      {19, "committee", "SELECT committee_id FROM committees WHERE region_id = ? ORDER BY committee_id"},
      {21, "risk_register", "SELECT DISTINCT agency_id FROM risk_contexts WHERE region_id = ? ORDER BY agency_id"},
      {21, "risk_report", "SELECT risk_report_id FROM risk_monitoring_reports WHERE region_id = ? ORDER BY risk_report_id"},
      {22, "security_policy", "SELECT policy_id FROM security_policies WHERE region_id = ? ORDER BY policy_id"},
      {22, "security_incident", "SELECT incident_id FROM security_incidents WHERE region_id = ? ORDER BY incident_id"},
      {23, "dataset", "SELECT dataset_id FROM datasets WHERE region_id = ? ORDER BY dataset_id"},
      {24, "asset", "SELECT asset_id FROM ict_assets WHERE region_id = ? ORDER BY asset_id"},
      {25, "competency_plan", "SELECT agency_id FROM agencies WHERE region_id = ? AND ict_office = 1"},
      {26, "knowledge_article", "SELECT article_id FROM knowledge_articles WHERE region_id = ? ORDER BY article_id"},
      {27, "change", "SELECT change_id FROM change_requests WHERE region_id = ? ORDER BY change_id"},
      {28, "ticket", "SELECT ticket_id FROM tickets WHERE region_id = ? AND kind <> 'complaint' ORDER BY ticket_id"},
      {29, "ict_audit",
       "SELECT a.audit_id FROM ict_audits a JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? "
       "AND o.kind = 'infrastructure' AND a.state IN ('completed', 'reported') ORDER BY a.audit_id"},
      {30, "ict_audit",
       "SELECT a.audit_id FROM ict_audits a JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? "
       "AND o.kind = 'application' AND a.state IN ('completed', 'reported') ORDER BY a.audit_id"},
      {31, "ict_audit",
       "SELECT a.audit_id FROM ict_audits a JOIN ict_audit_objects o ON o.object_id = a.object_id WHERE a.region_id = ? "
       "AND o.kind IN ('application_security', 'infrastructure_security') AND a.state IN ('completed', 'reported') "
       "ORDER BY a.audit_id"},
      {36, "service", "SELECT service_id FROM services WHERE region_id = ? AND kind = 'administrative' ORDER BY service_id"},
      {42, "complaint", "SELECT ticket_id FROM tickets WHERE region_id = ? AND kind = 'complaint' ORDER BY ticket_id"},
      {43, "dataset", "SELECT dataset_id FROM datasets WHERE region_id = ? ORDER BY dataset_id"},
      {45, "service", "SELECT service_id FROM services WHERE region_id = ? AND kind = 'public' ORDER BY service_id"},
  };
  return all;
}

// The documents the team uploaded: the regulations behind the policy indicators (the same
// file every year) and the minutes of the year's coordination meetings.
struct Document {
  int indicator;
  const char* file_name;
  const char* title;
};

const std::vector<Document>& documents() {
  static const std::vector<Document> all{
      {1, "perwal-spbe.pdf", "Peraturan Wali Kota Madiun tentang Sistem Pemerintahan Berbasis Elektronik"},
      {2, "perwal-rencana-induk-spbe.pdf", "Peraturan Wali Kota Madiun tentang Rencana Induk SPBE"},
      {3, "perwal-satu-data.pdf", "Peraturan Wali Kota Madiun tentang Satu Data Kota Madiun"},
      {4, "se-standar-aplikasi.pdf", "Surat Edaran Sekretaris Daerah tentang Standar Pembangunan Aplikasi"},
      {5, "se-pusat-data.pdf", "Surat Edaran Sekretaris Daerah tentang Penempatan Server di Pusat Data"},
      {8, "perwal-keamanan-informasi.pdf", "Peraturan Wali Kota Madiun tentang Manajemen Keamanan Informasi"},
      {9, "kepwal-audit-tik.pdf", "Keputusan Wali Kota Madiun tentang Jadwal Audit TIK"},
      {10, "kepwal-tim-koordinasi-spbe.pdf", "Keputusan Wali Kota Madiun tentang Tim Koordinasi SPBE"},
  };
  return all;
}

// One campaign's year: when it opened, answered, was signed off and (for past years) what the
// external assessors found.
class CampaignWriter {
 public:
  CampaignWriter(db::Connection& c, const Setting& s, DemoRandom& random, int year, int age)
      : c_(c), s_(s), random_(random), year_(year), age_(age) {}

  void run() {
    open_campaign();
    add_team();
    auto answered = indicators_answered();
    for (int no : answered) answer(no);
    add_evidence(answered);
    add_questions();
    if (age_ > 0) {
      sign_off();
      external_results();
    }
  }

 private:
  // The assessment runs from February to April; this year's from some weeks ago until today.
  Day start() const {
    if (age_ > 0) return day_of_year(year_, 2, 5);
    Day first = day_of_year(year_, 1, 2);
    return std::max(first, s_.today - days(60));
  }
  Day end() const { return age_ > 0 ? day_of_year(year_, 4, 25) : s_.today; }
  Day some_day() {
    auto span = static_cast<int>((end() - start()).count());
    return start() + days(random_.between(0, std::max(0, span)));
  }

  const Member& in(ev::AssessorRole r) const { return s_.team.in(r); }
  audit::Context as(const Member& who, const std::string& what) const {
    return context_of(s_, who, std::to_string(year_) + "-" + what);
  }

  void open_campaign() {
    k_.region_id = s_.region;
    k_.year = year_;
    k_.framework_code = kFramework;
    k_.kind = year_ % 2 ? ev::CampaignKind::evaluation : ev::CampaignKind::monitoring;
    k_.target_level = s_.framework->default_target_level;
    k_.target_index = age_ == 2 ? "2.60" : age_ == 1 ? "2.70" : "3.00";
    k_.decree_reference = "Keputusan Wali Kota Madiun Nomor 800/" + std::to_string(40 + random_.between(1, 59)) + "/401.012/" +
                          std::to_string(year_) + " tentang Tim Asesor Internal Pemantauan dan Evaluasi SPBE";
    k_.status = ev::CampaignStatus::open;
    k_.created_by = in(ev::AssessorRole::person_in_charge).assessor.username;
    k_.created_at = stamp(start(), 1);
    ev::insert_campaign(c_, k_);
    auto changes = audit::changes_between(nullptr, ev::campaign_json(k_));
    for (const char* key : {"version", "created_at", "id"}) changes.erase(key);
    audit::append(c_, as(in(ev::AssessorRole::person_in_charge), "campaign"), "evaluation_campaign.create",
                  "evaluation_campaign", std::to_string(k_.campaign_id), changes);
  }

  void add_team() {
    const auto& admin = in(ev::AssessorRole::person_in_charge);
    for (const auto& m : s_.team.members) {
      ev::put_assessor(c_, k_, m.assessor, admin.assessor.username, stamp(start(), 1, 30));
      audit::append(c_, as(admin, "team"), "evaluation_assessor.put", "evaluation_campaign", std::to_string(k_.campaign_id),
                    {{"assessor", {{"before", nullptr}, {"after", ev::assessor_json(m.assessor)}}}});
    }
  }

  // Past years: every indicator. This year: about two thirds, picked by the seed.
  std::vector<int> indicators_answered() {
    std::vector<int> all;
    for (const auto& story : texts::indicator_stories()) all.push_back(story.number);
    if (age_ > 0) return all;
    for (size_t i = all.size() - 1; i > 0; --i) std::swap(all[i], all[random_.next() % (i + 1)]);  // Fisher-Yates
    all.resize(all.size() * 2 / 3);
    std::sort(all.begin(), all.end());
    return all;
  }

  const texts::IndicatorStory& story(int no) const { return texts::indicator_stories().at(static_cast<size_t>(no - 1)); }
  int level_of(int no) const { return story(no).levels.at(static_cast<size_t>(2 - age_)); }

  // The answer's audit identity and recorded fields, as the answer routes write them.
  std::string answer_id(int no) const { return std::to_string(k_.campaign_id) + "/" + std::to_string(no); }
  static nlohmann::json answer_record(const ev::Answer& a) {
    auto j = ev::answer_json(a);
    for (const char* key : {"updated_by", "updated_at", "version"}) j.erase(key);
    return j;
  }

  void answer(int no) {
    const auto* indicator = s_.framework->indicator(no);
    if (!indicator) throw std::runtime_error("the framework has no indicator " + std::to_string(no));
    const auto& st = story(no);
    int previous = age_ < 2 ? st.levels.at(static_cast<size_t>(1 - age_)) : 0;
    // Members answer for their units; the data-entry operator enters the rest.
    const auto& who = no >= 11 && no <= 13   ? user_named(s_.users, "operator.bappeda")
                      : (no == 39 || no == 40) ? user_named(s_.users, "auditor")
                                               : in(ev::AssessorRole::data_entry);
    ev::Answer a;
    a.indicator_no = no;
    a.level = level_of(no);
    a.explanation = texts::explanation(st, indicator->scale, *a.level, previous, year_ - 1);
    a.updated_by = who.assessor.username;
    Day answered_on = some_day();
    a.updated_at = stamp(answered_on, 3, random_.between(0, 59));
    a.version = 1;
    ev::save_answer(c_, s_.region, k_.campaign_id, a, 0);
    audit::append(c_, as(who, "answer-" + std::to_string(no)), "evaluation_answer.set", "evaluation_answer", answer_id(no),
                  audit::changes_between(nullptr, answer_record(a)));
    levels_[no] = *a.level;
    // Past years: the person in charge verified everything before the sign-off; this year, some.
    if (age_ == 0 && !random_.chance(0.4)) return;
    const auto& pic = in(ev::AssessorRole::person_in_charge);
    auto before = a;
    a.verified_by = pic.assessor.username;
    a.verified_at = stamp(std::min(answered_on + days(random_.between(1, 10)), end()), 6, random_.between(0, 59));
    a.version = 2;
    ev::save_answer(c_, s_.region, k_.campaign_id, a, 1);
    audit::append(c_, as(pic, "verify-" + std::to_string(no)), "evaluation_answer.verify", "evaluation_answer", answer_id(no),
                  audit::changes_between(answer_record(before), answer_record(a)));
  }

  int64_t add(ev::Evidence e, const Member& who) {
    e.campaign_id = k_.campaign_id;
    e.region_id = s_.region;
    e.added_by = who.assessor.username;
    e.added_at = stamp(some_day(), 4, random_.between(0, 59));
    ev::insert_evidence(c_, e);
    nlohmann::json after{{"indicator_no", e.indicator_no}, {"kind", ev::evidence_kind_name(e.kind)}, {"title", e.title}};
    if (e.agency_id) after["agency_id"] = *e.agency_id;
    if (e.question_id) after["question_id"] = *e.question_id;
    if (e.record_kind) after["record_kind"] = *e.record_kind, after["record_id"] = *e.record_id;
    if (e.file_sha256) after["file_sha256"] = *e.file_sha256;
    audit::append(c_, as(who, "evidence-" + std::to_string(e.evidence_id)), "evaluation_evidence.add", "evaluation_evidence",
                  std::to_string(e.evidence_id), audit::changes_between(nullptr, after));
    return e.evidence_id;
  }

  // A record evidence when the record is in the region (a small demo may lack some kinds).
  void record_evidence(int no, const std::string& kind, const std::string& id, const Member& who,
                       std::optional<int64_t> agency = std::nullopt) {
    auto title = ev::record_title(c_, s_.region, kind, id);
    if (!title || title->empty()) return;
    ev::Evidence e;
    e.indicator_no = no;
    e.agency_id = agency;
    e.kind = ev::EvidenceKind::record;
    e.title = *title;
    e.record_kind = kind;
    e.record_id = id;
    add(std::move(e), who);
  }

  void file_evidence(int no, const std::string& file_name, const std::string& title, const Member& who,
                     std::optional<int64_t> agency = std::nullopt, std::optional<int64_t> question = std::nullopt) {
    ev::Evidence e;
    e.indicator_no = no;
    e.agency_id = agency;
    e.question_id = question;
    e.kind = ev::EvidenceKind::file;
    e.title = title;
    e.file_sha256 = add_demo_document(c_, s_.region, s_.files_dir, file_name, title, stamp(start()));
    add(std::move(e), who);
  }

  void add_evidence(const std::vector<int>& answered) {
    std::set<int> has(answered.begin(), answered.end());
    const auto& entry = in(ev::AssessorRole::data_entry);
    for (const auto& d : documents())
      if (has.count(d.indicator)) file_evidence(d.indicator, d.file_name, d.title, entry);
    if (has.count(19))
      file_evidence(19, "notulen-tim-koordinasi-spbe-" + std::to_string(year_) + ".pdf",
                    "Notulen rapat Tim Koordinasi SPBE tahun " + std::to_string(year_), entry);
    for (const auto& source : record_sources()) {
      if (!has.count(source.indicator)) continue;
      auto rows = c_.query(source.ids_sql, {s_.region});
      if (rows.empty()) continue;
      std::string id = rows[random_.next() % rows.size()].text(0);
      std::optional<int64_t> agency;
      if (std::string(source.kind) == "risk_register" || std::string(source.kind) == "competency_plan")
        agency = std::stoll(id);  // keyed by the agency: the agency's own evidence
      record_evidence(source.indicator, source.kind, id, entry, agency);
    }
  }

  std::optional<int64_t> agency(const std::string& short_name) const {
    auto it = s_.agencies.find(short_name);
    return it == s_.agencies.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }

  // A question from the data-entry operator, and the agency operator's answer when given.
  int64_t ask(int no, int64_t agency_id, const std::string& text, Day asked, std::optional<std::string> answer,
              const std::string& answered_by) {
    const auto& asker = in(ev::AssessorRole::data_entry);
    ev::Question q;
    q.campaign_id = k_.campaign_id;
    q.region_id = s_.region;
    q.indicator_no = no;
    q.agency_id = agency_id;
    q.question = text;
    q.due_on = format_date(asked + days(14));
    q.asked_by = asker.assessor.username;
    q.asked_at = stamp(asked, 2, 30);
    ev::insert_question(c_, q);
    audit::append(c_, as(asker, "question-" + std::to_string(q.question_id)), "evaluation_question.ask", "evaluation_question",
                  std::to_string(q.question_id),
                  audit::changes_between(nullptr, {{"indicator_no", no}, {"agency_id", agency_id}, {"question", text},
                                                   {"due_on", *q.due_on}}));
    if (!answer) return q.question_id;
    q.answer = answer;
    q.answered_by = answered_by;
    q.answered_at = stamp(std::min(asked + days(random_.between(2, 6)), end()), 7, random_.between(0, 59));
    q.version = 2;
    ev::save_question_answer(c_, q, 1);
    audit::append(c_, as(user_named(s_.users, answered_by), "answer-question-" + std::to_string(q.question_id)),
                  "evaluation_question.answer", "evaluation_question", std::to_string(q.question_id),
                  audit::changes_between(nullptr, {{"answer", *answer}, {"answered_by", answered_by}, {"answered_at", *q.answered_at}}));
    return q.question_id;
  }

  // Questions to the agencies for their part of the evidence: Bappeda answers the one on the
  // budget and sends its document; Dinas Kesehatan's on the health service is still open this year.
  void add_questions() {
    auto bappeda = agency("Bappeda"), dinkes = agency("Dinkes"), dukcapil = agency("Disdukcapil");
    if (bappeda) {
      auto q = ask(13, *bappeda,
                   "Mohon kirim rekapitulasi usulan belanja TIK perangkat daerah tahun " + std::to_string(year_) +
                       " yang sudah direviu bersama Dinas Kominfo.",
                   std::min(start() + days(3), end()), "Rekapitulasi terlampir; seluruh usulan belanja TIK sudah direviu sebelum RKA.",
                   "operator.bappeda");
      const auto& op = user_named(s_.users, "operator.bappeda");
      file_evidence(13, "rekap-belanja-tik-" + std::to_string(year_) + ".pdf",
                    "Rekapitulasi reviu usulan belanja TIK " + std::to_string(year_), op, bappeda, q);
    }
    if (dinkes) {
      bool open = age_ == 0;
      ask(45, *dinkes,
          "Mohon unggah data jumlah pendaftaran pasien daring di puskesmas dan RSUD selama tahun " + std::to_string(year_ - 1) +
              " beserta tangkapan layar alur antrean elektronik.",
          open ? std::max(start(), s_.today - days(5)) : start() + days(10),
          open ? std::nullopt
               : std::optional<std::string>("Data pendaftaran daring dan tangkapan layar antrean sudah kami kirim lewat surel dinas."),
          "operator.dinkes");
    }
    if (dukcapil && age_ == 0)
      ask(47, *dukcapil, "Mohon jelaskan berapa kelurahan yang sudah memakai anjungan cetak mandiri dokumen kependudukan.",
          std::max(start(), s_.today - days(2)), std::nullopt, "");
  }

  // The Berita Acara Penilaian Mandiri: the coordinator signs the levels and the index off.
  void sign_off() {
    const auto& coordinator = in(ev::AssessorRole::coordinator);
    auto result = ev::compute_index(*s_.framework, levels_);
    ev::CampaignEvent e;
    e.kind = "signed_off";
    e.levels = levels_;
    e.index_value = result.overall ? result.overall->text() : "";
    e.by_user = coordinator.assessor.username;
    e.at = stamp(end() + days(3), 7);
    ev::insert_event(c_, k_, e);
    auto before = k_;
    k_.status = ev::CampaignStatus::signed_off;
    k_.version = before.version + 1;
    ev::update_campaign(c_, k_, before.version);
    auto changes = audit::changes_between(ev::campaign_json(before), ev::campaign_json(k_));
    changes.erase("version");
    changes["index"] = {{"before", nullptr}, {"after", e.index_value}};
    audit::append(c_, as(coordinator, "sign-off"), "evaluation_campaign.sign_off", "evaluation_campaign",
                  std::to_string(k_.campaign_id), changes);
  }

  // A whole stage entered at once, with one audit entry listing it (as PUT …/external/{stage} does).
  void stage(ev::ExternalStage stage, const std::map<int, int>& levels, Day on, const std::string& note) {
    const auto& admin = in(ev::AssessorRole::person_in_charge);
    nlohmann::json changes = nlohmann::json::object();
    for (const auto& [no, level] : levels) {
      ev::ExternalResult r;
      r.indicator_no = no;
      r.stage = stage;
      r.level = level;
      r.note = note;
      r.entered_by = admin.assessor.username;
      r.entered_at = stamp(on, 8);
      ev::insert_external_result(c_, k_, r);
      changes["external." + std::to_string(no) + "." + ev::stage_name(stage)] = {
          {"before", nullptr}, {"after", {{"level", level}, {"note", note}}}};
    }
    audit::append(c_, as(admin, std::string("external-") + ev::stage_name(stage)), "evaluation_external_result.enter_stage",
                  "evaluation_campaign", std::to_string(k_.campaign_id), changes);
  }

  // The external assessors' levels: the document review lowers a few indicators whose evidence
  // fell short (at most six, so last year stays ahead of the year before); in an Evaluasi year
  // the interview restores some of them on clarification and the visit confirms a few
  // services on site. A Pemantauan has the document review only (PermenPANRB 59/2020 §D).
  void external_results() {
    std::map<int, int> document = levels_;
    std::vector<int> lowered;
    int to_lower = random_.between(3, 6);
    for (int tries = 0; static_cast<int>(lowered.size()) < to_lower && tries < 200; ++tries) {
      int no = random_.between(1, 47);
      if (document[no] > 1 && std::find(lowered.begin(), lowered.end(), no) == lowered.end()) {
        --document[no];
        lowered.push_back(no);
      }
    }
    stage(ev::ExternalStage::document, document, day_of_year(year_, 6, 10), "Penilaian dokumen oleh Tim Asesor Eksternal.");
    if (k_.kind != ev::CampaignKind::evaluation) return;
    std::map<int, int> interview;
    for (int no : lowered) interview[no] = random_.chance(0.5) ? levels_[no] : document[no];
    for (int i = 0; i < 8; ++i) {
      int no = random_.between(1, 47);
      if (!interview.count(no)) interview[no] = document[no];
    }
    stage(ev::ExternalStage::interview, interview, day_of_year(year_, 7, 22), "Klarifikasi dalam penilaian interviu.");
    std::map<int, int> visit;
    for (int no : {16, 42, 45, 46}) visit[no] = interview.count(no) ? interview[no] : document[no];
    stage(ev::ExternalStage::visit, visit, day_of_year(year_, 8, 28), "Observasi lapangan dalam penilaian visitasi.");
  }

  db::Connection& c_;
  const Setting& s_;
  DemoRandom& random_;
  int year_;
  int age_;  // 2: two years ago, 1: last year, 0: this year
  ev::Campaign k_;
  ev::Levels levels_;
};

Setting setting_of(db::Connection& c, const DemoOptions& options) {
  Setting s;
  auto regions = c.query("SELECT region_id FROM regions ORDER BY region_id");
  if (regions.empty()) throw std::runtime_error("the database has no region for the demo evaluation");
  s.region = regions[0].text(0);
  s.today = parse_date(modules::regions::region_today(c, s.region));
  s.files_dir = options.files_dir;
  for (const auto& row : c.query("SELECT short_name, agency_id FROM agencies WHERE region_id = ?", {s.region}))
    s.agencies[row.text(0)] = row.int64(1);
  s.framework = ev::framework_for(c, s.region, kFramework);
  if (!s.framework) throw std::runtime_error(std::string("the framework ") + kFramework + " is not built in");
  return s;
}

}  // namespace

void add_demo_evaluation(db::Database& db, const DemoOptions& options, const DemoProgress& progress) {
  DemoRandom random(options.seed ^ 0x6576616cULL);  // "eval": its own sequence
  auto setting = db.write([&](db::Connection& c) {
    audit::Batch batch(c);
    auto s = setting_of(c, options);
    add_data_entry_user(c, s.region);
    s.users = users_of(c, s.region);
    s.team = demo_team(s.users);
    batch.finish();
    return s;
  });
  int this_year = static_cast<int>(std::chrono::year_month_day{setting.today}.year());
  for (int age = 2; age >= 0; --age) {
    db.write([&](db::Connection& c) {
      audit::Batch batch(c);
      CampaignWriter(c, setting, random, this_year - age, age).run();
      batch.finish();
    });
    if (progress) progress("evaluation campaigns", 3 - age, 3);
  }
}

}  // namespace simpul
