#include "db/full_text.h"

#include <cctype>

namespace simpul::db::full_text {

namespace {

// ASCII letters and digits, and every byte of a multi-byte UTF-8 character (Indonesian
// names and words keep their letters); everything else separates words.
bool word_byte(unsigned char ch) { return ch >= 0x80 || std::isalnum(ch); }

char lower(unsigned char ch) { return static_cast<char>(ch < 0x80 ? std::tolower(ch) : ch); }

struct Span {
  size_t begin, end;
};

// Where each word of `text` lies.
std::vector<Span> word_spans(const std::string& text) {
  std::vector<Span> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !word_byte(static_cast<unsigned char>(text[i]))) ++i;
    size_t begin = i;
    while (i < text.size() && word_byte(static_cast<unsigned char>(text[i]))) ++i;
    if (i > begin) out.push_back({begin, i});
  }
  return out;
}

bool begins_with(const std::string& text, const Span& span, const std::string& word) {
  if (span.end - span.begin < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower(static_cast<unsigned char>(text[span.begin + k])) != word[k]) return false;
  return true;
}

// Joins `words` with `separator`, each written by `form`.
template <class Form>
std::string joined(const std::vector<std::string>& words, const std::string& separator, Form form) {
  std::string q;
  for (const auto& w : words) q += (q.empty() ? "" : separator) + form(w);
  return q;
}

// Whitespace runs (line breaks of paragraphs too) become one space.
std::string one_line(const std::string& text) {
  std::string out;
  for (unsigned char ch : text) {
    if (std::isspace(ch)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string searchable(const std::string& text) {
  std::string out = text;
  for (auto& ch : out)
    if (!word_byte(static_cast<unsigned char>(ch))) ch = ' ';
  return out;
}

std::vector<std::string> words(const std::string& typed, size_t max_words) {
  std::vector<std::string> out;
  for (const auto& span : word_spans(typed)) {
    if (out.size() >= max_words) break;
    std::string w;
    for (size_t k = span.begin; k < span.end; ++k) w += lower(static_cast<unsigned char>(typed[k]));
    out.push_back(w);
  }
  return out;
}

std::string fts5_query(const std::vector<std::string>& words, Match match) {
  return joined(words, match == Match::all ? " " : " OR ", [](const std::string& w) { return "\"" + w + "\"*"; });
}

std::string tsquery(const std::vector<std::string>& words, Match match) {
  return joined(words, match == Match::all ? " & " : " | ", [](const std::string& w) { return w + ":*"; });
}

std::string query_text(Dialect dialect, const std::vector<std::string>& words, Match match) {
  return dialect == Dialect::sqlite ? fts5_query(words, match) : tsquery(words, match);
}

std::vector<std::string> matched_words(const std::string& text, const std::vector<std::string>& words) {
  auto spans = word_spans(text);
  std::vector<std::string> out;
  for (const auto& w : words) {
    if (w.empty()) continue;
    bool seen = false;
    for (const auto& o : out) seen = seen || o == w;
    if (seen) continue;
    for (const auto& span : spans)
      if (begins_with(text, span, w)) {
        out.push_back(w);
        break;
      }
  }
  return out;
}

std::string snippet(const std::string& text, const std::vector<std::string>& words, size_t max_bytes) {
  auto spans = word_spans(text);
  if (spans.empty()) return "";
  size_t first = 0;  // index of the first matching word; the text's start when none
  bool found = false;
  for (size_t i = 0; i < spans.size() && !found; ++i)
    for (const auto& w : words)
      if (!w.empty() && begins_with(text, spans[i], w)) {
        first = i, found = true;
        break;
      }
  // A few words of context before the match, then whole words up to the size.
  size_t from = first;
  while (from > 0 && spans[first].begin - spans[from - 1].begin < max_bytes / 3) --from;
  size_t to = from;
  while (to + 1 < spans.size() && spans[to + 1].end - spans[from].begin <= max_bytes) ++to;
  size_t begin = from == 0 ? 0 : spans[from].begin;
  size_t end = to + 1 == spans.size() ? text.size() : spans[to].end;
  std::string out = one_line(text.substr(begin, end - begin));
  if (from > 0) out = "… " + out;
  if (to + 1 < spans.size()) out += " …";
  return out;
}

void write_document(Connection& c, const SearchTable& table, const std::string& region_id, int64_t id,
                    const std::vector<std::string>& parts, bool fresh) {
  Params params;
  if (c.dialect() == Dialect::sqlite) {
    if (!fresh) c.execute("DELETE FROM " + table.name + " WHERE rowid = ?", {id});
    std::string columns, marks;
    params = {id, region_id};
    for (size_t i = 0; i < parts.size(); ++i) {
      columns += ", " + table.sqlite_columns.at(i);
      marks += ", ?";
      params.push_back(searchable(parts[i]));
    }
    c.execute("INSERT INTO " + table.name + " (rowid, region_id" + columns + ") VALUES (?, ?" + marks + ")", params);
    return;
  }
  std::string vector;
  params = {id, region_id};
  static const char* kWeights[] = {"A", "B", "C", "D"};
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string one = "to_tsvector('simple', ?)";
    if (parts.size() > 1) one = "setweight(" + one + ", '" + kWeights[i < 4 ? i : 3] + "')";
    vector += (vector.empty() ? "" : " || ") + one;
    params.push_back(searchable(parts[i]));
  }
  c.execute("INSERT INTO " + table.name + " (" + table.key_column + ", region_id, document) VALUES (?, ?, " + vector +
                ") ON CONFLICT (" + table.key_column + ") DO UPDATE SET document = excluded.document",
            params);
}

void delete_document(Connection& c, const SearchTable& table, int64_t id) {
  c.execute("DELETE FROM " + table.name + " WHERE " + (c.dialect() == Dialect::sqlite ? "rowid" : table.key_column) + " = ?",
            {id});
}

}  // namespace simpul::db::full_text
