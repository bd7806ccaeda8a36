#pragma once
// Answers that a browser saves as a file: the JSON or XLSX export of a record,
// named `file_stem`.json / .xlsx.
#include <string>

#include <nlohmann/json.hpp>

#include "export/xlsx.h"
#include "http/message.h"

namespace simpul {

inline http::Response json_download(const nlohmann::json& body, const std::string& file_stem) {
  auto res = http::Response::json(200, body);
  res.header("content-disposition", "attachment; filename=\"" + file_stem + ".json\"");
  return res;
}

inline http::Response xlsx_download(std::string bytes, const std::string& file_stem) {
  auto res = http::Response::text(200, std::move(bytes), xlsx::kContentType);
  res.header("content-disposition", xlsx::attachment(file_stem));
  return res;
}

}  // namespace simpul
