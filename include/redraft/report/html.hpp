#pragma once
// Building blocks for HTML reports, shared by the change report and the timeline: escaping,
// the page around a body, and an SVG chart of dimensions across revisions.

#include <string>
#include <string_view>
#include <vector>

namespace redraft::report {

// Text for HTML element content and quoted attribute values: & < > " ' become references.
std::string html_escape(std::string_view text);

// A URL for an href attribute: only http, https, mailto and in-page (#...) links pass, escaped
// for the attribute; anything else (javascript:, data:, vbscript:, ...) becomes "#".
std::string safe_href(std::string_view url);

// A complete HTML page: the report's stylesheet and script inline, `body_html` inside <main>.
// `title` is text (escaped here); `body_html` is trusted markup built by a renderer.
std::string html_page(std::string_view title, std::string_view body_html);

struct ChartPoint {
    std::string label; // the revision as the user knows it: "r3", a label, a number
    std::string date;  // ISO 8601 date or empty
    double value = 0;  // in [-1, 1]
    std::string tag;   // the revision's label ("appointed") or empty
};

// One dimension across revisions; every series has the same revisions in the same order.
struct ChartSeries {
    std::string name; // "favorability"
    std::vector<ChartPoint> points;
};

struct ChartOptions {
    unsigned width = 720;
    unsigned height = 280;
    std::string title; // accessible name of the chart; empty for none
};

// An inline <svg> line chart: one line per series over the range [-1, 1], the revisions on the
// horizontal axis with their names, dates and labels (every k-th one when there are too many to
// fit), a legend naming each series. Empty series give a chart with axes only.
std::string svg_chart(const std::vector<ChartSeries>& series, const ChartOptions& options = {});

} // namespace redraft::report
