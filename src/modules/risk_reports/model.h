#pragma once
// The records of risk management that sit around the register (PermenPANRB 5/2020, Pedoman
// Manajemen Risiko SPBE): the context of a risk-owner unit for a year (Formulir 2.0) and its
// quarterly and yearly monitoring reports (Formulir 5.0), whose entries are a snapshot of the
// register (Formulir 3.0) and the treatment plans (Formulir 4.0) when the report was drafted.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::risk_reports {

struct Goal {  // Formulir 2.2 Sasaran SPBE
  std::string unit_goal, spbe_goal, indicator, target;
};
struct Stakeholder {  // Formulir 2.4 Pemangku Kepentingan
  std::string name, relation;
};
struct RegulationRef {  // Formulir 2.5 Daftar Peraturan
  std::string name, mandate;
};
struct Structure {  // Formulir 2.3 Struktur Pelaksana: people of the unit
  std::optional<int64_t> owner, coordinator, manager;
};

struct PersonRef {
  int64_t id = 0;
  std::string name, nip;
};

struct RiskContext {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  int64_t year = 0;
  std::string duties, functions;  // Tugas, Fungsi
  std::vector<Goal> goals;
  Structure structure;
  std::vector<Stakeholder> stakeholders;
  std::vector<RegulationRef> regulations;
  std::optional<std::string> integrity_pact_sha256;  // Formulir 1.0 Pakta Integritas
  int64_t version = 1;
  std::string created_at, updated_at;
};

// One treatment as a monitoring entry shows it.
struct TreatmentLine {
  int64_t treatment_id = 0;
  std::string actions, output, starts_on, due_on, status, done_on;
};

// One risk of the unit in a report: where it stands now and where its treatments lead.
struct Entry {
  int64_t risk_id = 0;
  int64_t number = 0;
  std::string polarity, event, spbe_goal;
  int64_t magnitude = 0, level = 0;
  int64_t projected_magnitude = 0, projected_level = 0;
  std::vector<TreatmentLine> treatments_done, treatments_planned;
  std::string owner;
  std::optional<std::string> schedule_starts_on, schedule_due_on;
};

struct RiskReport {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  int64_t year = 0;
  std::string period;  // q1 | q2 | q3 | annual
  std::vector<Entry> entries;
  std::string summary, recommendations;
  std::string status = "draft";  // draft | submitted
  std::string submitted_at;
  std::optional<int64_t> submitted_by;
  std::string submitted_by_name;  // read only, joined
  int64_t version = 1;
  std::string created_at, updated_at;
};

nlohmann::json to_json(const Goal& g);
nlohmann::json to_json(const Entry& e);
std::vector<Entry> entries_from_json(const nlohmann::json& j);
// The record's own fields: what the audit log compares and the stored JSON columns hold.
nlohmann::json record_json(const RiskContext& c);
nlohmann::json record_json(const RiskReport& r);

}  // namespace simpul::modules::risk_reports
