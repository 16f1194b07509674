#include <redraft/assess/language.hpp>
#include <redraft/assess/unresolved.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/report/assessment.hpp>
#include <redraft/system/heap.hpp>
#include <redraft/system/parallel.hpp>

#include <memory>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct AssessCommandOptions {
    std::string target;
    std::string document;
    SourceFlags sources;
    OutputOptions output;
    AssessmentOptions assessment;
};

// What the assessment of one revision builds, the largest structures of the run.
struct Kept {
    claims::AssessmentSetup setup;
    std::unique_ptr<claims::Analyzer> analyzer;
    claims::DocumentAnalysis analysis;
};

} // namespace

void register_assess(CLI::App& app, Context& context) {
    auto options = std::make_shared<AssessCommandOptions>();
    auto* command = app.add_subcommand(
        "assess", "Show how the text assesses its subjects: scores, characterizations, and "
                  "every claim with its cues");
    command->add_option("REV", options->target, "The revision or file to assess")->required();
    command->add_option("DOC", options->document,
                        "The document, for a revision spec (default: the store's only one)");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        refuse_stray_alias(options->assessment, options->sources, options->document);
        const LoadedSide side =
            load_side(source_options(options->sources), options->target, options->document,
                      document::FormatChoice::by_extension, text::Comparison::normalized);
        const document::Document& doc = *side.doc;
        if (doc.paragraphs.empty()) {
            // Nothing to assess: not a text that names no one, and no subject to look for.
            throw Error(ErrorKind::input,
                        doc.name + " is empty (no paragraph of text): there is nothing to "
                                   "assess; write the essay in it, or give the file or "
                                   "revision that holds it");
        }
        // Kept to the end of the run, where the system takes their memory back at once.
        const auto kept = std::make_shared<Kept>();
        system::retain_until_exit(kept);
        auto& setup = kept->setup;
        setup =
            claims::prepare_assessment(subject_request(options->assessment, options->sources), doc);
        claims::require_subjects(setup, doc);
        kept->analyzer = std::make_unique<claims::Analyzer>(setup.lexicon, setup.subjects,
                                                            setup.people, setup.config.analysis);
        const claims::Analyzer& analyzer = *kept->analyzer;
        // A large document in pieces that two threads take in turn: nothing else runs beside
        // the analysis here, and a second thread costs more than it saves on a small one.
        const system::ParagraphPieces pieces{doc.paragraphs.size()};
        std::vector<claims::DocumentAnalysis> parts(pieces.count());
        system::run_pieces(
            parts.size(),
            [&](std::size_t piece) {
                parts[piece] = analyzer.analyze_range(doc, nullptr, claims::AnalysisDepth::full,
                                                      pieces.begin(piece), pieces.end(piece));
            },
            pieces.paragraphs >= system::kParallelParagraphs);
        auto& analysis = kept->analysis;
        analysis = claims::joined(std::move(parts));
        analyzer.carry_subjects(doc, analysis); // across the pieces' seams
        const auto dimensions = claims::dimension_names(setup.config.dimensions);
        report::ProfileView view{doc,
                                 analysis,
                                 options->target,
                                 side.meta,
                                 {},
                                 setup.config.dimensions,
                                 setup.chosen,
                                 report::revision_title(side.meta),
                                 {}};
        std::vector<bool> named;
        for (std::uint32_t s = 0; s < setup.subjects.size(); ++s) {
            view.profiles.push_back(
                claims::build_profile(analysis, s, setup.subjects[s].name, dimensions));
            named.push_back(view.profiles.back().mentions > 0);
        }
        for (const auto& note : claims::check_subjects_named(
                 setup, subject_request(options->assessment, options->sources), named, doc.name)) {
            context.err << "redraft: note: " << note << "\n";
        }
        if (auto note = assess::unresolved_references_note(
                {doc, analysis}, setup.config.analysis.pronouns_across_paragraphs)) {
            view.notes.push_back(std::move(*note));
        }
        if (auto note = assess::language_note({&doc})) {
            view.notes.push_back(std::move(*note));
        }
        const std::string text = options->output.format == "json" ? report::profile_json(view)
                                                                  : report::profile_text(view);
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
