#include "modules/tickets/model.h"

#include <map>

namespace simpul::modules::tickets {

namespace {

Text label_of(const std::map<std::string, Text>& labels, const std::string& word) {
  auto it = labels.find(word);
  return it == labels.end() ? Text{word, word} : it->second;
}

nlohmann::json or_null(const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nlohmann::json(nullptr); }
nlohmann::json or_null(const std::optional<int64_t>& n) { return n ? nlohmann::json(*n) : nlohmann::json(nullptr); }

}  // namespace

Text kind_label(const std::string& kind) {
  static const std::map<std::string, Text> labels{{"complaint", {"Keluhan", "Complaint"}},
                                                  {"incident", {"Gangguan", "Incident"}},
                                                  {"problem", {"Masalah", "Problem"}},
                                                  {"request", {"Permintaan", "Request"}},
                                                  {"change", {"Perubahan", "Change"}}};
  return label_of(labels, kind);
}

Text status_label(const std::string& status) {
  static const std::map<std::string, Text> labels{{"new", {"Baru", "New"}},
                                                  {"in_progress", {"Sedang ditangani", "In progress"}},
                                                  {"waiting_reporter", {"Menunggu pelapor", "Waiting for the reporter"}},
                                                  {"resolved", {"Selesai", "Resolved"}},
                                                  {"closed", {"Ditutup", "Closed"}}};
  return label_of(labels, status);
}

Text action_label(const std::string& action) {
  static const std::map<std::string, Text> labels{{"start", {"Mulai tangani", "Start"}},
                                                  {"wait_for_reporter", {"Tanya pelapor", "Ask the reporter"}},
                                                  {"resume", {"Lanjutkan", "Resume"}},
                                                  {"escalate", {"Eskalasi", "Escalate"}},
                                                  {"hand_back", {"Kembalikan", "Hand back"}},
                                                  {"resolve", {"Selesaikan", "Resolve"}},
                                                  {"close", {"Tutup", "Close"}},
                                                  {"reopen", {"Buka kembali", "Reopen"}}};
  return label_of(labels, action);
}

nlohmann::json record_json(const Ticket& t) {
  return {{"id", t.id},
          {"number", t.number},
          {"kind", t.kind},
          {"channel", t.channel},
          {"title", t.title},
          {"description", t.description},
          {"agency_id", t.agency_id},
          {"service_id", or_null(t.service_id)},
          {"application_id", or_null(t.application_id)},
          {"priority", t.priority},
          {"status", t.status},
          {"tier", t.tier},
          {"escalated", t.escalated},
          {"assignee_user_id", or_null(t.assignee_user_id)},
          {"reporter_given", t.reporter_name.has_value() || t.reporter_user_id.has_value()},
          {"opened_at", t.opened_at},
          {"first_response_at", or_null(t.first_response_at)},
          {"resolved_at", or_null(t.resolved_at)},
          {"closed_at", or_null(t.closed_at)},
          {"response_due_at", t.response_due_at},
          {"resolution_due_at", t.resolution_due_at},
          {"paused_since", or_null(t.paused_since)},
          {"paused_minutes", t.paused_minutes},
          {"version", t.version},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at}};
}

}  // namespace simpul::modules::tickets
