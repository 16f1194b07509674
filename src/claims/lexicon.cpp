#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/edit_distance.hpp>
#include <redraft/text/hash.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>
#include <redraft/text/utf8.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <set>
#include <system_error>

namespace redraft::claims {
namespace {

constexpr std::string_view kHeader = "id\tterm\tkind\tpolarity\tdimension\tnote";

const std::vector<std::string>& kind_names() {
    static const std::vector<std::string> names = {"characterization", "hedge",       "evidential",
                                                   "booster",          "attribution", "negation",
                                                   "intensifier",      "downtoner"};
    return names;
}

// Byte by byte: called for every word of every sentence, where a library call costs more than
// the comparison.
bool ends_with(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) {
        return false;
    }
    const std::size_t offset = s.size() - suffix.size();
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        if (s[offset + i] != suffix[i]) {
            return false;
        }
    }
    return true;
}

// Plain suffix stripping, applied alike to the lexicon and the text, so only consistency
// matters: it is not a linguistic stemmer. The length of `word` without its suffix.
std::size_t stem_length(std::string_view word) {
    // A stem keeps at least four letters, so that a short word never becomes another one:
    // "noted", "notes" and "noting" must not read as "not". A five-letter word in -ed or -es
    // loses only its last letter ("hoped", "votes": "hope", "vote").
    std::size_t size = word.size();
    if (size >= 7 && ends_with(word, "ing")) {
        size -= 3;
    } else if (size >= 5 && (ends_with(word, "ed") || ends_with(word, "es"))) {
        size -= size >= 6 ? 2 : 1;
    } else if (size >= 4 && word[size - 1] == 's' && word[size - 2] != 's') {
        size -= 1;
    }
    if (size >= 5 && word[size - 1] == 'e') {
        --size;
    }
    return size;
}

