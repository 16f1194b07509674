#pragma once
// Loading the revisions a command compares: each side is a file on disk or a revision spec
// resolved through the store (or a git repository's history). diff, report, check, assess and
// blame all load their revisions here.

#include <redraft/document/document.hpp>
#include <redraft/report/change_report.hpp>
#include <redraft/store/source.hpp>
#include <redraft/text/tokens.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::cli {

struct LoadedSide {
    // Mutable until shared: a diff may split paragraphs into sentences on demand.
    std::shared_ptr<document::Document> doc;
    store::RevisionInfo info; // number 0 and no id for a file on disk
    report::RevisionMeta meta;
};

struct LoadedPair {
    LoadedSide older, newer;
    // What the reader should know about how the pair was read: a side the document is absent
    // from, read as empty.
    std::vector<std::string> notes;
};

struct PairRequest {
    store::SourceOptions source;
    std::string older;    // a file or a revision spec
    std::string newer;    // a file or a revision spec
    std::string document; // the document in the source; empty for its only one
    document::FormatChoice format = document::FormatChoice::by_extension;
    text::Comparison comparison = text::Comparison::normalized;
    std::uint64_t max_bytes = document::kMaxDocumentBytes; // larger documents are refused
    // on_demand where the diff and the assessment read the sentences of changed paragraphs only
    // (sentences_for).
    document::Sentences sentences = document::Sentences::eager;
};

// What the reports say about a revision: its short id (or the path of a file), its first
// label, the document's name and the date.
report::RevisionMeta revision_meta(const store::RevisionInfo& info, const document::Document& doc);

// The name a parsed revision carries in messages: "3f2a9c1:essay.md", or the path of a file.
std::string revision_name(const store::RevisionInfo& info);

// Parses the bytes of a revision under its name (the format follows the document's extension).
std::shared_ptr<document::Document>
parse_revision(const store::RevisionInfo& info, std::string bytes, document::FormatChoice format,
               text::Comparison comparison, std::uint64_t max_bytes = document::kMaxDocumentBytes,
               document::Sentences sentences = document::Sentences::eager);

// The side git gives for an added or removed file: read as an empty document.
inline constexpr std::string_view kNullDevice = "/dev/null";

// One side: `spec` resolved with store::load_revision, then parsed.
LoadedSide load_side(const store::SourceOptions& source, const std::string& spec,
                     const std::string& document, document::FormatChoice format,
                     text::Comparison comparison,
                     std::uint64_t max_bytes = document::kMaxDocumentBytes,
                     document::Sentences sentences = document::Sentences::eager);

// Both sides, read and parsed in parallel: on large documents parsing is most of the work.
// With no document named, a side that is a file on disk may name it (store::implied_document).
LoadedPair load_pair(const PairRequest& request);

// One document's whole history in a source (the store or a git repository), as `timeline` and
// `blame` follow it.
struct DocumentHistory {
    store::SourceOptions source_options;
    std::unique_ptr<store::RevisionSource> source;
    std::string document;                       // its name in the source
    std::vector<store::RevisionInfo> revisions; // oldest first; never empty
};

// `document` may be empty for the source's only document, or a path relative to the current
// folder.
DocumentHistory open_history(const store::SourceOptions& source, const std::string& document);

// One revision of a history, parsed as the assessment reads it: the format by the document's
// extension, text compared normalized; a revision over `max_bytes` is refused.
std::shared_ptr<document::Document>
read_revision(store::RevisionSource& source, const store::RevisionInfo& info,
              std::uint64_t max_bytes = document::kMaxDocumentBytes);

// How a two-revision command splits its documents into sentences for the output format
// `format`: on demand (the diff and the assessment split the paragraphs they read), except for
// the HTML page, which shows every sentence of every paragraph.
document::Sentences sentences_for(const std::string& format);

// "auto", "plain" or "markdown", as --input-format takes it.
document::FormatChoice format_choice(const std::string& name);

} // namespace redraft::cli
