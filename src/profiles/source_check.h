#pragma once
// Checks a profile against the text of its regulation: every obligation's `text`
// (and every PD Mandiri TIK criterion) must occur word for word in the source, inside
// the article it cites. Catches paraphrases and mistyped article numbers.
#include <string>
#include <string_view>
#include <vector>

#include "profiles/model.h"

namespace simpul::profiles {

// Collapses whitespace and drops the transcription's formatting marks (`*`, `#`,
// leading "- " list markers), so a sentence broken across lines still matches.
std::string normalise_regulation_text(std::string_view text);

// One message per obligation that does not match, naming its id and article.
std::vector<std::string> check_against_source(const Profile& profile, std::string_view source_text);

}  // namespace simpul::profiles