// The length of a key without its possessive: "Rutte's" and "allies'" match "Rutte" and
// "allies".
std::size_t without_possessive(std::string_view key) {
    if (key.size() > 2 && ends_with(key, "'s")) {
        return key.size() - 2;
    }
    return key.size() > 1 && key.back() == '\'' ? key.size() - 1 : key.size();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// The words of a term of ASCII letters and spaces ("prudent legalist"), as tokenize_into cuts
// them, without its 64-byte windows (a short term fits in none); false, and nothing added, for any
// other term.
bool plain_words_into(std::string_view term, std::vector<text::Token>& out) {
    const std::size_t before = out.size();
    const auto size = static_cast<std::uint32_t>(term.size());
    std::uint32_t begin = 0;
    bool in_word = false;
    for (std::uint32_t i = 0; i < size; ++i) {
        const char c = term[i];
        if (c == ' ') {
            if (in_word) {
                out.push_back({begin, i, text::TokenKind::word});
                in_word = false;
            }
        } else if (static_cast<unsigned char>((c | 0x20) - 'a') < 26) { // a letter, either case
            if (!in_word) {
                begin = i;
                in_word = true;
            }
        } else {
            out.resize(before);
            return false;
        }
    }
    if (in_word) {
        out.push_back({begin, size, text::TokenKind::word});
    }
    return true;
}

// A row's fields, trimmed; `count` tells how many the row has, though only the first seven are
// kept (a row has five or six).
struct Fields {
    std::array<std::string_view, 7> field;
    std::size_t count = 0;
    std::string_view operator[](std::size_t i) const { return field[i]; }
    std::size_t size() const { return count; }
};

Fields split_tabs(std::string_view line) {
    Fields fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        if (fields.count < fields.field.size()) {
            fields.field[fields.count] =
                trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
        }
        ++fields.count;
        if (tab == std::string_view::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

// A decimal of at most 15 digits, signed or not ("-0.5", "1.25", "+1" without its '+'), as
// nearly every row writes it; none for anything else. Its digits as an integer and the power of
// ten it is divided by are both exact in a double, so the one rounding of the division gives the
// correctly rounded value, as from_chars and strtod do, in a tenth of their time.
std::optional<double> parse_short_decimal(std::string_view s) {
    const bool negative = !s.empty() && s.front() == '-';
    std::uint64_t digits = 0;
    int count = 0;
    int decimals = -1; // digits after the point; -1 before it
    for (std::size_t i = negative ? 1 : 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
            ++count;
            decimals += decimals >= 0 ? 1 : 0;
        } else if (c == '.' && decimals < 0) {
            decimals = 0;
        } else {
            return std::nullopt;
        }
    }
    constexpr std::array<double, 16> kPowers = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (count == 0 || count > 15) {
        return std::nullopt;
    }
    const double value = static_cast<double>(digits) / kPowers[std::max(decimals, 0)];
    return negative ? -value : value;
}

std::optional<double> parse_number(std::string_view s) {
    if (s.empty()) {
        return std::nullopt;
    }
    const std::string_view unsigned_part = s.front() == '+' ? s.substr(1) : s;
    if (unsigned_part.empty()) {
        return std::nullopt;
    }
    if (const auto value = parse_short_decimal(unsigned_part)) {
        return value;
    }
    // A plain decimal ("-0.5", "1.25"), as nearly every row writes it, is read without a copy;
    // from_chars rounds as strtod does. Anything else goes to strtod, which decides as before.
    const bool plain = std::all_of(unsigned_part.begin(), unsigned_part.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
    if (plain) {
        double value = 0;
        const char* last = unsigned_part.data() + unsigned_part.size();
        const auto [end, error] = std::from_chars(unsigned_part.data(), last, value);
        if (error == std::errc() && end == last) {
            return value;
        }
    }
    const std::string copy(unsigned_part);
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size()) {
        return std::nullopt;
    }
    return value;
}

[[noreturn]] void row_error(const std::string& where, const std::string& what) {
    throw Error(ErrorKind::config, where + ": " + what);
}

// The header's fields, named in a message about the column at fault; the seventh is none.
constexpr std::array<std::string_view, 7> kFieldNames = {
    "id", "term", "kind", "polarity", "dimension", "note", "after the note"};

// What a polarity of `kind` is to be, for a message about one that is not.
std::string polarity_advice(CueKind kind) {
    switch (kind) {
    case CueKind::characterization:
        return "give a number from -1 to +1, such as +1 or -0.5, or 'ambivalent'";
    case CueKind::hedge:
    case CueKind::evidential:
        return "give a number from -1 to 0, such as -0.5";
    case CueKind::booster:
        return "give a number from 0 to +1, such as +0.5";
    case CueKind::intensifier:
        return "give a multiplier above 1, such as 1.5";
    case CueKind::downtoner:
        return "give a multiplier below 1, such as 0.75";
    case CueKind::attribution:
    case CueKind::negation:
        break;
    }
    return "leave it empty";
}

// A row with too few or too many fields (`count`): which and how to mend it. Most often the
// fields were parted by spaces, or an empty field lost its tab.
std::string field_count_error(std::string_view line, std::size_t count) {
    std::string message = "the row has " + std::to_string(count) + " tab-separated field" +
                          (count == 1 ? "" : "s") +
                          " where 5 or 6 are needed (id, term, kind, polarity, dimension, note)";
    if (count == 1 && line.find(' ') != std::string_view::npos) {
        return message + "; part the fields with tabs, not spaces";
    }
    if (count < 5) {
        return message + "; part the fields with one tab each, and keep the tab of an empty " +
               "field (a hedge with no dimension and no note ends in '<TAB>-0.5<TAB>')";
    }
    return message + "; remove the extra tabs (a note holds no tab)";
}

} // namespace

std::string_view to_string(CueKind kind) {
    return kind_names()[static_cast<std::size_t>(kind)];
}

std::optional<CueKind> cue_kind_from_string(std::string_view name) {
    // As kind_names(), without its guarded static: asked once per row.
    static constexpr std::array<std::string_view, 8> kNames = {
        "characterization", "hedge",    "evidential",  "booster",
        "attribution",      "negation", "intensifier", "downtoner"};
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            return static_cast<CueKind>(i);
        }
    }
    if (name == "hearsay") {
        return CueKind::evidential;
    }
    return std::nullopt;
}

