// Reading what the evaluation's documents show (report.h): the campaign as the routes see it,
// the people behind the usernames, the evidence titles and the trend over the region's years.
#include "modules/evaluation/report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "app/region_profile.h"
#include "core/dates.h"
#include "modules/evaluation/evidence_store.h"
#include "modules/evaluation/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::evaluation {

namespace {

// The user with that username, with their staff record and a position they hold, if any.
std::optional<Person> find_person(db::Connection& c, const std::string& region_id, const std::string& username) {
  auto rows = c.query(
      "SELECT u.display_name, pe.name, pe.nip, p.title FROM users u "
      "LEFT JOIN people pe ON pe.user_id = u.user_id "
      "LEFT JOIN positions p ON p.holder_person_id = pe.person_id "
      "WHERE u.region_id = ? AND u.username = ? ORDER BY p.is_head DESC, p.position_id LIMIT 1",
      {region_id, username});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  Person p{username, row.is_null(1) ? row.text(0) : row.text(1), "", ""};
  if (!row.is_null(2)) p.nip = row.text(2);
  if (!row.is_null(3)) p.position = row.text(3);
  return p;
}

std::string file_stem(const std::string& prefix, const Report& r) {
  std::string out = prefix;
  for (char ch : r.view.campaign.region_id + "-" + std::to_string(r.view.campaign.year)) {
    auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (out.back() != '-') out += '-';
  }
  return out;
}

}  // namespace

const Assessor* Report::coordinator() const {
  for (const auto& a : team)
    if (a.role == AssessorRole::coordinator) return &a;
  return nullptr;
}

Person Report::person(const std::string& username) const {
  auto it = people.find(username);
  return it != people.end() ? it->second : Person{username, username, "", ""};
}

const YearIndex* Report::previous_year() const {
  const YearIndex* before = nullptr;
  for (const auto& y : trend)
    if (y.year < view.campaign.year) before = &y;
  return before;
}

Report load_report(db::Connection& c, const std::string& region_id, const Campaign& campaign) {
  Report r;
  r.view = load_view(c, campaign);
  auto region = regions::find(c, region_id);
  r.region_name = region ? region->name : region_id;
  r.today = regions::region_today(c, region_id);
  r.time_zone = region ? region->time_zone : "Asia/Jakarta";
  if (const auto* profile = region_profile(c, region_id))
    r.regulation = profile->citation.title + " (" + profile->citation.short_name + ")";
  r.team = list_assessors(c, campaign.campaign_id);

  const auto& official = r.used();
  r.uses_result = r.view.result && &official == &*r.view.result;
  std::set<std::string> usernames;
  for (const auto& a : r.team) usernames.insert(a.username);
  for (const auto& p : r.view.framework->indicators()) {
    IndicatorLine line;
    line.placed = p;
    if (const auto* a = r.view.answer(p.indicator->number)) {
      line.answer = *a;
      line.self = a->level;
      if (!a->verified_by.empty()) usernames.insert(a->verified_by);
    }
    if (auto e = r.view.external.find(p.indicator->number); e != r.view.external.end()) line.external = e->second;
    line.used = r.uses_result ? line.external.result() : line.self;
    line.target = target_of(campaign, line.answer ? &*line.answer : nullptr);
    for (const auto& e : list_evidence(c, campaign.campaign_id, p.indicator->number, false)) line.evidence.push_back(e.title);
    r.lines.push_back(std::move(line));
  }
  for (auto stage : {ExternalStage::document, ExternalStage::interview, ExternalStage::visit}) {
    bool done = std::any_of(r.view.external.begin(), r.view.external.end(), [&](const auto& e) {
      const auto& l = e.second;
      return stage == ExternalStage::document ? l.document.has_value()
             : stage == ExternalStage::interview ? l.interview.has_value() : l.visit.has_value();
    });
    if (done) r.stages_done.push_back(stage);
  }
  if (campaign.status == CampaignStatus::signed_off) {
    auto events = list_events(c, campaign.campaign_id);
    for (auto it = events.rbegin(); it != events.rend(); ++it)
      if (it->kind == "signed_off") {
        r.sign_off = *it;
        usernames.insert(it->by_user);
        break;
      }
  }
  for (const auto& u : usernames)
    if (auto p = find_person(c, region_id, u)) r.people[u] = *p;

  // The trend: every campaign of the region up to this year, as its own result report counts it.
  auto add_year = [&](const CampaignView& v) {
    const auto& o = v.official();
    if (o.overall) r.trend.push_back({v.campaign.year, *o.overall, o.predicate, v.result && &o == &*v.result});
  };
  auto campaigns = list_campaigns(c, region_id);
  for (auto it = campaigns.rbegin(); it != campaigns.rend(); ++it) {
    if (it->campaign_id == campaign.campaign_id) add_year(r.view);
    else if (it->year < campaign.year) add_year(load_view(c, *it));
  }
  return r;
}

