#include "db/placeholders.h"

namespace simpul::db {

std::string number_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  int next = 1;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'' || c == '"') {  // copy a quoted run verbatim ('' and "" escape themselves)
      size_t end = sql.find(c, i + 1);
      end = end == std::string_view::npos ? sql.size() - 1 : end;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      size_t end = sql.find('\n', i);
      end = end == std::string_view::npos ? sql.size() - 1 : end;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace simpul::db