namespace {

// `word` of up to sixteen bytes in ASCII lower case, into `key` (as many bytes), by two loads
// of up to eight bytes that overlap where it is shorter than sixteen; whether it is all ASCII
// (else `key` holds no use). A loop over its bytes cost some ten instructions a byte.
bool lower_ascii_word(std::string_view word, char* key) {
    const std::size_t size = word.size();
    const char* const bytes = word.data();
    if (size >= 8) {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::memcpy(&head, bytes, 8);
        std::memcpy(&tail, bytes + size - 8, 8);
        head = text::ascii_lower_bytes(head);
        tail = text::ascii_lower_bytes(tail);
        std::memcpy(key, &head, 8);
        std::memcpy(key + size - 8, &tail, 8);
        return ((head | tail) & text::kHighBits) == 0;
    }
    if (size >= 4) {
        std::uint32_t head = 0;
        std::uint32_t tail = 0;
        std::memcpy(&head, bytes, 4);
        std::memcpy(&tail, bytes + size - 4, 4);
        head = static_cast<std::uint32_t>(text::ascii_lower_bytes(head));
        tail = static_cast<std::uint32_t>(text::ascii_lower_bytes(tail));
        std::memcpy(key, &head, 4);
        std::memcpy(key + size - 4, &tail, 4);
        return ((head | tail) & static_cast<std::uint32_t>(text::kHighBits)) == 0;
    }
    unsigned char high = 0;
    for (std::size_t i = 0; i < size; ++i) {
        key[i] = text::ascii_lower(bytes[i]);
        high |= static_cast<unsigned char>(bytes[i]);
    }
    return high < 0x80;
}

} // namespace

void append_word_key(std::string_view word, std::string& out) {
    // Curly quotes and dashes are punctuation tokens of their own: fold them without ICU.
    if (word.size() == 3 && static_cast<unsigned char>(word[0]) == 0xE2 &&
        static_cast<unsigned char>(word[1]) == 0x80) {
        const auto third = static_cast<unsigned char>(word[2]);
        if (third >= 0x90 && third <= 0x95) {
            out.push_back('-');
            return;
        }
        if (third == 0x98 || third == 0x99 || third == 0x9B) {
            out.push_back('\'');
            return;
        }
        if (third == 0x9C || third == 0x9D || third == 0x9F) {
            out.push_back('"');
            return;
        }
    }
    // Fast path: ASCII, where the only non-ASCII character may be a curly apostrophe (U+2019,
    // "Rutte’s"), which normalization turns into a straight one. Lowered in one pass, into a
    // buffer on the stack for a word of usual length (else in place: never longer than the word),
    // and cut there.
    std::array<char, 64> local;
    const std::size_t begin = out.size();
    const bool short_word = word.size() <= local.size();
    if (!short_word) {
        out.resize(begin + word.size());
    }
    char* const key = short_word ? local.data() : out.data() + begin;
    std::size_t size = 0;
    bool simple = true;
    constexpr std::size_t kLowered = 16; // lower_ascii_word's longest
    if (word.size() <= kLowered && lower_ascii_word(word, key)) {
        size = word.size();
    } else {
        for (std::size_t i = 0; i < word.size(); ++i) {
            const char c = word[i];
            if (static_cast<unsigned char>(c) < 0x80) {
                key[size++] = text::ascii_lower(c);
            } else if (word.substr(i, 3) == "\xe2\x80\x99") {
                key[size++] = '\'';
                i += 2;
            } else {
                simple = false;
                break;
            }
        }
    }
    if (simple) {
        size = without_possessive({key, size});
        size = stem_length({key, size});
        if (short_word) {
            out.append(key, size);
        } else {
            out.resize(begin + size);
        }
        return;
    }
    out.resize(begin);
    text::normalize_into(word, out);
    const std::string_view normalized(out.data() + begin, out.size() - begin);
    out.resize(begin + stem_length(normalized.substr(0, without_possessive(normalized))));
}

namespace {

// The bits of ing_form_words for `term` cut into `tokens`.
std::uint32_t ing_form_bits(std::string_view term, const std::vector<text::Token>& tokens) {
    std::uint32_t bits = 0;
    for (std::size_t k = 0; k < tokens.size() && k < 32; ++k) {
        const std::string_view word = term.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (word == kAnyWords) {
            return 0;
        }
        if (is_ing_form(word)) {
            bits |= std::uint32_t{1} << k;
        }
    }
    return bits;
}

// The keys of each of `tokens` of `phrase`.
std::vector<std::string> token_keys(std::string_view phrase,
                                    const std::vector<text::Token>& tokens) {
    std::vector<std::string> keys(tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        append_word_key(phrase.substr(tokens[k].begin, tokens[k].end - tokens[k].begin), keys[k]);
    }
    return keys;
}

} // namespace

