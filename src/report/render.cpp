#include <redraft/error.hpp>
#include <redraft/report/assessment.hpp>
#include <redraft/report/render.hpp>

namespace redraft::report {

Format parse_format(std::string_view name) {
    for (const Format f :
         {Format::text, Format::json, Format::markdown, Format::critic, Format::html}) {
        if (to_string(f) == name) {
            return f;
        }
    }
    throw Error(ErrorKind::usage, "unknown format '" + std::string(name) +
                                      "': use text, json, markdown, critic or html");
}

std::string_view to_string(Format format) {
    switch (format) {
    case Format::text:
        return "text";
    case Format::json:
        return "json";
    case Format::markdown:
        return "markdown";
    case Format::critic:
        return "critic";
    case Format::html:
        return "html";
    }
    return "text";
}

std::string render(const ChangeReport& report, Format format, const RenderStyle& style) {
    switch (format) {
    case Format::json:
        return render_json(report);
    case Format::markdown:
        return render_markdown(report, style);
    case Format::critic:
        return render_critic(report);
    case Format::html:
        return render_html(report);
    case Format::text:
        break;
    }
    if (style.focus == TextFocus::assessment && report.assessment) {
        std::string text = assessment_text(
            {*report.assessment, pair_title(report.old_meta, report.new_meta, "->")});
        for (const auto& note : report.diff.notes) {
            text += "\nnote: " + note + "\n";
        }
        return text;
    }
    return render_text(report, {style.color, style.context});
}

} // namespace redraft::report
