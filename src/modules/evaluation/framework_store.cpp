#include "modules/evaluation/framework_store.h"

#include <map>
#include <mutex>
#include <tuple>

#include "frameworks/loader.h"

namespace simpul::modules::evaluation {

namespace {

// A built-in framework lives as long as the process: share it without owning it.
std::shared_ptr<const frameworks::Framework> shared_builtin(const frameworks::Framework& f) {
  return std::shared_ptr<const frameworks::Framework>(std::shared_ptr<void>(), &f);
}

// Imported frameworks, loaded once. The key holds the text's hash, so a row that was
// somehow replaced is read afresh rather than answered from a stale copy.
class ImportedCache {
 public:
  std::shared_ptr<const frameworks::Framework> get(const std::string& region_id, const std::string& code,
                                                   const std::string& sha256, const std::string& yaml_text) {
    auto key = std::make_tuple(region_id, code, sha256);
    {
      std::lock_guard lock(mutex_);
      if (auto it = loaded_.find(key); it != loaded_.end()) return it->second;
    }
    auto r = frameworks::load_framework(yaml_text, code + ".yaml");
    // A stored framework that no longer loads (a stricter loader) is unreadable: null, and
    // the caller answers that the campaign's framework cannot be read.
    if (!r.framework) return nullptr;
    auto f = std::make_shared<const frameworks::Framework>(std::move(*r.framework));
    std::lock_guard lock(mutex_);
    loaded_.emplace(key, f);
    return f;
  }

 private:
  std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, std::string>, std::shared_ptr<const frameworks::Framework>> loaded_;
};

ImportedCache& imported_cache() {
  static ImportedCache cache;
  return cache;
}

}  // namespace

std::shared_ptr<const frameworks::Framework> framework_for(db::Connection& c, const std::string& region_id,
                                                          const std::string& code) {
  auto rows = c.query("SELECT yaml_text, sha256 FROM evaluation_frameworks WHERE region_id = ? AND code = ?", {region_id, code});
  if (!rows.empty()) return imported_cache().get(region_id, code, rows[0].text(1), rows[0].text(0));
  if (const auto* f = frameworks::find_builtin_framework(code)) return shared_builtin(*f);
  return nullptr;
}

std::vector<AvailableFramework> available_frameworks(db::Connection& c, const std::string& region_id) {
  std::vector<AvailableFramework> out;
  for (const auto& f : frameworks::builtin_frameworks()) out.push_back({shared_builtin(f), true, "", ""});
  auto rows = c.query(
      "SELECT code, yaml_text, sha256, imported_by, imported_at FROM evaluation_frameworks WHERE region_id = ? ORDER BY code",
      {region_id});
  for (const auto& r : rows)
    if (auto f = imported_cache().get(region_id, r.text(0), r.text(2), r.text(1)))
      out.push_back({f, false, r.text(3), r.text(4)});
  return out;
}

std::string default_framework_code() {
  const frameworks::Framework* best = nullptr;
  for (const auto& f : frameworks::builtin_frameworks())
    if (f.status == "in_force" && (!best || f.effective_from > best->effective_from)) best = &f;
  return best ? best->code : "";
}

}  // namespace simpul::modules::evaluation