bool is_ing_form(std::string_view word) {
    constexpr std::size_t kShortest = 7; // "cunning"; not "bring", "sing"
    return word.size() >= kShortest && (text::folds_to(word.substr(word.size() - 3), "ing") ||
                                        text::folds_to(word.substr(word.size() - 4), "ings"));
}

std::uint32_t ing_form_words(std::string_view term) {
    return ing_form_bits(term, text::tokenize(term));
}

bool written_as(std::string_view written, std::string_view exact) {
    if (written.size() != exact.size()) {
        std::string normalized;
        text::normalize_into(written, normalized);
        return normalized == exact;
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (text::ascii_lower(written[i]) != exact[i]) {
            std::string normalized;
            text::normalize_into(written, normalized);
            return normalized == exact;
        }
    }
    return true;
}

std::string word_key(std::string_view word) {
    std::string key;
    append_word_key(word, key);
    return key;
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
    return token_keys(phrase, text::tokenize(phrase));
}

std::string doubled_key(std::string_view key) {
    constexpr std::size_t kShortest = 4;
    if (key.size() < kShortest) {
        return {};
    }
    const auto vowel = [](char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    };
    const char last = key.back();
    const char before = key[key.size() - 2];
    const char third = key[key.size() - 3];
    if (last < 'a' || last > 'z' || vowel(last) || last == 'c' || last == 'h' || last == 'w' ||
        last == 'x' || last == 'y' || !vowel(before)) {
        return {};
    }
    // One vowel before it: "stop", "admit", not "treat"; the u of "qu" is no vowel ("quit").
    const bool qu = third == 'u' && key[key.size() - 4] == 'q';
    if (third < 'a' || third > 'z' || (vowel(third) && !qu)) {
        return {};
    }
    std::string doubled(key);
    doubled.push_back(last);
    return doubled;
}

bool is_ed_or_ing_form(std::string_view word) {
    return (word.size() > 2 && text::folds_to(word.substr(word.size() - 2), "ed")) ||
           (word.size() > 3 && text::folds_to(word.substr(word.size() - 3), "ing"));
}

namespace {

constexpr std::uint32_t kNoRow = std::numeric_limits<std::uint32_t>::max();

std::string read_lexicon_file(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        throw Error(ErrorKind::not_found, "lexicon file " + path.string() +
                                              " does not exist; check the path in the "
                                              "[lexicon] files of the configuration");
    }
    return document::read_file(path, 64ull << 20);
}

// How many lines `text` has: as many rows at most.
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 1;
    for (std::size_t at = text.find('\n'); at != std::string_view::npos;
         at = text.find('\n', at + 1)) {
        ++lines;
    }
    return lines;
}

} // namespace

void Lexicon::load_file(const std::filesystem::path& path, LexiconOrigin origin) {
    read_file(path, origin);
    rebuild_index();
}

void Lexicon::load_text(std::string_view text, const std::string& name, LexiconOrigin origin) {
    text::check_text(text, name);
    reserve_rows(count_lines(text));
    read_text(std::string(text), name, origin);
    rebuild_index();
}

void Lexicon::read_file(const std::filesystem::path& path, LexiconOrigin origin) {
    std::string text = read_lexicon_file(path);
    // A user's file may come from any editor; the shipped ones are redraft's own.
    text::check_text(text, path.string());
    reserve_rows(count_lines(text));
    read_text(std::move(text), path.string(), origin);
}

void Lexicon::reserve_rows(std::size_t rows) {
    const std::size_t needed = entries_.size() + rows;
    if (needed > entries_.capacity()) {
        const std::size_t capacity = std::max(needed, 2 * entries_.capacity());
        entries_.reserve(capacity);
        removed_.reserve(capacity);
    }
    std::size_t slots = std::max<std::size_t>(by_id_slots_.size(), 64);
    while (2 * needed > slots) {
        slots *= 2;
    }
    if (slots != by_id_slots_.size()) {
        rehash_ids(slots, static_cast<std::uint32_t>(entries_.size()));
    }
}

std::optional<std::uint32_t> Lexicon::live_row_with_id(std::string_view id,
                                                       std::uint64_t hash) const {
    if (by_id_slots_.empty()) {
        return std::nullopt;
    }
    const std::size_t mask = by_id_slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const std::uint32_t row = by_id_slots_[i];
        if (row == kNoRow) {
            return std::nullopt;
        }
        if (!removed_[row] && entries_[row].id == id) {
            return row;
        }
    }
}

