#pragma once
// What the register's routes share: the owner check (an operator keeps only their own
// agency's risks), loading a risk, and the risk as the API answers it.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "db/database.h"
#include "http/message.h"
#include "modules/risks/model.h"

namespace simpul::modules::risks {

inline const std::string kBase = "/api/v1/risks";
extern const Text kNotFound;

// The records' own fields as the audit log compares them (record_json, as one function each).
nlohmann::json risk_record(const Risk& r);
nlohmann::json treatment_record(const Treatment& t);

// 403 unless the caller may keep the risks of `agency_id` (auth::may_access_agency).
void require_owner(const auth::Principal& me, int64_t agency_id);
// The risk of the caller's region; 404 otherwise.
Risk load_risk(db::Connection& c, const auth::Principal& me, int64_t risk_id);
// The risk with its names, decisions and (with_treatments) its treatments, as GET answers it.
nlohmann::json risk_view(db::Connection& c, const Risk& r, const RiskCriteria& criteria, const std::string& today,
                         bool with_treatments);
// Many risks at once (a page, the top risks), without their treatments.
nlohmann::json risks_view(db::Connection& c, const std::vector<Risk>& risks, const RiskCriteria& criteria,
                          const std::string& today);
// 200/201 with the stored risk and its ETag.
http::Response risk_response(db::Connection& c, int status, const std::string& region_id, int64_t risk_id);
RiskState stored_state(db::Connection& c, const Risk& r, const std::string& today);
// The region's article on the risk process, for refusals (risk_citation of its profile).
std::string region_citation(db::Connection& c, const std::string& region_id);
// ?year= (2000-2100; the year of `today` when absent) — 400 otherwise.
int64_t year_param(const http::Request& req, const std::string& today);

}  // namespace simpul::modules::risks
