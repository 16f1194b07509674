#include <redraft/history/cache.hpp>
#include <redraft/history/fields.hpp>
#include <redraft/history/pair_sums.hpp>

#include <algorithm>
#include <string>

namespace redraft::history {

std::string sums_entry_name(const document::Document& doc) {
    return "sums-" + content_hash(doc.source) +
           (doc.format == document::Format::markdown ? "-markdown" : "-plain") + ".fields";
}

std::string sums_payload(const std::vector<claims::ProfileSums>& sums) {
    std::string out;
    fold_number(out, sums.size());
    for (const auto& subject : sums) {
        fold_number(out, subject.mentions);
        fold_number(out, subject.claims);
        fold_number(out, subject.dimensions.size());
        for (const auto& d : subject.dimensions) {
            for (const std::int64_t value :
                 {d.sum, d.sum_abs, d.attributed, d.attributed_abs, d.cues, d.attributed_cues}) {
                fold_number(out, value);
            }
        }
    }
    return out;
}

std::optional<std::vector<claims::ProfileSums>>
parse_sums(std::string_view payload, std::size_t subjects, std::size_t dimensions) {
    FieldReader in(payload);
    std::size_t count = 0;
    if (!in.count(count) || count != subjects) {
        return std::nullopt;
    }
    std::vector<claims::ProfileSums> sums(count);
    for (auto& subject : sums) {
        std::size_t stored_dimensions = 0;
        if (!in.number(subject.mentions) || !in.number(subject.claims) ||
            !in.count(stored_dimensions) || stored_dimensions != dimensions) {
            return std::nullopt;
        }
        subject.dimensions.resize(dimensions);
        for (auto& d : subject.dimensions) {
            for (std::int64_t* value : {&d.sum, &d.sum_abs, &d.attributed, &d.attributed_abs,
                                        &d.cues, &d.attributed_cues}) {
                if (!in.number(*value)) {
                    return std::nullopt;
                }
            }
        }
    }
    if (!in.done()) {
        return std::nullopt;
    }
    return sums;
}

UnmatchedParagraphs unmatched_paragraphs(const document::Document& older,
                                         const document::Document& newer) {
    // The older revision's paragraphs by the hash of their key (the parser hashed every key; an
    // equal text has an equal key), each taken out once a newer paragraph of the same kind and
    // text matches it. One sorted array of buckets, each in paragraph order, rather than a map of
    // vectors: no allocation a paragraph.
    struct Open {
        std::uint64_t hash = 0;
        std::uint32_t paragraph = 0;
    };
    std::vector<Open> open(older.paragraphs.size());
    for (std::uint32_t p = 0; p < older.paragraphs.size(); ++p) {
        open[p] = {older.paragraphs[p].hash, p};
    }
    std::sort(open.begin(), open.end(), [](const Open& a, const Open& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.paragraph < b.paragraph;
    });
    // open_end[b], for a bucket starting at b: the end of its entries not yet taken.
    std::vector<std::uint32_t> open_end(open.size());
    const auto bucket_end = [&](std::uint32_t b) {
        std::uint32_t e = b;
        while (e < open.size() && open[e].hash == open[b].hash) {
            ++e;
        }
        return e;
    };
    for (std::uint32_t b = 0; b < open.size(); b = open_end[b]) {
        open_end[b] = bucket_end(b);
    }
    // A block continuing a lead-in reads with the blocks it continues (claims::lead_in_contexts):
    // it matches only one that continues equal blocks, or its sums could differ.
    const auto old_contexts = claims::lead_in_contexts(older);
    const auto new_contexts = claims::lead_in_contexts(newer);
    UnmatchedParagraphs result;
    for (std::uint32_t n = 0; n < newer.paragraphs.size(); ++n) {
        const auto& paragraph = newer.paragraphs[n];
        const auto first = std::lower_bound(
            open.begin(), open.end(), paragraph.hash,
            [](const Open& entry, std::uint64_t hash) { return entry.hash < hash; });
        if (first == open.end() || first->hash != paragraph.hash) {
            result.newer.push_back(n);
            continue;
        }
        auto& end = open_end[static_cast<std::size_t>(first - open.begin())];
        const auto last = open.begin() + end;
        const auto match = std::find_if(first, last, [&](const Open& entry) {
            const auto& candidate = older.paragraphs[entry.paragraph];
            // The same text, not only the same key: a key that hides a difference of quotes or
            // white space may hide another split into sentences.
            return candidate.kind == paragraph.kind && candidate.text == paragraph.text &&
                   old_contexts[entry.paragraph] == new_contexts[n];
        });
        if (match == last) {
            result.newer.push_back(n);
            continue;
        }
        *match = *(last - 1); // the bucket's last open entry takes the place of the one taken
        --end;
    }
    // Taken entries stay in their bucket's tail with the bucket's hash, so buckets still end
    // where the hash changes.
    for (std::uint32_t b = 0; b < open.size(); b = bucket_end(b)) {
        for (std::uint32_t i = b; i < open_end[b]; ++i) {
            result.older.push_back(open[i].paragraph);
        }
    }
    std::sort(result.older.begin(), result.older.end());
    return result;
}

std::vector<claims::ProfileSums> shift_sums(const std::vector<claims::ProfileSums>& known,
                                            const claims::DocumentAnalysis& leaving_analysis,
                                            const std::vector<std::uint32_t>& leaving,
                                            const claims::DocumentAnalysis& entering_analysis,
                                            const std::vector<std::uint32_t>& entering,
                                            const std::vector<std::string>& dimensions) {
    std::vector<claims::ProfileSums> sums = known;
    for (std::uint32_t s = 0; s < sums.size(); ++s) {
        for (const auto p : leaving) {
            claims::add_paragraph_sums(*leaving_analysis.paragraphs[p], s, dimensions, -1, sums[s]);
        }
        for (const auto p : entering) {
            claims::add_paragraph_sums(*entering_analysis.paragraphs[p], s, dimensions, 1, sums[s]);
        }
    }
    return sums;
}

} // namespace redraft::history
