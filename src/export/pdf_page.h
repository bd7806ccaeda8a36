#pragma once
// Inside the PDF writer (pdf.cpp, pdf_charts.cpp): the A4 frame the flow is set in and the
// state of a document being written — its pages, the cursor, and the drawing helpers every
// block is made of. Not for use outside src/export/.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <hpdf.h>

#include "export/pdf.h"

namespace simpul::pdf {

// A4 portrait in points, and the frame the flow is set in.
constexpr float kPageWidth = 595.276f, kPageHeight = 841.89f;
constexpr float kLeft = 50, kRight = kPageWidth - 50, kTop = kPageHeight - 56, kBottom = 56;
constexpr float kWidth = kRight - kLeft;
constexpr float kFooterY = 30;

constexpr Colour kBlack{0, 0, 0}, kGrey{0.4f, 0.4f, 0.4f}, kRule{0.6f, 0.6f, 0.6f}, kShade{0.85f, 0.88f, 0.93f},
    kTrack{0.92f, 0.92f, 0.92f};

// The first failure libhpdf reports; it carries on after reporting, so the writer checks this.
struct Failure {
  HPDF_STATUS error = HPDF_OK, detail = 0;
};

struct Document::State {
  HPDF_Doc doc = nullptr;
  Failure failure;
  HPDF_Font regular = nullptr, bold = nullptr;
  std::vector<HPDF_Page> pages;
  HPDF_Page page = nullptr;
  float y = kTop;  // the top of the free space on the current page
  std::string footer;
  bool finished = false;

  ~State() {
    if (doc) HPDF_Free(doc);
  }

  // libhpdf reports through on_error and carries on; the first failure stops the document here.
  void check(const char* what) {
    if (failure.error == HPDF_OK) return;
    char code[32];
    std::snprintf(code, sizeof code, "0x%04X/%u", static_cast<unsigned>(failure.error),
                  static_cast<unsigned>(failure.detail));
    throw std::runtime_error(std::string("PDF: cannot ") + what + " (libhpdf error " + code + ")");
  }

  void new_page() {
    page = HPDF_AddPage(doc);
    check("add a page");
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    pages.push_back(page);
    y = kTop;
  }

  // Room for `height` points below the cursor, on a new page when this one is full.
  void ensure(float height) {
    if (!page || y - height < kBottom) new_page();
  }

  float width(HPDF_Font font, float size, const std::string& text) const {
    auto w = HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
    return static_cast<float>(w.width) * size / 1000.0f;
  }

  void fill(Colour c) { HPDF_Page_SetRGBFill(page, c.r, c.g, c.b); }
  void stroke(Colour c) { HPDF_Page_SetRGBStroke(page, c.r, c.g, c.b); }

  // One line of CP1252 text with its baseline at `baseline`.
  void text(HPDF_Font font, float size, float x, float baseline, const std::string& line, Colour c = kBlack) {
    if (line.empty()) return;
    fill(c);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, font, size);
    HPDF_Page_TextOut(page, x, baseline, line.c_str());
    HPDF_Page_EndText(page);
    fill(kBlack);
  }

  void box(float x, float bottom, float w, float h, Colour c) {
    fill(c);
    HPDF_Page_Rectangle(page, x, bottom, w, h);
    HPDF_Page_Fill(page);
    fill(kBlack);
  }

  void frame(float x, float bottom, float w, float h) {
    stroke(kRule);
    HPDF_Page_SetLineWidth(page, 0.5f);
    HPDF_Page_Rectangle(page, x, bottom, w, h);
    HPDF_Page_Stroke(page);
  }

  // CP1252 text broken into lines no wider than `max` at this font and size: at spaces, and
  // inside a word only when the word alone is too wide.
  std::vector<std::string> wrap(HPDF_Font font, float size, const std::string& text, float max) const {
    std::vector<std::string> lines;
    std::string line;
    auto push_word = [&](std::string word) {
      std::string candidate = line.empty() ? word : line + " " + word;
      if (width(font, size, candidate) <= max) return void(line = std::move(candidate));
      if (!line.empty()) lines.push_back(std::move(line)), line.clear();
      while (width(font, size, word) > max && word.size() > 1) {
        size_t n = word.size() - 1;
        while (n > 1 && width(font, size, word.substr(0, n)) > max) --n;
        lines.push_back(word.substr(0, n));
        word.erase(0, n);
      }
      line = std::move(word);
    };
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) push_word(text.substr(start, end - start));
      start = end + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    return lines;
  }

  // The text cut to `max` wide, ending in "..." when cut.
  std::string fit(HPDF_Font font, float size, std::string text, float max) const {
    if (width(font, size, text) <= max) return text;
    while (!text.empty() && width(font, size, text + "...") > max) text.pop_back();
    return text + "...";
  }

  // A key in each colour and its label, flowing on as many lines as needed; the cursor ends
  // below the last line.
  void legend(const std::vector<std::pair<std::string, Colour>>& keys) {
    constexpr float kKey = 8, kSize = 8, kRow = 13;
    float x = kLeft;
    ensure(kRow);
    for (const auto& [utf8, c] : keys) {
      std::string label = to_cp1252(utf8);
      float w = kKey + 4 + width(regular, kSize, label) + 14;
      if (x + w > kRight && x > kLeft) {
        x = kLeft;
        y -= kRow;
        ensure(kRow);
      }
      box(x, y - kKey - 1, kKey, kKey, c);
      text(regular, kSize, x + kKey + 4, y - kSize, label);
      x += w;
    }
    y -= kRow;
  }

  // Lines set from the cursor down, each on the page it fits.
  void flow(HPDF_Font font, float size, float leading, const std::string& utf8, float x = kLeft, float max = kWidth) {
    for (const auto& line : wrap(font, size, to_cp1252(utf8), max)) {
      ensure(leading);
      text(font, size, x, y - size, line);
      y -= leading;
    }
  }
};

}  // namespace simpul::pdf
