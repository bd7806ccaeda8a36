#include "import/table.h"

namespace simpul::import {

std::string column_letter(size_t index) {
  std::string out;
  ++index;
  while (index > 0) {
    size_t rest = (index - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rest));
    index = (index - 1) / 26;
  }
  return out;
}

}  // namespace simpul::import
