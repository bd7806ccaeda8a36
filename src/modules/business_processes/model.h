#pragma once
// A business process (Proses Bisnis) of one agency: "sekumpulan kegiatan yang terstruktur
// dan saling terkait dalam pelaksanaan tugas dan fungsi" (Kendari Pasal 1 angka 36). Each
// agency drafts its own, based on the SPBE architecture (Kendari Pasal 9 ayat (2)); related
// processes are linked across agencies and coordinated by the organisation bureau (ayat (3)).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::business_processes {

struct Step {
  std::string name;
  std::string responsible;  // the position or unit that carries the step out
};

// The architecture version the process is based on, as the list and detail views show it.
struct ArchitectureRef {
  int64_t id = 0;
  std::string title;
  int64_t start_year = 0;
  int64_t end_year = 0;
  std::string status;
};

struct BusinessProcess {
  int64_t id = 0;
  std::string region_id;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string code;
  std::string name;
  std::string description;
  std::string purpose;
  std::string outputs;
  std::string kind = "core";  // core | support
  std::optional<int64_t> architecture_id;
  std::optional<ArchitectureRef> architecture;  // read only, joined
  std::vector<Step> steps;
  std::vector<std::string> related_services;
  std::vector<std::string> related_applications;
  std::string status = "draft";  // draft | submitted | coordinated
  std::string submitted_by, submitted_at;
  std::string coordinated_by, coordinated_at, coordination_note;
  std::string returned_by, returned_at, return_reason;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// A connection between two processes, kept by the owner of the "from" side.
struct Link {
  int64_t id = 0;
  std::string region_id;
  int64_t from_process_id = 0;
  int64_t to_process_id = 0;
  std::string kind;  // input_from | output_to | shared_step
  std::string note;
  std::string created_by, created_at;
};

// What the API shows: the record with its agency and architecture.
nlohmann::json to_json(const BusinessProcess& p);
// The record's own fields only: what the audit log compares (no joined names).
nlohmann::json record_json(const BusinessProcess& p);
nlohmann::json to_json(const Link& l);

}  // namespace simpul::modules::business_processes
