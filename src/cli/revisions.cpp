#include "cli/revisions.hpp"

#include <redraft/error.hpp>
#include <redraft/system/parallel.hpp>

#include <algorithm>
#include <exception>
#include <tuple>

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

LoadedPair load_pair(const PairRequest& given) {
    PairRequest request = given;
    if (request.document.empty()) {
        // `redraft diff HEAD essay.md`: the file on disk names the document.
        request.document = store::implied_document(request.source, request.older, request.newer);
    }
    LoadedPair pair;
    // A document one revision holds and the other does not (a pull request that adds it): the
    // side without it is read as empty, as git's /dev/null, and a note says so. Both absent is
    // an error: most likely a misspelt name.
    std::exception_ptr older_absent, newer_absent;
    const auto load = [&](const std::string& spec, LoadedSide& side, std::exception_ptr& absent) {
        try {
            side = load_side(request.source, spec, request.document, request.format,
                             request.comparison, request.max_bytes, request.sentences);
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::absent) {
                throw;
            }
            absent = std::current_exception();
        }
    };
    system::run_both([&] { load(request.older, pair.older, older_absent); },
                     [&] { load(request.newer, pair.newer, newer_absent); });
    if (older_absent && newer_absent) {
        // Most likely a misspelt name: suggest the nearest document the source holds.
        std::string suggestion;
        if (const auto source = store::open_source(request.source)) {
            const std::string name =
                store::document_name(*source, request.document, request.source.cwd);
            suggestion = store::suggest_document(*source, name, request.source.cwd);
        }
        try {
            std::rethrow_exception(older_absent);
        } catch (const Error& error) {
            throw Error(ErrorKind::not_found,
                        std::string(error.what()) + ", nor at revision '" + request.newer + "'" +
                            (suggestion.empty() ? "; check the document's name" : suggestion));
        }
    }
    if (older_absent && !newer_absent && !pair.newer.info.id.empty()) {
        // Not there at the older revision, but renamed since (a pull request that moves the
        // essay): the older side is the document under its old path, not an empty one.
        const auto source = store::open_source(request.source);
        const std::string old_path = source->renamed_from(request.older, pair.newer.info);
        if (!old_path.empty()) {
            try {
                pair.older = load_side(request.source, request.older,
                                       store::typed_name(*source, old_path, request.source.cwd),
                                       request.format, request.comparison, request.max_bytes,
                                       request.sentences);
                pair.notes.push_back(pair.newer.info.document + " was named " + old_path +
                                     " at revision '" + request.older +
                                     "' (renamed since): compared with " + old_path + " there");
                older_absent = nullptr;
            } catch (const Error&) {
                // Unreadable under its old path too: read as added, as before.
            }
        }
    }
    for (const auto& [absent, side, other] : {std::tuple{older_absent, &pair.older, &pair.newer},
                                              std::tuple{newer_absent, &pair.newer, &pair.older}}) {
        if (!absent) {
            continue;
        }
        store::RevisionInfo info;
        info.document = other->info.document;
        side->doc = parse_revision(info, std::string(), request.format, request.comparison,
                                   request.max_bytes, request.sentences);
        side->meta = revision_meta(info, *side->doc);
        side->meta.revision = "absent";
        side->info = std::move(info);
        try {
            std::rethrow_exception(absent);
        } catch (const Error& error) {
            pair.notes.push_back(std::string(error.what()) + ": read as an empty document");
        }
    }
    // Two revisions of one history given newest first (`check 12 11`, a CI script's sides
    // swapped): every change reads backwards, a claim added as removed, and a gate on the wrong
    // edit passes or fails without a word. Said, not refused: comparing back is sometimes meant.
    const auto& o = pair.older.info;
    const auto& n = pair.newer.info;
    if (o.number > 0 && n.number > 0 && o.number > n.number && o.document == n.document) {
        pair.notes.push_back("the older side, r" + std::to_string(o.number) + " (" + o.short_id +
                             "), comes after the newer, r" + std::to_string(n.number) + " (" +
                             n.short_id + "), in the history of " + n.document +
                             ": every change reads backwards; give the older revision first");
    }
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

document::Sentences sentences_for(const std::string& format) {
    return format == "html" ? document::Sentences::eager : document::Sentences::on_demand;
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
