#include "profiles/source_check.h"

#include <regex>

namespace simpul::profiles {

namespace {

struct Heading {
  size_t offset;  // in the normalised text
  int number;
};

void append_normalised(std::string& out, std::string_view line) {
  size_t i = 0;
  // Leading indentation and list markers ("- ", "  - ") carry no words.
  while (true) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
      i += 2;
      continue;
    }
    break;
  }
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (c == '*' || c == '#') continue;
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

// Article headings: a line that starts with a heading mark or with "Pasal" and
// ends with "Pasal N" (the transcription sometimes puts the chapter title first).
bool heading_number(std::string_view line, int& number) {
  static const std::regex re(R"(^\s*(#+.*|\*\*.*|)\bPasal\s+(\d+)\s*\**\s*$)");
  std::cmatch m;
  if (!std::regex_match(line.begin(), line.end(), m, re)) return false;
  number = std::stoi(m[2].str());
  return true;
}

std::string normalised(std::string_view text, std::vector<Heading>* headings) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    int number = 0;
    if (headings && heading_number(line, number)) headings->push_back({out.size(), number});
    append_normalised(out, line);
    start = end + 1;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int article_number(const std::string& article) {
  // "Pasal 24 ayat (4)" → 24; the loader has already checked the shape.
  return std::stoi(article.substr(6));
}

}  // namespace

std::string normalise_regulation_text(std::string_view text) { return normalised(text, nullptr); }

std::vector<std::string> check_against_source(const Profile& profile, std::string_view source_text) {
  std::vector<Heading> headings;
  std::string source = normalised(source_text, &headings);
  std::vector<std::string> problems;
  auto check = [&](const std::string& what, const std::string& article, const std::string& text) {
    std::string quote = normalise_regulation_text(text);
    size_t at = source.find(quote);
    if (quote.empty() || at == std::string::npos) {
      problems.push_back(what + ": the text does not occur word for word in " + profile.citation.source);
      return;
    }
    int cited = article_number(article);
    // The quote may occur more than once (repeated phrases); one occurrence inside the cited article suffices.
    for (; at != std::string::npos; at = source.find(quote, at + 1)) {
      int before = 0, after = 1 << 30;
      for (const auto& h : headings) {
        if (h.offset <= at) before = h.number;
        else {
          after = h.number;
          break;
        }
      }
      if (cited >= before && cited < after) return;
    }
    problems.push_back(what + ": the text is in the source, but not inside " + article);
  };
  for (const auto& o : profile.obligations) check("obligation " + o.id + " (" + o.article + ")", o.article, o.text);
  if (profile.self_sufficiency)
    for (const auto& c : profile.self_sufficiency->criteria)
      check("ict_self_sufficiency criterion " + c.key + " (" + c.article + ")", c.article, c.text);
  return problems;
}

}  // namespace simpul::profiles
