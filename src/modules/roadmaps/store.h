#pragma once
// SQL for roadmaps, their activities, monitoring records and change log.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/roadmaps/model.h"

namespace simpul::modules::roadmaps {

std::vector<Roadmap> list(db::Connection& c, const std::string& region_id);
std::optional<Roadmap> find(db::Connection& c, const std::string& region_id, int64_t roadmap_id);
int64_t insert(db::Connection& c, Roadmap& r);
bool update(db::Connection& c, const Roadmap& r, int64_t expected_version);
// A child changed: the roadmap's version moves on, so a step taken from an older view
// (enacting what one did not see) gets 412.
void touch(db::Connection& c, const std::string& region_id, int64_t roadmap_id, const std::string& at);

std::vector<Activity> activities(db::Connection& c, const std::string& region_id, int64_t roadmap_id);
std::optional<Activity> find_activity(db::Connection& c, const std::string& region_id, int64_t activity_id);
int64_t insert_activity(db::Connection& c, Activity& a);
bool update_activity(db::Connection& c, const Activity& a, int64_t expected_version);
bool delete_activity(db::Connection& c, const std::string& region_id, int64_t activity_id, int64_t expected_version);
size_t activity_count(db::Connection& c, const std::string& region_id, int64_t roadmap_id);
// How many budget lines name the activity.
int64_t budget_links(db::Connection& c, int64_t activity_id);

std::vector<Monitoring> monitoring(db::Connection& c, const std::string& region_id, int64_t roadmap_id);
bool has_monitoring(db::Connection& c, int64_t roadmap_id, int year);
int64_t insert_monitoring(db::Connection& c, Monitoring& m);

std::vector<Change> changes(db::Connection& c, const std::string& region_id, int64_t roadmap_id);
int64_t insert_change(db::Connection& c, Change& ch);

}  // namespace simpul::modules::roadmaps
