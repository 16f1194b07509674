#include <redraft/history/cache.hpp>
#include <redraft/history/fields.hpp>
#include <redraft/history/pair_sums.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>

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
    // text matches it.
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> open;
    open.reserve(older.paragraphs.size());
    for (std::uint32_t p = 0; p < older.paragraphs.size(); ++p) {
        open[older.paragraphs[p].hash].push_back(p);
    }
    UnmatchedParagraphs result;
    for (std::uint32_t n = 0; n < newer.paragraphs.size(); ++n) {
        const auto& paragraph = newer.paragraphs[n];
        const auto found = open.find(paragraph.hash);
        if (found == open.end()) {
            result.newer.push_back(n);
            continue;
        }
        auto& candidates = found->second;
        const auto match = std::find_if(candidates.begin(), candidates.end(), [&](std::uint32_t o) {
            const auto& candidate = older.paragraphs[o];
            // The same text, not only the same key: a key that hides a difference of quotes or
            // white space may hide another split into sentences.
            return candidate.kind == paragraph.kind && candidate.text == paragraph.text;
        });
        if (match == candidates.end()) {
            result.newer.push_back(n);
            continue;
        }
        *match = candidates.back(); // the order within a bucket does not matter
        candidates.pop_back();
    }
    for (const auto& [hash, left] : open) {
        result.older.insert(result.older.end(), left.begin(), left.end());
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
