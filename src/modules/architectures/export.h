#pragma once
// An architecture version as a workbook: the version, its six domains, its reviews and
// the reviews it is due.
#include <string>

#include <nlohmann/json.hpp>

namespace simpul::modules::architectures {

// `version` is the architecture as the API shows it (see routes.cpp).
std::string workbook(const nlohmann::json& version);

}  // namespace simpul::modules::architectures
