#include "cli/revisions.hpp"

#include <redraft/error.hpp>
#include <redraft/system/parallel.hpp>

namespace redraft::cli {

std::string revision_name(const store::RevisionInfo& info) {
    if (info.id.empty()) {
        return info.document;
    }
    return info.short_id + ":" + info.document;
}

report::RevisionMeta revision_meta(const store::RevisionInfo& info, const document::Document& doc) {
    report::RevisionMeta meta;
    meta.revision = info.id.empty() ? info.document : info.short_id;
    meta.label = info.labels.empty() ? std::string() : info.labels.front();
    meta.name = info.document;
    meta.number = info.number;
    if (!info.id.empty()) {
        meta.date = store::format_time(info.time, info.offset_minutes);
    }
    meta.paragraphs = static_cast<std::uint32_t>(doc.paragraphs.size());
    return meta;
}

std::shared_ptr<document::Document> parse_revision(const store::RevisionInfo& info,
                                                   std::string bytes, document::FormatChoice format,
                                                   text::Comparison comparison,
                                                   std::uint64_t max_bytes,
                                                   document::Sentences sentences) {
    document::ParseOptions options;
    options.max_bytes = max_bytes;
    options.format = document::choose_format(info.document, format);
    options.comparison = comparison;
    options.sentences = sentences;
    return std::make_shared<document::Document>(
        document::parse(std::move(bytes), revision_name(info), options));
}

LoadedSide load_side(const store::SourceOptions& source, const std::string& spec,
                     const std::string& document, document::FormatChoice format,
                     text::Comparison comparison, std::uint64_t max_bytes,
                     document::Sentences sentences) {
    store::LoadedRevision loaded;
    if (spec == kNullDevice) {
        // git's name for the missing side of an added or removed file.
        loaded.info.document = spec;
    } else {
        store::SourceOptions capped = source;
        capped.max_bytes = max_bytes; // refused before the bytes are read
        loaded = store::load_revision(capped, spec, document);
    }
    LoadedSide side;
    side.doc = parse_revision(loaded.info, std::move(loaded.bytes), format, comparison, max_bytes,
                              sentences);
    side.meta = revision_meta(loaded.info, *side.doc);
    side.info = std::move(loaded.info);
    return side;
}

LoadedPair load_pair(const PairRequest& request) {
    LoadedPair pair;
    system::run_both(
        [&] {
            pair.older = load_side(request.source, request.older, request.document, request.format,
                                   request.comparison, request.max_bytes, request.sentences);
        },
        [&] {
            pair.newer = load_side(request.source, request.newer, request.document, request.format,
                                   request.comparison, request.max_bytes, request.sentences);
        });
    return pair;
}

DocumentHistory open_history(const store::SourceOptions& source, const std::string& document) {
    DocumentHistory history;
    history.source_options = source;
    history.source = store::open_source(source);
    history.document = store::document_name(*history.source, document, source.cwd);
    // timeline and blame know content by blob id and read what they analyse: no sizes needed.
    history.revisions = history.source->log_without_sizes(history.document);
    // A revision whose content is gone is damage to report, even where a cached analysis of it
    // could stand in (`log` lists such a store and marks the revision).
    for (const auto& revision : history.revisions) {
        if (!revision.damage.empty()) {
            throw Error(ErrorKind::store, revision.damage);
        }
    }
    return history;
}

std::shared_ptr<document::Document> read_revision(store::RevisionSource& source,
                                                  const store::RevisionInfo& info,
                                                  std::uint64_t max_bytes) {
    return parse_revision(info, source.read(info), document::FormatChoice::by_extension,
                          text::Comparison::normalized, max_bytes);
}

document::FormatChoice format_choice(const std::string& name) {
    if (name == "markdown") {
        return document::FormatChoice::markdown;
    }
    if (name == "plain") {
        return document::FormatChoice::plain;
    }
    return document::FormatChoice::by_extension;
}

} // namespace redraft::cli
