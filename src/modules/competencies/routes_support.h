#pragma once
// What the competency route files share: the base path, the not-found answers, the
// operator's own-agency rule, loading an employee, the catalogue seeded on first use,
// the region's requirements (profile and ICT office) and the reference checks.
#include <string>
#include <vector>

#include "app/context.h"
#include "core/body_reader.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/message.h"
#include "http/router.h"
#include "modules/competencies/model.h"

namespace simpul::modules::competencies {

inline const std::string kBase = "/api/v1/competencies";
inline const Text kCompetencyNotFound{"Kompetensi tidak ditemukan di katalog daerah.", "Competency not found in the region's catalogue."};
inline const Text kRequirementNotFound{"Persyaratan kompetensi tidak ditemukan.", "Competency requirement not found."};
inline const Text kEmployeeNotFound{"Pegawai tidak ditemukan (hanya orang dengan NIP dan perangkat daerah).",
                                    "Employee not found (only people with a NIP and an agency)."};
inline const Text kAgencyNotFound{"Perangkat daerah tidak ditemukan.", "Agency not found."};
inline const Text kPlanNotFound{"Rencana pelatihan tidak ditemukan.", "Training plan not found."};

// 403 unless the caller may keep the records of that agency (operators: their own only).
void require_agency_access(const auth::Principal& me, int64_t agency_id);
// The employee or 404.
Employee load_employee(db::Connection& c, const std::string& region_id, int64_t person_id);

// Seeds the basic catalogue with its audit entry when the region has none (inside a write).
void ensure_catalogue(db::Connection& c, const http::Request& req);
// The same from a read route: a write transaction only when the catalogue is still empty.
void ensure_catalogue(AppContext& ctx, const http::Request& req);

// The profile's requirements first, then the ICT office's.
std::vector<Requirement> all_requirements(db::Connection& c, const std::string& region_id);

// Field errors when a referenced competency or uploaded file is not the region's.
void check_competency(db::Connection& c, const std::string& region_id, const std::optional<int64_t>& id,
                      const std::string& field, BodyReader& r);
void check_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field,
                BodyReader& r);

http::Response no_content();
http::Response created(nlohmann::json body, int64_t version, const std::string& location);

void add_catalogue_routes(http::Router& router, AppContext& ctx);
void add_staff_routes(http::Router& router, AppContext& ctx);
void add_gap_routes(http::Router& router, AppContext& ctx);
void add_plan_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::competencies
