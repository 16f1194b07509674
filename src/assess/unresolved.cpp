#include <redraft/assess/unresolved.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace redraft::assess {
namespace {

struct Unresolved {
    bool newer = true; // which revision the sentence is quoted from
    diff::SentenceRef where;
    std::string_view words; // "She", "the minister"
    std::string_view sentence;
};

bool text_changed(const diff::SentenceAlignment& s) {
    if (s.op == diff::SentenceOp::equal) {
        return false;
    }
    return std::any_of(s.words.begin(), s.words.end(),
                       [](const diff::WordChange& w) { return w.op != diff::WordOp::equal; }) ||
           !s.old_sentence || !s.new_sentence;
}

// The unresolved reference of the sentence `ref` of `side`, if its claim has one.
std::optional<Unresolved> unresolved_in(const Revision& side, diff::SentenceRef ref, bool newer) {
    const claims::Claim& claim = side.analysis.claim(ref.paragraph, ref.sentence);
    if (!claim.declarative || !claim.has_unresolved_reference()) {
        return std::nullopt;
    }
    const auto& paragraph = side.doc.paragraphs[ref.paragraph];
    const std::string_view sentence = paragraph.sentence_text(paragraph.sentences[ref.sentence]);
    return Unresolved{
        newer, ref,
        sentence.substr(claim.unresolved_begin, claim.unresolved_end - claim.unresolved_begin),
        sentence};
}

std::string shortened(std::string_view sentence) {
    constexpr std::size_t kMost = 60;
    std::string out;
    for (const char c : sentence) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out.push_back(space ? ' ' : c);
    }
    if (out.size() > kMost) {
        std::size_t cut = out.rfind(' ', kMost);
        out.resize(cut == std::string::npos || cut == 0 ? kMost : cut);
        // Never end inside a UTF-8 sequence.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
            out.pop_back();
        }
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80) != 0) {
            out.pop_back();
        }
        out += " ...";
    }
    return out;
}

// "N changed sentences count for no subject: ... (new paragraph 2: 'She' in "..."; ...)".
std::optional<std::string> note_of(const std::vector<Unresolved>& found, std::string_view what,
                                   bool sides, bool across_paragraphs) {
    if (found.empty()) {
        return std::nullopt;
    }
    constexpr std::size_t kQuoted = 3;
    std::string note =
        std::to_string(found.size()) + " " + std::string(what) +
        (found.size() == 1 ? " counts" : "s count") +
        " for no subject: a pronoun or title that no one named before it in its "
        "paragraph " +
        (across_paragraphs ? "(nor the subject the paragraph before ended on) " : "") +
        "can stand for (";
    for (std::size_t i = 0; i < found.size() && i < kQuoted; ++i) {
        const auto& u = found[i];
        note += (i == 0 ? "" : "; ") +
                (sides ? std::string(u.newer ? "new " : "old ") : std::string()) + "paragraph " +
                std::to_string(u.where.paragraph + 1) + ": '" + std::string(u.words) + "' in \"" +
                shortened(u.sentence) + "\"";
    }
    if (found.size() > kQuoted) {
        note += "; " + std::to_string(found.size() - kQuoted) + " more";
    }
    note += across_paragraphs
                ? "). Pronouns and titles resolve within their paragraph, and a pronoun read "
                  "before anyone is named there also to the subject the paragraph before ended "
                  "on ([analysis] pronouns_across_paragraphs): name the subject there to have "
                  "such a sentence assessed"
                : "). Pronouns and titles resolve within their paragraph: name the subject there "
                  "to have such a sentence assessed";
    return note;
}

// A changed sentence of a block quotation that names a subject (quoted from the newer side,
// else the older).
std::optional<Unresolved> quoted_in(const Revision& side, diff::SentenceRef ref, bool newer) {
    const auto& paragraph = side.doc.paragraphs[ref.paragraph];
    if (paragraph.kind != document::BlockKind::quote ||
        side.analysis.claim(ref.paragraph, ref.sentence).mentions.empty()) {
        return std::nullopt;
    }
    return Unresolved{newer, ref, {}, paragraph.sentence_text(paragraph.sentences[ref.sentence])};
}

// The changed sentences of the diff where `find` hits: in the newer sentence, else in the older.
std::vector<Unresolved>
find_in_changed(const Revision& older, const Revision& newer, const diff::DocumentDiff& diff,
                std::optional<Unresolved> (*find)(const Revision&, diff::SentenceRef, bool)) {
    std::vector<Unresolved> found;
    for (const auto& entry : diff.paragraphs) {
        if (entry.op == diff::ParagraphOp::equal) {
            continue;
        }
        for (const auto& s : entry.sentences) {
            if (!text_changed(s)) {
                continue;
            }
            std::optional<Unresolved> hit;
            if (s.new_sentence) {
                hit = find(newer, *s.new_sentence, true);
            }
            if (!hit && s.old_sentence) {
                hit = find(older, *s.old_sentence, false);
            }
            if (hit) {
                found.push_back(*hit);
            }
        }
    }
    return found;
}

} // namespace

std::optional<std::string> quoted_changes_note(const Revision& older, const Revision& newer,
                                               const diff::DocumentDiff& diff) {
    const std::vector<Unresolved> found = find_in_changed(older, newer, diff, quoted_in);
    if (found.empty()) {
        return std::nullopt;
    }
    constexpr std::size_t kQuoted = 3;
    std::string note = std::to_string(found.size()) + " changed sentence" +
                       (found.size() == 1 ? "" : "s") + " of a block quotation name" +
                       (found.size() == 1 ? "s" : "") +
                       " a subject, and block quotations are not assessed (";
    for (std::size_t i = 0; i < found.size() && i < kQuoted; ++i) {
        const auto& u = found[i];
        note += (i == 0 ? "" : "; ") + std::string(u.newer ? "new " : "old ") + "paragraph " +
                std::to_string(u.where.paragraph + 1) + ": \"" + shortened(u.sentence) + "\"";
    }
    if (found.size() > kQuoted) {
        note += "; " + std::to_string(found.size() - kQuoted) + " more";
    }
    note += "): they are someone's words, and their edit moves no score; say in the prose whose "
            "view they are to have it assessed";
    return note;
}

std::optional<std::string> unresolved_references_note(const Revision& older, const Revision& newer,
                                                      const diff::DocumentDiff& diff,
                                                      bool across_paragraphs) {
    const std::vector<Unresolved> found = find_in_changed(older, newer, diff, unresolved_in);
    return note_of(found, "changed sentence", true, across_paragraphs);
}

std::optional<std::string> unresolved_references_note(const Revision& revision,
                                                      bool across_paragraphs) {
    std::vector<Unresolved> found;
    for (std::uint32_t p = 0; p < revision.doc.paragraphs.size(); ++p) {
        for (std::uint32_t s = 0; s < revision.doc.paragraphs[p].sentences.size(); ++s) {
            if (auto hit = unresolved_in(revision, {p, s}, true)) {
                found.push_back(*hit);
            }
        }
    }
    return note_of(found, "sentence", false, across_paragraphs);
}

} // namespace redraft::assess
