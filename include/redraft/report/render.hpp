#pragma once
// One entry point for every renderer of a ChangeReport: the CLI picks a format and a style and
// calls render(). Each renderer is a pure function of the report.

#include <redraft/report/change_report.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace redraft::report {

enum class Format { text, json, markdown, critic, html };

// "text", "json", "markdown", "critic", "html"; throws Error(usage) on anything else.
Format parse_format(std::string_view name);
std::string_view to_string(Format format);

// What the text format leads with: the structure of the diff (`redraft diff`) or the
// assessment of each subject (`redraft report`). The other formats show both.
enum class TextFocus { diff, assessment };

struct RenderStyle {
    bool color = false;   // text only: ANSI colour
    unsigned context = 0; // text only: equal paragraphs shown around each change
    TextFocus focus = TextFocus::diff;
    // Markdown only: the report is cut below this many bytes (a pull-request comment on GitHub
    // holds at most 65,536 characters), with a note of what was left out.
    std::size_t markdown_cap = 65'000;
    // Markdown only: a changed paragraph longer than this many bytes of markup is folded into
    // a <details> block.
    std::size_t markdown_fold = 600;
};

std::string render(const ChangeReport& report, Format format, const RenderStyle& style);

std::string render_markdown(const ChangeReport& report, const RenderStyle& style);
// CriticMarkup: the newer text with {++ ++}, {-- --}, {~~ ~> ~~} and {>> <<} comments carrying
// the assessment notes of each sentence.
std::string render_critic(const ChangeReport& report);
// One self-contained HTML page (inline CSS and script; nothing fetched).
std::string render_html(const ChangeReport& report);

} // namespace redraft::report
