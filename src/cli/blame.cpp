// redraft blame DOC [REV]: where each current claim about a subject, and each characterization
// in it, came from: the revision that introduced it and the last one that changed it.

#include <redraft/error.hpp>
#include <redraft/history/blame.hpp>
#include <redraft/report/blame.hpp>

#include <memory>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct BlameCommandOptions {
    std::string document;
    std::string revision;
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
    SourceFlags sources;
    AssessmentOptions assessment;
    OutputOptions output;
};

// A lone argument that names no document of a source holding only one, but a revision of that
// one, is the revision (`redraft blame 3`, `redraft blame appointed`).
void take_revision_for_document(const store::SourceOptions& where, BlameCommandOptions& options) {
    try {
        const auto source = store::open_source(where);
        const auto documents = store::default_documents(*source);
        if (documents.size() != 1 ||
            store::document_name(*source, options.document, where.cwd) == documents.front()) {
            return;
        }
        source->resolve(options.document, documents.front());
    } catch (const Error&) {
        // `redraft blame 99` meant a revision: "there is no revision 99" says more than "99 has
        // no revisions" would.
        if (store::is_number_spec(options.document)) {
            throw;
        }
        return; // not a revision either: the document's error says what there is
    }
    options.revision = std::move(options.document);
    options.document.clear();
}

} // namespace

void register_blame(CLI::App& app, Context& context) {
    auto options = std::make_shared<BlameCommandOptions>();
    auto* command = app.add_subcommand(
        "blame", "For each claim about a subject, and each characterization, the revision that "
                 "introduced it and the last one that changed it");
    command->add_option("DOC", options->document, "The document (default: the source's only one)");
    command->add_option("REV", options->revision, "The revision to explain (default: the latest)");
    add_max_bytes_option(*command, options->max_bytes,
                         "Largest revision read, in bytes; a larger one is an error");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        const store::SourceOptions where = source_options(options->sources);
        if (options->revision.empty() && !options->document.empty()) {
            // `redraft blame 3`: with the document left out, as every other command allows.
            take_revision_for_document(where, *options);
        }
        refuse_stray_alias(options->assessment, options->sources, options->document);
        DocumentHistory doc_history = open_history(where, options->document);
        const std::string& document = doc_history.document;
        std::vector<store::RevisionInfo>& revisions = doc_history.revisions;
        if (!options->revision.empty()) {
            const store::RevisionInfo target =
                doc_history.source->resolve(options->revision, document);
            while (!revisions.empty() && revisions.back().id != target.id) {
                revisions.pop_back();
            }
            if (revisions.empty()) {
                throw Error(ErrorKind::not_found, "revision '" + options->revision +
                                                      "' is not in the history of " + document);
            }
        }
        std::vector<history::AnalysedRevision> chain;
        for (const auto& info : revisions) {
            history::AnalysedRevision revision;
            revision.info = info;
            try {
                revision.doc = read_revision(*doc_history.source, info, options->max_bytes);
            } catch (const Error& error) {
                if (error.kind() != ErrorKind::input || info.number <= 1 ||
                    info.id == revisions.back().id) {
                    throw;
                }
                // A past revision that is not text cannot be saved again: say which one it is,
                // and what still works.
                throw Error(ErrorKind::input,
                            std::string(error.what()) + "; that is " + document + " revision " +
                                std::to_string(info.number) + " (" + info.short_id +
                                "), and blame reads every revision up to the one it explains: "
                                "`redraft blame " +
                                store::typed_name(*doc_history.source, document, where.cwd) + " " +
                                std::to_string(info.number - 1) +
                                "` explains the one before it, and `redraft report` compares "
                                "the revisions after it");
            }
            chain.push_back(std::move(revision));
        }
        const auto request = subject_request(options->assessment, options->sources);
        const auto setup = claims::prepare_assessment(request, *chain.back().doc);
        claims::require_subjects(setup, *chain.back().doc);
        const claims::Analyzer analyzer(setup.lexicon, setup.subjects, setup.people,
                                        setup.config.analysis);
        for (std::size_t i = 0; i < chain.size(); ++i) {
            chain[i].analysis =
                analyzer.analyze(*chain[i].doc, i > 0 ? &chain[i - 1].analysis : nullptr);
        }
        // As in `report` and `check`: a subject no revision names is a typo, not "0 claims".
        std::vector<bool> named(setup.subjects.size(), false);
        for (const auto& revision : chain) {
            for (const auto& paragraph : revision.analysis.paragraphs) {
                for (const auto& claim : paragraph->claims) {
                    for (const auto& mention : claim.mentions) {
                        named[mention.subject] = true;
                    }
                }
            }
        }
        for (const auto& note :
             claims::check_subjects_named(setup, request, named, "any revision of " + document)) {
            context.err << "redraft: note: " << note << "\n";
        }
        std::vector<std::string> subjects;
        for (const auto& subject : setup.subjects) {
            subjects.push_back(subject.name);
        }
        const history::Blame result = history::blame(chain, subjects);
        std::string text = options->output.format == "json"
                               ? report::blame_json(result, document, setup.chosen)
                               : report::blame_text(result, document);
        if (!setup.chosen.empty() && options->output.format != "json") {
            text = "Subject chosen by redraft (named most often): " + setup.chosen + "\n" + text;
        }
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
