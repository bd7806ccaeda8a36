#pragma once
// The framework files compiled into the binary from frameworks/ (cmake/embed_texts.cmake).
#include <vector>

#include "profiles/embedded.h"

namespace simpul::frameworks {

using profiles::EmbeddedFile;  // name: the file name, e.g. "permenpanrb-59-2020.yaml"

const std::vector<EmbeddedFile>& embedded_frameworks();

}  // namespace simpul::frameworks
