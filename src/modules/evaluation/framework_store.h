#pragma once
// Which framework a region can use: the built-in ones (frameworks/*.yaml, compiled in) and
// those imported into the region (evaluation_frameworks). An imported framework never
// changes once stored, so its loaded form is kept after the first read.
#include <memory>
#include <string>
#include <vector>

#include "db/database.h"
#include "frameworks/model.h"

namespace simpul::modules::evaluation {

struct AvailableFramework {
  std::shared_ptr<const frameworks::Framework> framework;
  bool builtin = false;
  std::string imported_by;  // imported ones only
  std::string imported_at;
};

// The framework with this code for the region (imported first, then built-in), or null.
std::shared_ptr<const frameworks::Framework> framework_for(db::Connection& c, const std::string& region_id,
                                                          const std::string& code);
std::vector<AvailableFramework> available_frameworks(db::Connection& c, const std::string& region_id);
// The code a new campaign uses when none is given: the built-in framework in force.
std::string default_framework_code();

}  // namespace simpul::modules::evaluation
