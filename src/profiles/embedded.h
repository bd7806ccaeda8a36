#pragma once
// Files compiled into the binary from profiles/ (see cmake/embed_texts.cmake).
#include <string_view>
#include <vector>

namespace simpul::profiles {

struct EmbeddedFile {
  std::string_view name;  // path relative to profiles/, e.g. "madiun.yaml", "sources/madiun-39-2021.txt"
  std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_profiles();
const std::vector<EmbeddedFile>& embedded_sources();

}  // namespace simpul::profiles
