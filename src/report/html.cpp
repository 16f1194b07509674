// HTML building blocks: escaping, the page with its inline stylesheet and script, and the SVG
// chart of dimensions across revisions.

#include <redraft/report/html.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace redraft::report {
namespace {

constexpr std::string_view kStyle = R"css(
:root{--ins:#d3f5dc;--ins-ink:#0b5a24;--del:#fbdcdc;--del-ink:#8c1d1d;--move:#2f62c9;--split:#b7791f;
--ink:#1f2328;--muted:#5d6670;--rule:#d8dee4;--paper:#fff;--panel:#f6f8fa;--target:#fff3b0}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main{max-width:1500px;margin:0 auto;padding:24px 28px 60px}
h1{font-size:22px;margin:0 0 2px}h2{font-size:17px;margin:28px 0 10px}h3{font-size:15px;margin:18px 0 6px}
.sub{color:var(--muted);margin:0 0 14px}
#summary{background:#eef4ff;border:1px solid #c9dafb;border-radius:8px;padding:12px 16px;margin:10px 0 12px}
#summary p{margin:4px 0;font-size:16px}
.stats{color:var(--muted);font-size:14px}
.limits{background:#fff6e0;border:1px solid #f0d48a;border-radius:8px;padding:8px 14px;margin:10px 0}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;color:var(--muted);margin:10px 0 4px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.chip{display:inline-block;width:26px;height:14px;border-radius:3px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:28px;align-items:start}
aside{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;background:var(--panel);border:1px solid var(--rule);border-radius:8px;padding:4px 16px 14px}
aside h2{margin-top:12px}
table.dims{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 10px}
table.dims td,table.dims th{border-bottom:1px solid var(--rule);padding:3px 4px;text-align:left}
.up{color:#1a7f37}.down{color:#b42318}.flat{color:var(--muted)}
ol.changes{padding-left:20px;margin:6px 0}
li.change{margin:0 0 10px;font-size:13.5px}
li.change>a{color:var(--ink);text-decoration:none;border-bottom:1px dotted var(--muted)}
li.change>a:hover{color:var(--move)}
.kind{font-weight:600}.cues{color:var(--muted)}
blockquote{margin:4px 0 0;padding:2px 8px;border-left:3px solid var(--rule);font-family:Georgia,"DejaVu Serif",serif;font-size:13.5px}
blockquote.old{border-color:#e5a0a0}blockquote.new{border-color:#8fd3a2}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 24px;font-weight:600;color:var(--muted);font-size:13px;border-bottom:2px solid var(--rule);padding-bottom:4px}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 24px;border-bottom:1px solid var(--rule);padding:8px 0 8px 10px;border-left:4px solid transparent}
.row .tag{grid-column:1/3;font-size:12.5px;color:var(--muted);margin-bottom:2px}
.op{font-weight:700;text-transform:uppercase;letter-spacing:.04em;font-size:11.5px;padding:1px 6px;border-radius:3px;background:#eaeef2;color:var(--ink)}
.op-edited{border-left-color:#8c959f}.op-added{border-left-color:#2da44e}.op-removed{border-left-color:#cf222e}
.op-moved,.ghost{border-left-color:var(--move)}.op-split,.op-merged{border-left-color:var(--split)}
.op-added .op{background:var(--ins);color:var(--ins-ink)}.op-removed .op{background:var(--del);color:var(--del-ink)}
.op-moved .op{background:#dde7fb;color:var(--move)}.op-split .op,.op-merged .op{background:#fbecd0;color:#7a4d05}
.side p{margin:0 0 8px;font-family:Georgia,"DejaVu Serif",serif;font-size:15.5px;line-height:1.6}
.side p:last-child{margin-bottom:0}
.side p+p{border-top:1px dashed #e3c27a;padding-top:6px}
.pn{font:600 11px system-ui,sans-serif;color:var(--muted);margin-right:6px}
ins{background:var(--ins);color:var(--ins-ink);text-decoration:none;border-radius:2px;padding:0 1px}
del{background:var(--del);color:var(--del-ink);text-decoration:line-through;border-radius:2px;padding:0 1px}
a.jump{font:600 12px system-ui,sans-serif;color:var(--move);text-decoration:none;background:#e8effd;border-radius:3px;padding:0 5px}
.ghost .side.old{font-style:italic;color:var(--muted)}
.s.noted{border-bottom:2px solid #e9b949}
sup.note{font:600 10.5px system-ui,sans-serif;color:#7a4d05;background:#fbecd0;border-radius:3px;padding:0 3px;margin-left:2px}
:target,.s:target{background:var(--target);outline:2px solid #e9b949;border-radius:2px}
details.same{border-bottom:1px solid var(--rule)}
details.same>summary{cursor:pointer;color:var(--muted);font-size:13px;padding:6px 0 6px 14px}
details.same .row{border-left-color:#eaeef2}
.empty{color:var(--muted);font-style:italic}
svg.chart text{font:11px system-ui,sans-serif;fill:var(--muted)}svg.chart text.tag{font-style:italic}
figure.timeline-chart{margin:6px 0 12px;overflow-x:auto}
table.dims td.num{text-align:right;font-variant-numeric:tabular-nums}
table.profiles td{white-space:nowrap}table.profiles td.message{white-space:normal}
ol.steps{padding-left:20px}ol.steps>li{margin:0 0 10px}ol.steps ul{margin:4px 0 0;padding-left:18px}
@media (max-width:1100px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none}}
@media print{body{font-size:10.5pt}main{padding:0;max-width:none}.layout{grid-template-columns:1fr}
aside{position:static;max-height:none;overflow:visible;border:none;padding:0}.row{break-inside:avoid}
a.jump{background:none}ins,del,.chip,.op,sup.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

constexpr std::string_view kScript = R"js(
(function(){
function openTo(id){var el=document.getElementById(id);if(!el)return;
for(var d=el.closest('details');d;d=d.parentElement?d.parentElement.closest('details'):null)d.open=true;}
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[href^="#"]');
if(a)openTo(a.getAttribute('href').slice(1));});
window.addEventListener('hashchange',function(){openTo(location.hash.slice(1));});
if(location.hash)openTo(location.hash.slice(1));
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();
)js";

std::string fixed(double x, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
    return buffer;
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string safe_href(std::string_view url) {
    // Browsers ignore leading spaces and controls, and tabs and line breaks anywhere in a URL
    // ("java\tscript:" runs): judge the scheme on what the browser would see.
    std::string seen;
    for (char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\t' || c == '\n' || c == '\r' || (seen.empty() && u <= 0x20)) {
            continue;
        }
        seen.push_back(c);
    }
    const std::size_t colon = seen.find(':');
    const std::size_t first_delimiter = seen.find_first_of("/?#");
    if (colon == std::string::npos ||
        (first_delimiter != std::string::npos && first_delimiter < colon)) {
        return html_escape(seen); // relative or in-page
    }
    std::string scheme = seen.substr(0, colon);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    });
    if (scheme == "http" || scheme == "https" || scheme == "mailto") {
        return html_escape(seen);
    }
    return "#";
}

std::string html_page(std::string_view title, std::string_view body_html) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      // Nothing is fetched: no network, no plug-ins; only the inline style and
                      // script of the page itself.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
                      "<title>";
    out += html_escape(title);
    out += "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<main>\n";
    out += body_html;
    out += "\n</main>\n<script>";
    out += kScript;
    out += "</script>\n</body>\n</html>\n";
    return out;
}

namespace {

// A label short enough to sit under its tick without running into its neighbours' labels.
std::string shortened(std::string_view tag) {
    constexpr std::size_t kMaxCharacters = 12;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < tag.size(); ++i) {
        // Count UTF-8 lead bytes only, so that a cut never falls inside a character.
        if ((static_cast<unsigned char>(tag[i]) & 0xC0) != 0x80 && ++characters > kMaxCharacters) {
            return std::string(tag.substr(0, i)) + "\u2026";
        }
    }
    return std::string(tag);
}

} // namespace

std::string svg_chart(const std::vector<ChartSeries>& series, const ChartOptions& options) {
    static constexpr std::string_view kColours[] = {"#2f62c9", "#cf222e", "#1a7f37",
                                                    "#b7791f", "#8250df", "#0a7d87"};
    const double width = options.width, height = options.height;
    // The right margin leaves room for half the last revision's date, centred on its tick.
    const double left = 44, right = 40, top = 16, bottom = 58;
    // Under the plot: each revision's name, date and label, then the legend.
    constexpr double kTagRow = 14;
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    std::size_t revisions = 0;
    for (const auto& s : series) {
        revisions = std::max(revisions, s.points.size());
    }
    auto x_of = [&](std::size_t i) {
        return revisions <= 1
                   ? left + plot_w / 2
                   : left + plot_w * static_cast<double>(i) / static_cast<double>(revisions - 1);
    };
    auto y_of = [&](double v) {
        return top + plot_h * (1.0 - (std::clamp(v, -1.0, 1.0) + 1.0) / 2.0);
    };
    std::string out =
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
        fixed(width, 0) + " " +
        fixed(height + kTagRow + 22.0 * static_cast<double>((series.size() + 2) / 3), 0) +
        "\" width=\"" + fixed(width, 0) + "\" role=\"img\"";
    out += options.title.empty() ? ">"
                                 : " aria-label=\"" + html_escape(options.title) + "\"><title>" +
                                       html_escape(options.title) + "</title>";
    // The value axis: -1, 0, +1 with grid lines.
    for (const double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const std::string y = fixed(y_of(v), 1);
        out += "<line x1=\"" + fixed(left, 1) + "\" x2=\"" + fixed(left + plot_w, 1) + "\" y1=\"" +
               y + "\" y2=\"" + y + "\" stroke=\"" + (v == 0.0 ? "#8c959f" : "#e3e7eb") + "\"/>";
        out += "<text x=\"" + fixed(left - 6, 1) + "\" y=\"" + fixed(y_of(v) + 4, 1) +
               "\" text-anchor=\"end\">" + (v > 0 ? "+" : "") + fixed(v, 1) + "</text>";
    }
    // The revision axis: label and date under each revision.
    const std::vector<ChartPoint>* axis = nullptr;
    for (const auto& s : series) {
        if (s.points.size() == revisions) {
            axis = &s.points;
            break;
        }
    }
    // On a long history only every k-th revision is named, so that names never overlap; the dots
    // still stand for every revision.
    constexpr double kLabelSpacing = 64;
    const std::size_t every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(static_cast<double>(revisions) *
                                                                    kLabelSpacing / plot_w)));
    for (std::size_t i = 0; axis != nullptr && i < revisions; i += every) {
        const std::string x = fixed(x_of(i), 1);
        out += "<line class=\"tick\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" +
               fixed(top + plot_h, 1) + "\" y2=\"" + fixed(top + plot_h + 4, 1) +
               "\" stroke=\"#8c959f\"/>";
        out += "<text class=\"revision\" x=\"" + x + "\" y=\"" + fixed(top + plot_h + 17, 1) +
               "\" text-anchor=\"middle\">" + html_escape((*axis)[i].label) + "</text>";
        if (!(*axis)[i].date.empty()) {
            out += "<text class=\"date\" x=\"" + x + "\" y=\"" + fixed(top + plot_h + 31, 1) +
                   "\" text-anchor=\"middle\">" + html_escape((*axis)[i].date) + "</text>";
        }
        if (!(*axis)[i].tag.empty()) {
            out += "<text class=\"tag\" x=\"" + x + "\" y=\"" + fixed(top + plot_h + 45, 1) +
                   "\" text-anchor=\"middle\">" + html_escape(shortened((*axis)[i].tag)) +
                   "</text>";
        }
    }
    // One line per series, a dot per revision carrying its value as a tooltip.
    for (std::size_t s = 0; s < series.size(); ++s) {
        const std::string_view colour = kColours[s % std::size(kColours)];
        std::string points;
        for (std::size_t i = 0; i < series[s].points.size(); ++i) {
            points += (points.empty() ? "" : " ") + fixed(x_of(i), 1) + "," +
                      fixed(y_of(series[s].points[i].value), 1);
        }
        out += "<g class=\"series\" data-name=\"" + html_escape(series[s].name) + "\">";
        out += "<polyline fill=\"none\" stroke=\"" + std::string(colour) +
               "\" stroke-width=\"2\" points=\"" + points + "\"/>";
        for (std::size_t i = 0; i < series[s].points.size(); ++i) {
            const auto& p = series[s].points[i];
            out += "<circle cx=\"" + fixed(x_of(i), 1) + "\" cy=\"" + fixed(y_of(p.value), 1) +
                   "\" r=\"3.5\" fill=\"" + std::string(colour) + "\"><title>" +
                   html_escape(series[s].name + " " + p.label + (p.tag.empty() ? "" : " " + p.tag) +
                               (p.date.empty() ? "" : " (" + p.date + ")") + ": " +
                               (p.value >= 0 ? "+" : "") + fixed(p.value, 2)) +
                   "</title></circle>";
        }
        out += "</g>";
        // The legend, three entries a line, under the axis.
        const double lx = left + static_cast<double>(s % 3) * (plot_w / 3);
        const double ly = top + plot_h + 50 + kTagRow + 22.0 * static_cast<double>(s / 3);
        out += "<rect x=\"" + fixed(lx, 1) + "\" y=\"" + fixed(ly - 9, 1) +
               "\" width=\"14\" height=\"4\" fill=\"" + std::string(colour) +
               "\"/><text class=\"legend\" x=\"" + fixed(lx + 20, 1) + "\" y=\"" +
               fixed(ly - 4, 1) + "\">" + html_escape(series[s].name) + "</text>";
    }
    out += "</svg>";
    return out;
}

} // namespace redraft::report