void Lexicon::index_id(std::uint32_t row, std::uint64_t hash) {
    if (2 * (ids_indexed_ + 1) > by_id_slots_.size()) {
        rehash_ids(std::max<std::size_t>(64, 2 * by_id_slots_.size()), row);
    }
    const std::size_t mask = by_id_slots_.size() - 1;
    std::size_t i = hash & mask;
    while (by_id_slots_[i] != kNoRow) {
        i = (i + 1) & mask;
    }
    by_id_slots_[i] = row;
    ++ids_indexed_;
}

void Lexicon::rehash_ids(std::size_t slots, std::uint32_t rows) {
    by_id_slots_.assign(slots, kNoRow);
    ids_indexed_ = 0;
    // Only the live rows: the removed ones need no place any more.
    for (std::uint32_t row = 0; row < rows; ++row) {
        if (!removed_[row]) {
            index_id(row, text::content_hash64(entries_[row].id));
        }
    }
}

void Lexicon::read_text(std::string file_text, const std::string& name, LexiconOrigin origin) {
    // Kept while the lexicon lives, shared by its copies: the rows' notes are views into it.
    const std::string_view text =
        *texts_.emplace_back(std::make_shared<const std::string>(std::move(file_text)));
    std::uint32_t line_number = 0;
    bool header_seen = false;
    std::size_t rows = 0;
    std::vector<text::Token> tokens;                             // of a row's term, reused
    const auto file = std::make_shared<const std::string>(name); // one copy for all its rows
    // A byte-order mark, which some editors put before UTF-8, is no part of the header.
    std::size_t start = text::bom_length(text);
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        // Built only for a message: most rows have none.
        const auto where = [&] { return name + ":" + std::to_string(line_number); };
        // The same with the column (the field) at fault, as a spreadsheet numbers it.
        const auto at_column = [&](std::size_t column) {
            return where() + ", column " + std::to_string(column + 1) + " (" +
                   std::string(kFieldNames[std::min(column, kFieldNames.size() - 1)]) + ")";
        };
        if (!header_seen) {
            if (line != kHeader && line != kHeader.substr(0, kHeader.rfind('\t'))) {
                row_error(where(), "expected the header line 'id<TAB>term<TAB>kind<TAB>polarity"
                                   "<TAB>dimension<TAB>note'; write it, its words parted by "
                                   "tabs, as the first line that is no comment");
            }
            header_seen = true;
            continue;
        }
        const auto fields = split_tabs(line);
        if (fields.size() < 5 || fields.size() > 6) {
            row_error(at_column(fields.size() < 5 ? fields.size() : 6),
                      field_count_error(line, fields.size()));
        }
        // Read into its place among the rows, not moved there: taken back if it is refused.
        LexiconEntry& entry = entries_.emplace_back();
        try {
            entry.id = std::string(fields[0]);
            entry.term = std::string(fields[1]);
            entry.file = file;
            entry.line = line_number;
            if (entry.id.empty()) {
                row_error(at_column(0), "the id is empty; every row needs a stable id "
                                        "(docs/lexicon.md: a kind prefix and the term, "
                                        "'char.prudent-legalist')");
            }
            if (entry.term.empty()) {
                row_error(at_column(1), "the term of '" + entry.id +
                                            "' is empty; write the word or phrase the row "
                                            "matches");
            }
            const auto kind = cue_kind_from_string(fields[2]);
            if (!kind) {
                row_error(at_column(2),
                          "unknown kind '" + std::string(fields[2]) + "'" +
                              text::did_you_mean(fields[2], kind_names()) +
                              " (kinds: characterization, hedge, evidential, booster, "
                              "attribution, negation, intensifier, downtoner)");
            }
            entry.kind = *kind;
            const std::string_view polarity = fields[3];
            const bool scales =
                entry.kind == CueKind::intensifier || entry.kind == CueKind::downtoner;
            const bool structural =
                entry.kind == CueKind::negation || entry.kind == CueKind::attribution;
            if (polarity == "ambivalent") {
                if (scales || structural) {
                    const std::string kind(to_string(entry.kind));
                    row_error(at_column(3), (kind.front() == 'i' ? "an " : "a ") + kind +
                                                " cannot be ambivalent; " +
                                                polarity_advice(entry.kind));
                }
                entry.ambivalent = true;
            } else if (polarity.empty() || polarity == "-" ||
                       (structural && parse_number(polarity).has_value())) {
                if (!structural) {
                    row_error(at_column(3), "the polarity of '" + entry.term + "' is empty; " +
                                                polarity_advice(entry.kind));
                }
            } else {
                const auto value = parse_number(polarity);
                if (!value) {
                    row_error(at_column(3), "polarity '" + std::string(polarity) +
                                                "' is not a number or 'ambivalent'; " +
                                                polarity_advice(entry.kind));
                }
                if (scales) {
                    if (*value <= 0) {
                        row_error(at_column(3), "the multiplier of '" + entry.term +
                                                    "' must be positive; " +
                                                    polarity_advice(entry.kind));
                    }
                    entry.multiplier = *value;
                } else if (!structural) {
                    if (*value < -1 || *value > 1) {
                        row_error(at_column(3), "polarity " + std::string(polarity) +
                                                    " is outside [-1, 1]; " +
                                                    polarity_advice(entry.kind));
                    }
                    entry.polarity = *value;
                }
            }
            entry.dimension = std::string(fields[4]);
            if (entry.dimension.empty() &&
                (entry.kind == CueKind::hedge || entry.kind == CueKind::evidential ||
                 entry.kind == CueKind::booster)) {
                entry.dimension = "certainty";
            }
            if (entry.dimension.empty() && entry.kind == CueKind::characterization) {
                entry.dimension = "favorability";
            }
            if (fields.size() == 6) {
                entry.note = fields[5];
            }
            // A quoted term matches its words only as written: "\"patient\"" is no "patients".
            const bool quoted =
                entry.term.size() > 2 && entry.term.front() == '"' && entry.term.back() == '"';
            if (quoted) {
                entry.term.pop_back();
                entry.term.erase(0, 1);
            }
            // The term is cut into words once, for its keys, its -ing forms and its exact words.
            tokens.clear();
            if (!plain_words_into(entry.term, tokens)) {
                text::tokenize_into(entry.term, tokens);
            }
            if (quoted) {
                for (const auto& token : tokens) {
                    entry.exact_words.push_back(text::ascii_lowercase(
                        std::string_view(entry.term).substr(token.begin, token.end - token.begin)));
                }
            }
            entry.keys = token_keys(entry.term, tokens);
            entry.ing_forms = ing_form_bits(entry.term, tokens);
            if (entry.keys.empty()) {
                row_error(at_column(1), "the term '" + entry.term +
                                            "' has no words; write the word or phrase the row "
                                            "matches");
            }
            if (!entry.exact_words.empty() &&
                std::find(entry.keys.begin(), entry.keys.end(), kAnyWords) != entry.keys.end()) {
                row_error(at_column(1),
                          "the quoted term '" + entry.term +
                              "' has a '*'; a quoted term matches its words only as written, "
                              "in their places");
            }
            if (entry.keys.front() == kAnyWords || entry.keys.back() == kAnyWords) {
                row_error(at_column(1),
                          "the term '" + entry.term +
                              "' starts or ends with '*'; a '*' stands for one to three "
                              "words between two words of the term ('view * as')");
            }
            admit_last(origin);
            ++rows;
        } catch (...) {
            entries_.pop_back();
            throw;
        }
    }
    // A user's file with no rows (empty, or a header alone) changes nothing, most often because
    // the rows were never written or went to another file: an error, as a missing file is, so
    // that no one believes a lexicon of theirs is counted when it is not.
    if (origin == LexiconOrigin::user && rows == 0) {
        throw Error(ErrorKind::config,
                    name + ": the lexicon file has no rows" +
                        (header_seen ? " below its header" : ", not even the header line") +
                        "; add rows (docs/lexicon.md: 'id<TAB>term<TAB>kind<TAB>polarity<TAB>"
                        "dimension<TAB>note' first, then one row per line), or remove the file "
                        "from [lexicon] files");
    }
}

