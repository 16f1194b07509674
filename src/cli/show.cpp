#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/report/structure.hpp>
#include <redraft/store/source.hpp>

#include <filesystem>
#include <memory>

#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct ShowOptions {
    std::string target;
    std::string document;
    bool raw = false;
    bool structure = false;
    std::string input_format = "auto";
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
    SourceFlags source;
    OutputOptions output;
};

} // namespace

void register_show(CLI::App& app, Context& context) {
    auto options = std::make_shared<ShowOptions>();
    auto* command = app.add_subcommand(
        "show", "Print a revision exactly as recorded (`show REV [DOC]`), or show how redraft "
                "reads a document: its paragraphs, kinds, positions and sentences");
    command
        ->add_option("REV|FILE", options->target,
                     "A revision spec, or a file on disk (then its structure is shown)")
        ->required();
    command->add_option("DOC", options->document,
                        "The document (default: the only one in the store)");
    auto* raw = command->add_flag("--raw", options->raw, "Print the bytes exactly as recorded");
    command
        ->add_flag("--structure", options->structure,
                   "Show paragraphs, kinds, positions and sentences")
        ->excludes(raw);
    command
        ->add_option("--input-format", options->input_format,
                     "How to read the document: auto (by extension), plain or markdown")
        ->check(CLI::IsMember({"auto", "plain", "markdown"}))
        ->capture_default_str();
    add_max_bytes_option(*command, options->max_bytes,
                         "Largest document read, in bytes; larger ones are refused");
    add_source_options(*command, options->source);
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        auto sources = source_options(options->source);
        sources.max_bytes = options->max_bytes;
        std::error_code ec;
        const bool is_file =
            options->document.empty() && std::filesystem::exists(sources.cwd / options->target, ec);
        // A file on disk shows its structure unless --raw; a revision prints its bytes unless
        // --structure or --format json.
        const bool structure =
            options->structure || (!options->raw && (is_file || options->output.format == "json"));
        if (options->raw && options->output.format == "json") {
            throw Error(ErrorKind::usage,
                        "--raw prints the document's bytes; it has no JSON form (drop --format "
                        "json, or use --structure)");
        }
        const auto loaded = is_file && !options->raw && !options->structure
                                ? store::LoadedRevision{}
                                : store::load_revision(sources, options->target, options->document);
        if (!structure) {
            write_output(context, options->output, loaded.bytes);
            context.exit_code = 0;
            return;
        }
        document::Document doc;
        if (is_file && loaded.info.id.empty()) {
            doc = document::load(options->target, format_choice(options->input_format),
                                 text::Comparison::normalized, options->max_bytes);
        } else {
            const std::string name =
                loaded.info.number ? loaded.info.document + "@" + std::to_string(loaded.info.number)
                                   : loaded.info.document;
            doc = document::parse(loaded.bytes, name,
                                  {document::choose_format(loaded.info.document,
                                                           format_choice(options->input_format)),
                                   text::Comparison::normalized, options->max_bytes});
        }
        const std::string text = options->output.format == "json" ? report::structure_json(doc)
                                                                  : report::structure_text(doc);
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
