#pragma once
// Documents of the demo region (application documents, LAN diagrams): small real PDFs
// whose page says what they stand for, stored as an upload would be — the bytes in the
// files folder, the row in `files` — so the demo's download links work.
#include <string>
#include <vector>

#include "db/database.h"

namespace simpul {

// A one-page PDF showing these lines (ASCII; other characters become '?').
std::string demo_pdf(const std::vector<std::string>& lines);

// Stores the PDF for `title` as the file `file_name` of the region (once) and answers its
// sha256. `files_dir` empty: only the row is written (a test database without a folder).
std::string add_demo_document(db::Connection& c, const std::string& region_id, const std::string& files_dir,
                              const std::string& file_name, const std::string& title, const std::string& now);

}  // namespace simpul