namespace {

// A row's keys as one string, to find the rows of the same term.
std::string joined_keys(const LexiconEntry& entry) {
    std::string joined;
    for (const auto& key : entry.keys) {
        joined += key;
        joined.push_back('\x1f');
    }
    return joined;
}

} // namespace

void Lexicon::admit_last(LexiconOrigin origin) {
    const auto index = static_cast<std::uint32_t>(entries_.size() - 1);
    const LexiconEntry& entry = entries_[index];
    // The rows by term are needed only once a user's row may replace some: the shipped lexicon
    // alone is read without them (a key string, a node and a list for each of its rows).
    if (origin == LexiconOrigin::user && !keys_indexed_) {
        for (std::uint32_t i = 0; i < index; ++i) {
            by_keys_[joined_keys(entries_[i])].push_back(i);
        }
        keys_indexed_ = true;
    }
    std::vector<std::uint32_t>* same_term = keys_indexed_ ? &by_keys_[joined_keys(entry)] : nullptr;
    // A user's row replaces the rows of the same term, kind and dimension (and frees their ids).
    if (origin == LexiconOrigin::user) {
        for (const std::uint32_t i : *same_term) {
            const auto& other = entries_[i];
            if (!removed_[i] && other.dimension == entry.dimension && other.kind == entry.kind) {
                removed_[i] = true;
            }
        }
    }
    const std::uint64_t id_hash = text::content_hash64(entry.id); // for the lookup and the entry
    if (const auto found = live_row_with_id(entry.id, id_hash)) {
        const auto& other = entries_[*found];
        throw Error(ErrorKind::config, *entry.file + ":" + std::to_string(entry.line) +
                                           ", column 1 (id): duplicate id '" + entry.id +
                                           "' (first at " + *other.file + ":" +
                                           std::to_string(other.line) +
                                           "); give one of the rows an id of its own");
    }
    if (same_term != nullptr) {
        same_term->push_back(index);
    }
    removed_.push_back(false);
    index_id(index, id_hash);
}

