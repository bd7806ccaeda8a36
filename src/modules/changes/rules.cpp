#include "modules/changes/rules.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "core/body_reader.h"
#include "modules/changes/window.h"

namespace simpul::modules::changes {

using profiles::Obligation;
using profiles::Profile;

namespace {

// Approval ------------------------------------------------------------------------------------

const std::map<std::string, std::vector<std::string>>& gate_actions() {
  static const std::map<std::string, std::vector<std::string>> map{
      {"application",
       {"develop_spbe", "develop_application", "build_or_develop_application", "develop_special_application",
        "develop_common_application", "develop_shared_special_application"}},
      {"service_connector", {"develop_spbe", "develop_service_connector", "connect_service_connector"}},
      {"service_integration", {"develop_spbe", "integrate_services", "integrate_services_across_agencies"}},
      {"host", {"develop_spbe", "assign_ip_address", "manage_own_spbe_infrastructure"}},
      {"network", {"develop_spbe", "manage_own_spbe_infrastructure"}},
      {"data_center", {"develop_spbe", "manage_own_spbe_infrastructure"}},
      {"other", {"develop_spbe"}}};
  return map;
}

// Stages --------------------------------------------------------------------------------------

const std::map<std::string, std::vector<std::string>>& from_stages() {
  static const std::map<std::string, std::vector<std::string>> map{
      {"submit_analysis", {"planning"}},
      {"request_approval", {"analysis"}},  // emergency: also planning (see allowed_from)
      {"approve", {"awaiting_approval"}},
      {"refuse", {"awaiting_approval"}},
      {"start_development", {"approved"}},
      {"implement", {"approved", "development"}},
      {"monitor", {"implementation"}},
      {"evaluate", {"monitoring"}},
      {"roll_back", {"implementation", "monitoring"}},
      {"cancel", {"planning", "analysis", "awaiting_approval", "approved", "development"}}};
  return map;
}

bool allowed_from(const std::string& action, const Change& c) {
  const auto& from = from_stages().at(action);
  if (std::find(from.begin(), from.end(), c.stage) != from.end()) return true;
  return action == "request_approval" && c.change_type == "emergency" && c.stage == "planning";
}

Text action_label(const std::string& action) {
  static const std::map<std::string, Text> labels{
      {"submit_analysis", {"ajukan ke analisis", "submit for analysis"}},
      {"request_approval", {"minta persetujuan", "request approval"}},
      {"approve", {"setujui", "approve"}},
      {"refuse", {"tolak", "refuse"}},
      {"start_development", {"mulai pengembangan", "start development"}},
      {"implement", {"implementasikan", "implement"}},
      {"monitor", {"mulai pemantauan", "start monitoring"}},
      {"evaluate", {"evaluasi", "evaluate"}},
      {"roll_back", {"kembalikan (rollback)", "roll back"}},
      {"cancel", {"batalkan", "cancel"}}};
  auto it = labels.find(action);
  return it == labels.end() ? Text{action, action} : it->second;
}

const std::set<std::string> kBeforeApproval{"planning", "analysis", "awaiting_approval"};
const std::set<std::string> kEditableAfterApproval{"approved", "development"};

std::string lower_ascii(std::string s) {
  for (auto& ch : s)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return s;
}

}  // namespace

const std::vector<std::string>& gate_actions_for(const std::string& target_kind) {
  static const std::vector<std::string> none;
  auto it = gate_actions().find(target_kind);
  return it == gate_actions().end() ? none : it->second;
}

bool when_holds(const std::string& when, const GateFacts& facts) {
  if (when.empty()) return true;
  if (when.rfind("application_", 0) == 0) {
    auto category = when.substr(12);
    return std::find(facts.application_categories.begin(), facts.application_categories.end(), category) !=
           facts.application_categories.end();
  }
  if (when == "public_service") return facts.public_service_application;
  // An agency that runs its own services is a PD Mandiri TIK (the only agency that may).
  if (when == "ict_self_sufficient" || when == "runs_own_services") return facts.agency_self_sufficient;
  if (when == "not_ict_self_sufficient") return !facts.agency_self_sufficient;
  return false;
}

ApprovalRule approval_rule(const Profile* profile, const GateFacts& facts) {
  ApprovalRule out;
  if (!profile) return out;
  const auto& actions = gate_actions_for(facts.target_kind);
  const Obligation* chosen = nullptr;
  for (const auto& o : profile->obligations) {
    if (o.rule.kind != "approval_gate") continue;
    const auto& approver = o.rule.value("approver");
    if (approver != "gcio" && approver != "ict_office") continue;
    if (std::find(actions.begin(), actions.end(), o.rule.value("action")) == actions.end()) continue;
    if (!when_holds(o.when, facts)) continue;
    if (!chosen || (approver == "gcio" && chosen->rule.value("approver") != "gcio")) chosen = &o;
  }
  if (chosen) {
    out.approver = chosen->rule.value("approver");
    out.basis = "approval_gate";
    out.gate_action = chosen->rule.value("action");
    out.obligation = chosen;
    return out;
  }
  for (const auto& o : profile->obligations)
    if (o.rule.kind == "required_record" && o.rule.value("record") == "change_record") {
      out.obligation = &o;
      break;
    }
  return out;
}

std::string citation_of(const Profile* profile, const ApprovalRule& rule) {
  if (!profile || !rule.obligation) return "";
  return rule.obligation->article + " " + profile->citation.short_name;
}

nlohmann::json citation_json(const Profile* profile, const ApprovalRule& rule) {
  if (!profile || !rule.obligation) return nullptr;
  return {{"article", rule.obligation->article},
          {"text", rule.obligation->text},
          {"regulation", profile->citation.short_name}};
}

// Stages --------------------------------------------------------------------------------------

Text stage_label(const std::string& stage) {
  static const std::map<std::string, Text> labels{
      {"planning", {"perencanaan", "planning"}},
      {"analysis", {"analisis", "analysis"}},
      {"awaiting_approval", {"menunggu persetujuan", "awaiting approval"}},
      {"approved", {"disetujui", "approved"}},
      {"development", {"pengembangan", "development"}},
      {"implementation", {"implementasi", "implementation"}},
      {"monitoring", {"pemantauan", "monitoring"}},
      {"evaluated", {"dievaluasi", "evaluated"}},
      {"refused", {"ditolak", "refused"}},
      {"cancelled", {"dibatalkan", "cancelled"}},
      {"rolled_back", {"dikembalikan (rollback)", "rolled back"}}};
  auto it = labels.find(stage);
  return it == labels.end() ? Text{stage, stage} : it->second;
}

std::string next_stage(const std::string& action) {
  static const std::map<std::string, std::string> next{
      {"submit_analysis", "analysis"},      {"request_approval", "awaiting_approval"}, {"approve", "approved"},
      {"refuse", "refused"},                {"start_development", "development"},      {"implement", "implementation"},
      {"monitor", "monitoring"},            {"evaluate", "evaluated"},                 {"roll_back", "rolled_back"},
      {"cancel", "cancelled"}};
  return next.at(action);
}

std::vector<std::string> stage_actions(const Change& c) {
  static const std::vector<std::string> order{"submit_analysis", "request_approval", "approve", "refuse",
                                              "start_development", "implement", "monitor", "evaluate",
                                              "roll_back", "cancel"};
  std::vector<std::string> out;
  for (const auto& a : order)
    if (allowed_from(a, c)) out.push_back(a);
  return out;
}

bool is_approved(const Change& c) { return c.decision == "approved" && c.stage != "cancelled"; }

std::optional<Text> step_refusal(const std::string& action, const Change& c) {
  if (allowed_from(action, c)) return std::nullopt;
  auto step = action_label(action);
  auto stage = stage_label(c.stage);
  auto possible = stage_actions(c);
  std::string next_id, next_en;
  for (const auto& a : possible) {
    auto l = action_label(a);
    next_id += (next_id.empty() ? "" : ", ") + l.id;
    next_en += (next_en.empty() ? "" : ", ") + l.en;
  }
  if (possible.empty())
    return Text{"Perubahan " + c.number + " sudah pada tahap akhir (" + stage.id + "); langkah '" + step.id +
                    "' tidak dapat dilakukan lagi.",
                "Change " + c.number + " has reached its final stage (" + stage.en + "); '" + step.en +
                    "' can no longer be done."};
  return Text{"Langkah '" + step.id + "' tidak dapat dilakukan pada tahap " + stage.id + ". Langkah berikutnya: " +
                  next_id + ".",
              "'" + step.en + "' cannot be done in the " + stage.en + " stage. The next possible steps: " + next_en + "."};
}

std::optional<Problem> unapproved_refusal(const std::string& action, const Change& c, const Profile* profile,
                                          const ApprovalRule& rule) {
  if (action != "start_development" && action != "implement") return std::nullopt;
  if (!kBeforeApproval.count(c.stage) && c.stage != "refused") return std::nullopt;
  auto approver = profile ? profile->term(rule.approver)
                          : Text{rule.approver == "gcio" ? "GCIO" : "Dinas Kominfo",
                                 rule.approver == "gcio" ? "GCIO" : "ICT office"};
  auto where = citation_of(profile, rule);
  std::string cite = where.empty() ? "" : " (" + where + ")";
  std::string quote_id, quote_en;
  if (rule.obligation) {
    quote_id = " Bunyi ketentuannya: \"" + rule.obligation->text + "\"";
    quote_en = " The regulation says: \"" + rule.obligation->text + "\"";
  }
  auto step = action_label(action);
  Text detail =
      c.stage == "refused"
          ? Text{"Perubahan " + c.number + " ditolak oleh " + approver.id + cite + "; '" + step.id +
                     "' tidak boleh dilakukan. Ajukan permintaan perubahan baru." + quote_id,
                 "Change " + c.number + " was refused by the " + approver.en + cite + "; it may not be " +
                     (action == "implement" ? "implemented" : "developed") + ". Submit a new request for change." +
                     quote_en}
          : Text{"Perubahan " + c.number + " belum disetujui " + approver.id + cite + ", sehingga belum boleh " +
                     (action == "implement" ? "diimplementasikan" : "dikembangkan") +
                     ". Lengkapi analisis, lalu minta persetujuan." + quote_id,
                 "Change " + c.number + " has not been approved by the " + approver.en + cite + ", so it may not be " +
                     (action == "implement" ? "implemented" : "developed") +
                     " yet. Complete the analysis, then request approval." + quote_en};
  auto problem = Problem::of("invalid-transition", 409, detail);
  problem.extensions["citation"] = citation_json(profile, rule);
  return problem;
}

StepInput parse_step(const nlohmann::json& body, int utc_offset_minutes, const std::string& now) {
  BodyReader r(body, {"action", "note", "implemented_at", "result", "lessons"});
  StepInput s;
  auto action = r.word("action", kActions, true,
                       {"Langkah: submit_analysis, request_approval, approve, refuse, start_development, implement, "
                        "monitor, evaluate, roll_back atau cancel.",
                        "Step: submit_analysis, request_approval, approve, refuse, start_development, implement, "
                        "monitor, evaluate, roll_back or cancel."});
  s.action = action.value_or("");
  bool needs_note = s.action == "refuse" || s.action == "roll_back";
  const Text note_message = needs_note ? Text{"Tuliskan alasannya (paling banyak 2000 karakter).",
                                              "Write the reason (at most 2000 characters)."}
                                       : Text{"Catatan paling banyak 2000 karakter.", "A note of at most 2000 characters."};
  if (auto note = r.nullable_text("note", 2000, note_message)) s.note = note->value_or("");
  if (needs_note && s.note.empty() && r.errors().empty()) r.add("note", note_message);

  auto only_for = [&](const char* field, const std::string& action_name) {
    if (r.has(field) && s.action != action_name && !s.action.empty())
      r.add(field, {"Isian ini hanya untuk langkah " + action_name + ".", "This field is only for the step " + action_name + "."});
  };
  only_for("implemented_at", "implement");
  only_for("result", "evaluate");
  only_for("lessons", "evaluate");
  if (s.action == "implement") {
    const Text message{"Waktu implementasi: tanggal dan jam (mis. 2026-12-05T22:00, waktu setempat), tidak di masa depan.",
                       "Implemented at: a date and time (e.g. 2026-12-05T22:00, local time), not in the future."};
    if (!r.has("implemented_at") || !r.body()["implemented_at"].is_string()) {
      r.add("implemented_at", message);
    } else {
      auto at = parse_date_time(r.body()["implemented_at"].get<std::string>(), utc_offset_minutes);
      if (!at || *at > now) r.add("implemented_at", message);
      else s.implemented_at = *at;
    }
  }
  if (s.action == "evaluate") {
    s.result = r.word("result", kResults, true,
                      {"Hasil: success (berhasil), partial (sebagian) atau failed (gagal).",
                       "Result: success, partial or failed."})
                   .value_or("");
    if (auto lessons = r.nullable_text("lessons", kLongText, {"Pelajaran paling banyak 5000 karakter.",
                                                              "Lessons learned of at most 5000 characters."}))
      s.lessons = lessons->value_or("");
  }
  r.check();
  return s;
}

std::vector<FieldError> step_field_errors(const StepInput& step, const Change& c) {
  std::vector<FieldError> out;
  if ((step.action == "request_approval" || step.action == "approve") && c.rollback_plan.empty())
    out.push_back({"rollback_plan",
                   {"Rencana pengembalian (rollback) wajib diisi sebelum perubahan disetujui: bagaimana layanan "
                    "dikembalikan bila perubahan gagal.",
                    "A rollback plan is required before the change is approved: how the service is restored if the "
                    "change fails."}});
  return out;
}

void take_step(const StepInput& step, Change& c) {
  c.stage = next_stage(step.action);
  if (step.action == "request_approval") {
    c.decision.clear();
    c.decided_by.reset();
    c.decided_by_name.clear();
    c.decided_at.clear();
    c.decision_note.clear();
  } else if (step.action == "approve" || step.action == "refuse") {
    c.decision = step.action == "approve" ? "approved" : "refused";
    c.decision_note = step.note;
  } else if (step.action == "implement") {
    c.implemented_at = step.implemented_at;
  } else if (step.action == "evaluate") {
    c.result = step.result;
    c.lessons = step.lessons;
  }
}

// Request fields ------------------------------------------------------------------------------

namespace {

std::optional<std::vector<LinkInput>> read_links(BodyReader& r) {
  if (!r.has("links")) return std::nullopt;
  const auto& v = r.body()["links"];
  if (v.is_null()) return std::vector<LinkInput>{};
  const Text message{"Tautan: paling banyak 20, masing-masing {\"kind\": application, host, ticket, risk atau asset, "
                     "\"id\": nomor}.",
                     "Links: at most 20, each {\"kind\": application, host, ticket, risk or asset, \"id\": a number}."};
  if (!v.is_array() || v.size() > kMaxLinks) return r.add("links", message), std::nullopt;
  std::vector<LinkInput> out;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    const auto& l = v[i];
    auto field = "links[" + std::to_string(i) + "]";
    if (!l.is_object() || l.size() != 2 || !l.contains("kind") || !l.contains("id") || !l["kind"].is_string() ||
        !kLinkKinds.count(l["kind"].get<std::string>()) || !l["id"].is_number_integer() || l["id"].get<int64_t>() < 1) {
      r.add(field, message);
      ok = false;
      continue;
    }
    LinkInput link{l["kind"].get<std::string>(), l["id"].get<int64_t>()};
    bool duplicate = std::any_of(out.begin(), out.end(), [&](const LinkInput& x) { return x.kind == link.kind && x.id == link.id; });
    if (!duplicate) out.push_back(link);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::string> read_date_time(BodyReader& r, const char* field, bool required, int offset, const Text& message) {
  if (!r.has(field) || r.body()[field].is_null()) {
    if (required) r.add(field, message);
    return std::nullopt;
  }
  if (!r.body()[field].is_string()) return r.add(field, message), std::nullopt;
  auto at = parse_date_time(r.body()[field].get<std::string>(), offset);
  if (!at) r.add(field, message);
  return at;
}

}  // namespace

ChangeInput parse_change(const nlohmann::json& body, bool creating, int utc_offset_minutes) {
  BodyReader r(body, {"title", "description", "reason", "agency_id", "target_kind", "target_label", "links",
                      "change_type", "risk_level", "risk_notes", "impact", "rollback_plan", "implementer",
                      "planned_start", "planned_end"});
  ChangeInput in;
  in.title = r.text("title", creating, 200, {"Judul perubahan, 1-200 karakter.", "The change's title, 1-200 characters."});
  in.reason = r.text("reason", creating, 2000,
                     {"Alasan perubahan, 1-2000 karakter.", "The reason for the change, 1-2000 characters."});
  auto optional_text = [&](const char* field, size_t max, const Text& message) -> std::optional<std::string> {
    auto v = r.nullable_text(field, max, message);
    if (!v) return std::nullopt;
    return v->value_or("");
  };
  in.description = optional_text("description", kLongText, {"Uraian paling banyak 5000 karakter.", "A description of at most 5000 characters."});
  in.target_label = optional_text("target_label", 200, {"Nama sasaran paling banyak 200 karakter.", "The target's name, at most 200 characters."});
  in.risk_notes = optional_text("risk_notes", kLongText, {"Catatan risiko paling banyak 5000 karakter.", "Risk notes of at most 5000 characters."});
  in.impact = optional_text("impact", kLongText, {"Dampak paling banyak 5000 karakter.", "The impact, at most 5000 characters."});
  in.rollback_plan = optional_text("rollback_plan", kLongText,
                                   {"Rencana pengembalian (rollback) paling banyak 5000 karakter.", "A rollback plan of at most 5000 characters."});
  in.implementer = optional_text("implementer", 200, {"Pelaksana paling banyak 200 karakter.", "The implementer, at most 200 characters."});
  in.agency_id = r.id("agency_id", false, {"Nomor perangkat daerah pengusul.", "The id of the requesting agency."});
  in.target_kind = r.word("target_kind", kTargetKinds, creating,
                          {"Sasaran: application, host, network, service_connector, service_integration, data_center atau other.",
                           "Target: application, host, network, service_connector, service_integration, data_center or other."});
  in.change_type = r.word("change_type", kChangeTypes, creating,
                          {"Jenis perubahan: standard, normal atau emergency (darurat).", "Change type: standard, normal or emergency."});
  in.risk_level = r.word("risk_level", kRiskLevels, creating,
                         {"Tingkat risiko: low (rendah), medium (sedang) atau high (tinggi).", "Risk level: low, medium or high."});
  const Text when{"Tanggal dan jam waktu setempat (mis. 2026-12-05T22:00) atau RFC 3339 dengan zona waktu.",
                  "A date and time in local time (e.g. 2026-12-05T22:00) or RFC 3339 with a zone."};
  in.planned_start = read_date_time(r, "planned_start", creating, utc_offset_minutes, when);
  in.planned_end = read_date_time(r, "planned_end", creating, utc_offset_minutes, when);
  in.links = read_links(r);
  r.check();
  return in;
}

std::optional<Text> edit_refusal(const ChangeInput& in, const Change& c) {
  if (kBeforeApproval.count(c.stage)) return std::nullopt;
  auto stage = stage_label(c.stage);
  if (kEditableAfterApproval.count(c.stage)) {
    bool other = in.title || in.description || in.reason || in.agency_id || in.target_kind || in.target_label ||
                 in.change_type || in.risk_level || in.risk_notes || in.impact || in.links;
    if (!other) return std::nullopt;
    return Text{"Perubahan " + c.number + " sudah disetujui; kini hanya jadwal, rencana pengembalian dan pelaksananya "
                    "yang dapat diubah (jadwal atau rencana pengembalian yang berubah perlu disetujui lagi). Untuk "
                    "mengubah isinya, batalkan lalu ajukan permintaan baru.",
                "Change " + c.number + " has been approved; only its window, rollback plan and implementer can change "
                    "now (a changed window or rollback plan needs approval again). To change what it is, cancel it and "
                    "submit a new request."};
  }
  return Text{"Perubahan " + c.number + " pada tahap " + stage.id + " tidak dapat diubah lagi.",
              "Change " + c.number + " in the " + stage.en + " stage can no longer be edited."};
}

bool apply(const ChangeInput& in, Change& c) {
  auto set = [](const auto& v, auto& field) {
    if (v) field = *v;
  };
  set(in.title, c.title);
  set(in.description, c.description);
  set(in.reason, c.reason);
  set(in.agency_id, c.agency_id);
  set(in.target_kind, c.target_kind);
  set(in.target_label, c.target_label);
  set(in.change_type, c.change_type);
  set(in.risk_level, c.risk_level);
  set(in.risk_notes, c.risk_notes);
  set(in.impact, c.impact);
  set(in.implementer, c.implementer);
  bool needs_approval_again = kEditableAfterApproval.count(c.stage) &&
                              ((in.planned_start && *in.planned_start != c.planned_start) ||
                               (in.planned_end && *in.planned_end != c.planned_end) ||
                               (in.rollback_plan && *in.rollback_plan != c.rollback_plan));
  set(in.rollback_plan, c.rollback_plan);
  set(in.planned_start, c.planned_start);
  set(in.planned_end, c.planned_end);
  if (needs_approval_again) {
    c.stage = "awaiting_approval";
    c.decision.clear();
    c.decided_by.reset();
    c.decided_by_name.clear();
    c.decided_at.clear();
    c.decision_note.clear();
  }
  return needs_approval_again;
}

void check_change(const Change& c) {
  if (c.planned_end <= c.planned_start)
    fail_on_field_errors({{"planned_end",
                           {"Akhir jadwal harus sesudah awalnya.", "The window's end must come after its start."}}});
  auto length = seconds_between(c.planned_start, c.planned_end);
  if (length && *length > kMaxWindowDays * 86400)
    fail_on_field_errors({{"planned_end",
                           {"Jadwal perubahan paling lama 90 hari; bagilah perubahan yang lebih lama menjadi beberapa permintaan.",
                            "A change window is at most 90 days; split a longer change into several requests."}}});
}

// Calendar ------------------------------------------------------------------------------------

std::vector<std::string> target_keys(const std::string& target_kind, const std::string& target_label,
                                     const std::string& link_keys) {
  std::vector<std::string> out;
  for (size_t at = 0; at < link_keys.size();) {
    auto end = link_keys.find(' ', at);
    if (end == std::string::npos) end = link_keys.size();
    std::string_view key(link_keys.data() + at, end - at);
    if (key.starts_with("application:") || key.starts_with("host:") || key.starts_with("asset:")) out.emplace_back(key);
    at = end + 1;
  }
  if (!target_label.empty()) out.push_back(target_kind + "#" + lower_ascii(target_label));
  return out;
}

std::map<int64_t, std::vector<int64_t>> conflicts(const std::vector<CalendarEntry>& entries) {
  std::map<std::string, std::vector<const CalendarEntry*>> by_target;
  for (const auto& e : entries)
    if (e.approved)
      for (const auto& t : e.targets) by_target[t].push_back(&e);
  std::map<int64_t, std::set<int64_t>> found;
  for (auto& [_, list] : by_target) {
    std::sort(list.begin(), list.end(), [](const CalendarEntry* a, const CalendarEntry* b) {
      return std::tie(a->start, a->id) < std::tie(b->start, b->id);
    });
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size() && list[j]->start < list[i]->end; ++j) {
        if (list[i]->id == list[j]->id) continue;
        found[list[i]->id].insert(list[j]->id);
        found[list[j]->id].insert(list[i]->id);
      }
  }
  std::map<int64_t, std::vector<int64_t>> out;
  for (auto& [id, others] : found) out[id] = std::vector<int64_t>(others.begin(), others.end());
  return out;
}

}  // namespace simpul::modules::changes
