#include <redraft/document/document.hpp>
#include <redraft/report/structure.hpp>

#include <memory>

#include "cli/cli.hpp"

namespace redraft::cli {
namespace {

struct ShowOptions {
    std::string target;
    std::string input_format = "auto";
    OutputOptions output;
};

document::FormatChoice format_choice(const std::string& name) {
    if (name == "markdown") {
        return document::FormatChoice::markdown;
    }
    if (name == "plain") {
        return document::FormatChoice::plain;
    }
    return document::FormatChoice::by_extension;
}

} // namespace

void register_show(CLI::App& app, Context& context) {
    auto options = std::make_shared<ShowOptions>();
    auto* command = app.add_subcommand("show", "Show how redraft reads a document: its "
                                               "paragraphs, kinds, positions and sentences");
    command->add_option("FILE", options->target, "The document to read")->required();
    command
        ->add_option("--input-format", options->input_format,
                     "How to read the document: auto (by extension), plain or markdown")
        ->check(CLI::IsMember({"auto", "plain", "markdown"}))
        ->capture_default_str();
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        const auto doc = document::load(options->target, format_choice(options->input_format));
        const std::string text = options->output.format == "json" ? report::structure_json(doc)
                                                                  : report::structure_text(doc);
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