std::vector<std::uint32_t>& Lexicon::rows_starting(std::string_view first) {
    const std::size_t mask = by_first_.size() - 1;
    std::size_t i = text::content_hash64(first) & mask;
    while (!by_first_[i].rows.empty() && by_first_[i].key != first) {
        i = (i + 1) & mask;
    }
    if (by_first_[i].rows.empty()) {
        by_first_[i].key.assign(first);
        ++first_keys_;
    }
    return by_first_[i].rows;
}

void Lexicon::rebuild_index() {
    // The doubled first keys (doubled_key) of the live rows that have one: of a first word that
    // is its own key, a base form as written ("quite", whose key is "quit", is none: "quitting"
    // is no "quite"); never of a quoted term, which matches only its words as written.
    std::vector<std::pair<std::uint32_t, std::string>> doubled;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        const LexiconEntry& entry = entries_[i];
        const std::string_view first_word =
            std::string_view(entry.term).substr(0, entry.term.find(' '));
        if (!removed_[i] && entry.exact_words.empty() && first_word == entry.keys.front()) {
            if (std::string key = doubled_key(first_word); !key.empty()) {
                doubled.emplace_back(i, std::move(key));
            }
        }
    }
    // Room for a first key per row and per doubled key, at most half full.
    std::size_t slots = 64;
    while (slots < 2 * (entries_.size() + doubled.size())) {
        slots *= 2;
    }
    by_first_.clear();
    by_first_.resize(slots);
    first_keys_ = 0;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        if (!removed_[i]) {
            rows_starting(entries_[i].keys.front()).push_back(i);
        }
    }
    // A row of its own for the doubled form ("stopped short of" beside "stop short of", of the
    // same kind and later words) keeps it: the base row is not found there a second time.
    for (const auto& row_and_key : doubled) {
        // (Named, not a structured binding: clang 14 cannot capture one in the lambda below.)
        const std::uint32_t i = row_and_key.first;
        const std::string& key = row_and_key.second;
        const LexiconEntry& base = entries_[i];
        auto& rows = rows_starting(key);
        const bool own_row = std::any_of(rows.begin(), rows.end(), [&](std::uint32_t j) {
            const LexiconEntry& other = entries_[j];
            return other.keys.front() == key && other.kind == base.kind &&
                   other.keys.size() == base.keys.size() &&
                   std::equal(other.keys.begin() + 1, other.keys.end(), base.keys.begin() + 1);
        });
        if (!own_row) {
            rows.push_back(i);
        }
    }
    // A row for the base word beside one for its -ing form ("accommodate", "accommodating")
    // leaves the -ing form to that row: both keys are the same (so are their first keys).
    for (auto& entry : entries_) {
        entry.non_ing_forms = 0;
    }
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        if (removed_[i] || entries_[i].ing_forms == 0) {
            continue;
        }
        for (const std::uint32_t j : *candidates(entries_[i].keys.front())) {
            if (entries_[j].ing_forms == 0 && entries_[j].keys == entries_[i].keys) {
                entries_[j].non_ing_forms |= entries_[i].ing_forms;
            }
        }
    }
    for (auto& [first, list] : by_first_) {
        if (list.size() < 2) { // a free slot too
            continue; // most first words start one row: std::stable_sort would allocate a buffer
        }
        // Longest first; of two as long, the literal one first ("view him as" before "view * as").
        const auto wild = [&](std::uint32_t e) {
            const auto& keys = entries_[e].keys;
            return std::find(keys.begin(), keys.end(), kAnyWords) != keys.end();
        };
        std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (entries_[a].keys.size() != entries_[b].keys.size()) {
                return entries_[a].keys.size() > entries_[b].keys.size();
            }
            return !wild(a) && wild(b);
        });
    }
}

