#include "http/pagination.h"

#include <charconv>

#include "core/digest.h"

namespace simpul::http {

PageRequest parse_page_request(const Request& req) {
  PageRequest page;
  if (auto limit = req.query_param("limit")) {
    int n = 0;
    auto [ptr, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), n);
    if (ec != std::errc() || ptr != limit->data() + limit->size() || n < 1 || n > kMaxPageSize) {
      Problem p = Problem::bad_request({"Parameter limit harus bilangan bulat 1 sampai 100.",
                                        "The limit parameter must be a whole number from 1 to 100."});
      p.errors.push_back({"limit", {"Isi dengan angka 1 sampai 100.", "Use a number from 1 to 100."}});
      throw ProblemError(p);
    }
    page.limit = n;
  }
  if (auto cursor = req.query_param("cursor")) {
    auto decoded = base64url_decode(*cursor);
    if (!decoded || decoded->rfind("k:", 0) != 0) {
      Problem p = Problem::bad_request({"Parameter cursor tidak dikenali; mulai lagi dari halaman pertama.",
                                        "The cursor parameter is not recognised; start again from the first page."});
      p.errors.push_back({"cursor", {"Gunakan nilai next_cursor dari jawaban sebelumnya.",
                                     "Use the next_cursor value of the previous answer."}});
      throw ProblemError(p);
    }
    page.after = decoded->substr(2);
  }
  return page;
}

std::string encode_cursor(const std::string& key) { return base64url_encode("k:" + key); }

std::optional<int64_t> after_number(const PageRequest& page) {
  if (!page.after) return std::nullopt;
  int64_t n = 0;
  auto [ptr, ec] = std::from_chars(page.after->data(), page.after->data() + page.after->size(), n);
  if (ec != std::errc() || ptr != page.after->data() + page.after->size())
    throw ProblemError(Problem::bad_request({"Parameter cursor tidak dikenali; mulai lagi dari halaman pertama.",
                                             "The cursor parameter is not recognised; start again from the first page."}));
  return n;
}

}  // namespace simpul::http
