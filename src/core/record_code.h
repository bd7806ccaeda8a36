#pragma once
// The short codes records carry (DINKES-01, SIMPEG, LYN.PERIZINAN-2): 2-40 capital
// letters and digits, starting with a letter, in parts joined by "-" or "."; what a
// user types is trimmed and raised to capitals first.
#include <string>

namespace simpul {

std::string normalised_code(const std::string& code);
bool is_valid_code(const std::string& code);

}  // namespace simpul