std::string self_assessment_file_stem(const Report& r) { return file_stem("penilaian-mandiri-", r); }

std::string result_file_stem(const Report& r) {
  return file_stem(r.view.campaign.kind == CampaignKind::monitoring ? "hasil-pemantauan-spbe-" : "hasil-evaluasi-spbe-", r);
}

std::string kind_label(CampaignKind k) { return k == CampaignKind::monitoring ? "Pemantauan SPBE" : "Evaluasi SPBE"; }

std::string framework_label(const frameworks::Framework& f) {
  // A citation usually names its subject already ("… Nomor 59 Tahun 2020 tentang Pemantauan …").
  return f.citation.find(" tentang ") != std::string::npos ? f.citation : f.citation + " tentang " + f.title;
}

std::string decimal_comma(const std::string& text) {
  std::string out = text;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string level_text(const frameworks::Framework& f, const frameworks::Indicator& i, std::optional<int> level) {
  if (!level) return "-";
  const auto* l = f.criteria(i, *level);
  std::string name = l ? l->name : "";
  if (name.empty())
    if (const auto* scale = f.scale(i.scale))
      if (const auto* sl = scale->level(*level)) name = sl->name;
  return name.empty() ? std::to_string(*level) : std::to_string(*level) + " (" + name + ")";
}

std::optional<int64_t> target_units(const std::string& target_index, int decimals) {
  if (target_index.empty()) return std::nullopt;
  auto dot = target_index.find('.');
  std::string whole = target_index.substr(0, dot), fraction = dot == std::string::npos ? "" : target_index.substr(dot + 1);
  if (whole.empty() || static_cast<int>(fraction.size()) > decimals) return std::nullopt;
  fraction.resize(static_cast<size_t>(decimals), '0');
  std::string digits = whole + fraction;
  if (digits.size() > 12 || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(digits);
}

std::string local_date(const std::string& rfc3339, const std::string& time_zone) {
  std::string date = rfc3339.substr(0, 10);
  int hour = 0;
  if (rfc3339.size() < 14 || rfc3339[10] != 'T' || !is_calendar_date(date) || std::sscanf(rfc3339.c_str() + 11, "%2d", &hour) != 1)
    return date;
  return hour + utc_offset_hours(time_zone) >= 24 ? add_days(date, 1) : date;
}

std::string signed_difference(int64_t units, int decimals) {
  int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  int64_t magnitude = units < 0 ? -units : units;
  char buf[48];
  if (decimals > 0)
    std::snprintf(buf, sizeof buf, "%s%lld,%0*lld", units > 0 ? "+" : units < 0 ? "-" : "",
                  static_cast<long long>(magnitude / scale), decimals, static_cast<long long>(magnitude % scale));
  else
    std::snprintf(buf, sizeof buf, "%s%lld", units > 0 ? "+" : units < 0 ? "-" : "", static_cast<long long>(magnitude));
  return buf;
}

}  // namespace simpul::modules::evaluation