std::vector<std::string> Lexicon::dimensions() const {
    std::vector<std::string> result;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const auto& d = entries_[i].dimension;
        if (!removed_[i] && !d.empty() &&
            std::find(result.begin(), result.end(), d) == result.end()) {
            result.push_back(d);
        }
    }
    return result;
}

const std::vector<std::uint32_t>* Lexicon::candidates(std::string_view first) const {
    if (by_first_.empty()) {
        return nullptr;
    }
    const std::size_t mask = by_first_.size() - 1;
    for (std::size_t i = text::content_hash64(first) & mask;; i = (i + 1) & mask) {
        const FirstKey& slot = by_first_[i];
        if (slot.rows.empty()) {
            return nullptr;
        }
        if (slot.key == first) {
            return &slot.rows;
        }
    }
}

std::filesystem::path shipped_lexicon_dir() {
    std::error_code error;
    if (const char* env = std::getenv("REDRAFT_DATA"); env != nullptr && *env != '\0') {
        const std::filesystem::path dir = std::filesystem::path(env) / "lexicon";
        if (!std::filesystem::is_directory(dir, error)) {
            throw Error(ErrorKind::not_found, "REDRAFT_DATA is set to " + std::string(env) +
                                                  " but " + dir.string() +
                                                  " is not a folder; unset it or fix it");
        }
        return dir;
    }
    std::vector<std::filesystem::path> tried;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        tried.push_back(exe.parent_path() / ".." / "share" / "redraft" / "data" / "lexicon");
        tried.push_back(exe.parent_path() / "data" / "lexicon");
    }
    tried.push_back(std::filesystem::path(REDRAFT_DATA_DIR) / "lexicon");
    for (const auto& dir : tried) {
        if (std::filesystem::is_directory(dir, error)) {
            return dir;
        }
    }
    std::string list;
    for (const auto& dir : tried) {
        list += (list.empty() ? "" : ", ") + dir.lexically_normal().string();
    }
    throw Error(ErrorKind::not_found, "cannot find the shipped lexicon (looked in " + list +
                                          "); set REDRAFT_DATA to the folder that holds lexicon/");
}

Lexicon load_lexicon(const std::vector<std::filesystem::path>& user_files) {
    Lexicon lexicon;
    std::set<std::filesystem::path> shipped;
    for (const auto& item : std::filesystem::directory_iterator(shipped_lexicon_dir())) {
        if (item.path().extension() == ".tsv") {
            shipped.insert(item.path());
        }
    }
    // Every shipped file is read before any is parsed, so that the rows are reserved once.
    std::vector<std::string> texts;
    std::size_t lines = 0;
    for (const auto& file : shipped) {
        texts.push_back(read_lexicon_file(file));
        lines += count_lines(texts.back());
    }
    lexicon.reserve_rows(lines);
    // The index is built once, after every file: rebuilding it per file cost more than reading.
    std::size_t next = 0;
    for (const auto& file : shipped) {
        lexicon.read_text(std::move(texts[next++]), file.string(), LexiconOrigin::shipped);
    }
    for (const auto& file : user_files) {
        lexicon.read_file(file, LexiconOrigin::user);
    }
    lexicon.rebuild_index();
    return lexicon;
}

} // namespace redraft::claims
