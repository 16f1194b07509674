#include "claims/sentence_words.hpp"

#include <redraft/document/document.hpp>
#include <redraft/segment/segmenter.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

bool is_closing_quote_char(std::string_view s) {
    return s.ends_with('"') || s.ends_with(kRightDoubleQuote) || s.ends_with(kRightSingleQuote) ||
           s.ends_with('\'');
}

std::string_view strip_trailing_closers(std::string_view s) {
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\n' || s.back() == ')' || s.back() == '"' ||
            s.back() == '\'') {
            s.remove_suffix(1);
        } else if (s.ends_with("\xe2\x80\x9d"sv) || s.ends_with("\xe2\x80\x99"sv)) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

// Whether a sentence that opens with a quote mark opens another quotation of the same kind
// after a space: the first closed before a speech tag ("“Berg is rash,” Ek said, “and it
// shows.”"), so words stand outside the quotes. A quotation nested in it uses the other kind.
bool reopens_quotation(std::string_view sentence) {
    const bool curly =
        sentence.starts_with(kLeftDoubleQuote) || sentence.starts_with(kLeftSingleQuote);
    const std::string_view mark = sentence.starts_with(kLeftDoubleQuote)   ? kLeftDoubleQuote
                                  : sentence.starts_with(kLeftSingleQuote) ? kLeftSingleQuote
                                                                           : sentence.substr(0, 1);
    for (auto at = sentence.find(mark, mark.size()); at != std::string_view::npos;
         at = sentence.find(mark, at + mark.size())) {
        // A straight mark opens only after a space and before a word; a curly one always opens.
        const bool opens = curly || (sentence[at - 1] == ' ' && at + 1 < sentence.size() &&
                                     sentence[at + 1] != ' ');
        if (opens) {
            return true;
        }
    }
    return false;
}

} // namespace

bool is_clause_break_word(std::string_view word) {
    // Asked of most words a cue's scope passes: compared only with the break words of its length.
    const auto is = [&](std::string_view w) { return text::folds_to(word, w); };
    switch (word.size()) {
    case 3:
        return is("but") || is("yet") || is("who");
    case 4:
        return is("that");
    case 5:
        return is("while") || is("which");
    case 6:
        return is("though") || is("rather");
    case 7:
        return is("whereas") || is("however") || is("instead");
    case 8:
        return is("although");
    default:
        return false;
    }
}

bool is_declarative(const document::Paragraph& p, std::string_view sentence,
                    const std::vector<text::Token>& tokens) {
    if (p.kind == document::BlockKind::heading || p.kind == document::BlockKind::code ||
        p.kind == document::BlockKind::quote) {
        return false;
    }
    const bool has_word = std::any_of(tokens.begin(), tokens.end(), [](const text::Token& t) {
        return t.kind == text::TokenKind::word;
    });
    if (!has_word) {
        return false;
    }
    const std::string_view body = strip_trailing_closers(sentence);
    // The last byte read in place: string_view::ends_with was a call for each sentence.
    if ((!body.empty() && body.back() == '?') || segment::is_table_header(sentence)) {
        return false;
    }
    return !is_bare_quotation(sentence);
}

bool is_bare_quotation(std::string_view sentence) {
    std::string_view trimmed = sentence;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) {
        trimmed.remove_suffix(1);
    }
    return is_opening_quote(trimmed) && is_closing_quote_char(trimmed) &&
           !reopens_quotation(trimmed);
}

void slice_into(std::string_view sentence, const text::Token& first, const text::Token& last,
                std::string& out) {
    const std::string_view span = sentence.substr(first.begin, last.end - first.begin);
    if (&first == &last) {
        out.assign(span); // one token, as most cues and names are: no white space in it
        return;
    }
    out.assign(span.size(), ' '); // never longer than the words as written
    char* write = out.data();
    bool space = false;
    for (const char c : span) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        write += space; // the space is in place already
        space = false;
        *write++ = c;
    }
    out.resize(static_cast<std::size_t>(write - out.data()));
}

} // namespace redraft::claims::detail
