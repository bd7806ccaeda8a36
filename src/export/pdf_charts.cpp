// The radar and line charts of the PDF writer (pdf.h): drawn with lines and circles, their
// labels as real text so the report stays searchable and pdftotext reads them back.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/pdf_page.h"

namespace simpul::pdf {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr float kLabelSize = 7.5f, kLabelLeading = 9;
constexpr Colour kGrid{0.78f, 0.78f, 0.78f}, kWhite{1, 1, 1};

// "2,5" for an axis: whole values without decimals, others with one, a decimal comma.
std::string axis_label(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string out = buf;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

void dash(HPDF_Page page, bool on) {
  static const HPDF_UINT16 kDash[] = {3, 2};
  if (on) HPDF_Page_SetDash(page, kDash, 2, 0);
  else HPDF_Page_SetDash(page, nullptr, 0, 0);
}

}  // namespace

void Document::radar_chart(const std::string& caption, const std::vector<std::string>& spokes,
                           const std::vector<RadarSeries>& series, double max) {
  constexpr float kRadius = 95, kLabelWidth = 125, kLabelRoom = 4 * kLabelLeading + 8;
  const size_t n = spokes.size();
  if (n < 3 || max <= 0) return;  // fewer than three spokes draw no area
  auto& s = *s_;
  const float height = 2 * kRadius + 2 * kLabelRoom;
  s.ensure(16 + height + (series.size() > 1 ? 16 : 0));
  s.flow(s.bold, 9, 13, caption);
  const float cx = kLeft + kWidth / 2, cy = s.y - kLabelRoom - kRadius;
  // Spoke i points up first and then clockwise.
  auto angle = [&](size_t i) { return kPi / 2 - 2 * kPi * static_cast<double>(i) / static_cast<double>(n); };
  auto at = [&](size_t i, double r) {
    return std::pair<float, float>{cx + static_cast<float>(r * std::cos(angle(i))),
                                   cy + static_cast<float>(r * std::sin(angle(i)))};
  };
  HPDF_Page page = s.page;

  // Rings at every whole step, spokes, and the ring values along the first spoke.
  s.stroke(kGrid);
  HPDF_Page_SetLineWidth(page, 0.5f);
  const int rings = static_cast<int>(std::floor(max + 1e-9));
  for (int ring = 1; ring <= rings; ++ring) {
    double r = kRadius * ring / max;
    auto [x0, y0] = at(0, r);
    HPDF_Page_MoveTo(page, x0, y0);
    for (size_t i = 1; i <= n; ++i) {
      auto [x, y] = at(i % n, r);
      HPDF_Page_LineTo(page, x, y);
    }
    HPDF_Page_Stroke(page);
  }
  for (size_t i = 0; i < n; ++i) {
    auto [x, y] = at(i, kRadius);
    HPDF_Page_MoveTo(page, cx, cy);
    HPDF_Page_LineTo(page, x, y);
    HPDF_Page_Stroke(page);
  }
  for (int ring = 1; ring <= rings; ++ring)
    s.text(s.regular, 6.5f, cx + 3, cy + static_cast<float>(kRadius * ring / max) - 7, axis_label(ring), kGrey);

  // Each series: its polygon and a dot at each value.
  for (const auto& sr : series) {
    auto value_at = [&](size_t i) {
      double v = i < sr.values.size() && sr.values[i] ? std::clamp(*sr.values[i], 0.0, max) : 0.0;
      return at(i, kRadius * v / max);
    };
    s.stroke(sr.colour);
    HPDF_Page_SetLineWidth(page, 1.4f);
    auto [x0, y0] = value_at(0);
    HPDF_Page_MoveTo(page, x0, y0);
    for (size_t i = 1; i < n; ++i) {
      auto [x, y] = value_at(i);
      HPDF_Page_LineTo(page, x, y);
    }
    HPDF_Page_ClosePathStroke(page);
    s.fill(sr.colour);
    for (size_t i = 0; i < n; ++i) {
      auto [x, y] = value_at(i);
      HPDF_Page_Circle(page, x, y, 2);
      HPDF_Page_Fill(page);
    }
    s.fill(kBlack);
  }

  // The labels beyond the spokes' ends: to the right of those on the right, to the left of
  // those on the left, centred at the top and bottom; stacked away from the chart.
  for (size_t i = 0; i < n; ++i) {
    double c = std::cos(angle(i)), sn = std::sin(angle(i));
    auto [ax, ay] = at(i, kRadius + 6);
    auto lines = s.wrap(s.regular, kLabelSize, to_cp1252(spokes[i]), kLabelWidth);
    if (lines.size() > 4) lines.resize(4), lines.back() += "...";
    const float block = kLabelLeading * static_cast<float>(lines.size());
    float top = sn > 0.3 ? ay + block - 2 : sn < -0.3 ? ay - 2 : ay + block / 2 - 2;
    for (size_t l = 0; l < lines.size(); ++l) {
      float w = s.width(s.regular, kLabelSize, lines[l]);
      float x = c > 0.2 ? ax : c < -0.2 ? ax - w : ax - w / 2;
      s.text(s.regular, kLabelSize, x, top - kLabelLeading * static_cast<float>(l) - kLabelSize + 2, lines[l]);
    }
  }
  s.y -= height;
  if (series.size() > 1) {
    std::vector<std::pair<std::string, Colour>> keys;
    for (const auto& sr : series) keys.emplace_back(sr.label, sr.colour);
    s.legend(keys);
  }
  s.y -= 8;
  s.check("draw a radar chart");
}

void Document::line_chart(const std::string& caption, const std::vector<Point>& points, double low, double high,
                          Colour line_colour, const std::vector<Guide>& guides) {
  constexpr float kPlot = 150, kAxis = 24, kBelow = 16, kAbove = 12;
  if (points.empty() || high <= low) return;
  auto& s = *s_;
  s.ensure(16 + kAbove + kPlot + kBelow);
  s.flow(s.bold, 9, 13, caption);
  HPDF_Page page = s.page;
  const float left = kLeft + kAxis, right = kRight - 60, bottom = s.y - kAbove - kPlot;
  auto y_of = [&](double v) { return bottom + kPlot * static_cast<float>((std::clamp(v, low, high) - low) / (high - low)); };
  // Points spread evenly; a single one stands in the middle.
  const float step = points.size() > 1 ? (right - left - 30) / static_cast<float>(points.size() - 1) : 0;
  auto x_of = [&](size_t i) { return points.size() > 1 ? left + 15 + step * static_cast<float>(i) : (left + right) / 2; };

  // The grid: a line and a value at every whole step of the axis.
  HPDF_Page_SetLineWidth(page, 0.5f);
  for (double v = std::ceil(low - 1e-9); v <= high + 1e-9; v += 1) {
    s.stroke(kGrid);
    HPDF_Page_MoveTo(page, left, y_of(v));
    HPDF_Page_LineTo(page, right, y_of(v));
    HPDF_Page_Stroke(page);
    std::string label = axis_label(v);
    s.text(s.regular, kLabelSize, left - 6 - s.width(s.regular, kLabelSize, label), y_of(v) - 2.5f, label, kGrey);
  }
  for (const auto& g : guides) {
    s.stroke(g.colour);
    HPDF_Page_SetLineWidth(page, 0.8f);
    dash(page, true);
    HPDF_Page_MoveTo(page, left, y_of(g.value));
    HPDF_Page_LineTo(page, right, y_of(g.value));
    HPDF_Page_Stroke(page);
    dash(page, false);
    s.text(s.regular, kLabelSize, right + 4, y_of(g.value) - 2.5f, s.fit(s.regular, kLabelSize, to_cp1252(g.label), 56),
           g.colour);
  }

  // The line, the dots, the values above and the labels below.
  s.stroke(line_colour);
  HPDF_Page_SetLineWidth(page, 1.6f);
  for (size_t i = 0; i < points.size(); ++i) {
    if (i == 0) HPDF_Page_MoveTo(page, x_of(i), y_of(points[i].value));
    else HPDF_Page_LineTo(page, x_of(i), y_of(points[i].value));
  }
  if (points.size() > 1) HPDF_Page_Stroke(page);
  else HPDF_Page_EndPath(page);
  for (size_t i = 0; i < points.size(); ++i) {
    const float x = x_of(i), y = y_of(points[i].value);
    s.fill(line_colour);
    HPDF_Page_Circle(page, x, y, 2.6f);
    HPDF_Page_Fill(page);
    s.fill(kBlack);
    std::string value = to_cp1252(points[i].value_label), label = to_cp1252(points[i].label);
    // On white, so a grid or guide line behind it does not strike it through.
    const float w = s.width(s.bold, kLabelSize, value);
    s.box(x - w / 2 - 1.5f, y + 3.5f, w + 3, kLabelSize + 1, kWhite);
    s.text(s.bold, kLabelSize, x - w / 2, y + 5, value);
    s.text(s.regular, kLabelSize, x - s.width(s.regular, kLabelSize, label) / 2, bottom - 11, label);
  }
  s.y = bottom - kBelow - 8;
  s.check("draw a line chart");
}

}  // namespace simpul::pdf
