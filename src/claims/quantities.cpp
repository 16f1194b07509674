#include "claims/quantities.hpp"

#include <redraft/text/ascii.hpp>
#include <redraft/text/footnotes.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <span>
#include <utility>

namespace redraft::claims {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Bit m set at index c - 'A': month m + 1 starts with the letter c (every month starts with A to
// S).
constexpr std::array<std::uint32_t, 19> kMonthsByInitial = [] {
    std::array<std::uint32_t, 19> initials{};
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        initials[static_cast<std::size_t>(kMonths[m].front() - 'A')] |= std::uint32_t{1} << m;
    }
    return initials;
}();

// The months' initials as bits from 'A' (bit c - 'A' for the letter c): a token whose first byte
// is no such letter, as most are (lower case), is no month, told before its size or text is read.
constexpr std::uint32_t kMonthInitials = [] {
    std::uint32_t bits = 0;
    for (const std::string_view month : kMonths) {
        bits |= std::uint32_t{1} << (month.front() - 'A');
    }
    return bits;
}();

struct Named {
    std::string_view name;
    std::string_view code;
};

// Currency signs and the ISO 4217 code each is read as. "$" is read as US dollars and "¥" as
// yen unless letters before them say otherwise ("C$", "CN¥"); any other sign Unicode counts as
// a currency symbol stands for itself.
constexpr std::array<Named, 15> kSigns = {{{"$", "USD"},
                                           {"£", "GBP"},
                                           {"€", "EUR"},
                                           {"¥", "JPY"},
                                           {"₹", "INR"},
                                           {"₽", "RUB"},
                                           {"₩", "KRW"},
                                           {"₺", "TRY"},
                                           {"₪", "ILS"},
                                           {"₴", "UAH"},
                                           {"₦", "NGN"},
                                           {"₱", "PHP"},
                                           {"₫", "VND"},
                                           {"฿", "THB"},
                                           {"₿", "BTC"}}};

// Letters written right before a sign ("US$", "HK$", "CN¥"). Other capitals before a sign
// stay as written ("Z$").
constexpr std::array<Named, 16> kSignPrefixes = {{{"US$", "USD"},
                                                  {"A$", "AUD"},
                                                  {"AU$", "AUD"},
                                                  {"C$", "CAD"},
                                                  {"CA$", "CAD"},
                                                  {"NZ$", "NZD"},
                                                  {"HK$", "HKD"},
                                                  {"S$", "SGD"},
                                                  {"SG$", "SGD"},
                                                  {"NT$", "TWD"},
                                                  {"R$", "BRL"},
                                                  {"MX$", "MXN"},
                                                  {"CN¥", "CNY"},
                                                  {"JP¥", "JPY"},
                                                  {"US¢", "USD"},
                                                  {"RMB¥", "CNY"}}};

// ISO 4217 codes written as words ("USD 5", "5 million EUR"), sorted. Codes that are English
// words in capitals (ALL, TOP, CUP) are left out.
constexpr std::array<std::string_view, 54> kCodes = {
    "AED", "ARS", "AUD", "BGN", "BRL", "BTC", "CAD", "CHF", "CLP", "CNY", "COP",
    "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "ISK",
    "JPY", "KES", "KRW", "KWD", "MAD", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN",
    "PHP", "PKR", "PLN", "QAR", "RMB", "RON", "RSD", "RUB", "SAR", "SEK", "SGD",
    "THB", "TRY", "TWD", "UAH", "USD", "UYU", "VND", "XAF", "XOF", "ZAR"};

// Currency names after an amount ("6 billion euros"). "Pounds" is left out: it is as often
// a weight.
constexpr std::array<Named, 7> kCurrencyWords = {{{"euro", "EUR"},
                                                  {"euros", "EUR"},
                                                  {"dollar", "USD"},
                                                  {"dollars", "USD"},
                                                  {"yen", "JPY"},
                                                  {"yuan", "CNY"},
                                                  {"renminbi", "CNY"}}};

struct Scale {
    std::string_view word; // lower case
    int zeros;
};

// Scale words and abbreviations, in any case; they multiply the number before them.
constexpr std::array<Scale, 12> kScales = {{{"thousand", 3},
                                            {"million", 6},
                                            {"billion", 9},
                                            {"trillion", 12},
                                            {"lakh", 5},
                                            {"crore", 7},
                                            {"mn", 6},
                                            {"mln", 6},
                                            {"bn", 9},
                                            {"bln", 9},
                                            {"tn", 12},
                                            {"trn", 12}}};
constexpr std::size_t kFullScales = 6; // the first six are words written in full
// One-letter scales ("£300m", "$5B", "$10k") count only with a currency: "a 300m race" is in
// metres, "a 10k run" in kilometres.
constexpr std::array<Scale, 3> kLetterScales = {{{"k", 3}, {"m", 6}, {"b", 9}}};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Whether `s` has an ASCII digit, eight bytes at a time: most sentences have none.
bool has_digit(std::string_view s) {
    std::size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: moved so that '0' is -128, the digits are the bytes below -118
    // in one signed comparison (every other byte lands above).
    const __m128i shift = _mm_set1_epi8(static_cast<char>(-128 - '0'));
    const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i bytes =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)); // unaligned
        if (_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(bytes, shift), limit)) != 0) {
            return true;
        }
    }
#endif
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (text::bytes_between(word, '0', '9') != 0) {
            return true;
        }
    }
    for (; i < s.size(); ++i) {
        if (is_digit(s[i])) {
            return true;
        }
    }
    return false;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool is_capital(char c) {
    return c >= 'A' && c <= 'Z';
}

// Whether `w` is `lower` in any case.
bool equals_lower(std::string_view w, std::string_view lower) {
    if (w.size() != lower.size()) {
        return false;
    }
    for (std::size_t k = 0; k < w.size(); ++k) {
        const char c = text::ascii_lower(w[k]);
        if (c != lower[k]) {
            return false;
        }
    }
    return true;
}

// The zeros a scale word or abbreviation adds, or -1. One-letter scales only when `letters`.
int scale_of(std::string_view w, bool letters) {
    for (const auto& s : kScales) {
        if (equals_lower(w, s.word)) {
            return s.zeros;
        }
    }
    if (letters) {
        for (const auto& s : kLetterScales) {
            if (equals_lower(w, s.word)) {
                return s.zeros;
            }
        }
    }
    return -1;
}

// A scale word written in full ("billion"), or -1.
int full_scale_of(std::string_view w) {
    for (std::size_t k = 0; k < kFullScales; ++k) {
        if (equals_lower(w, kScales[k].word)) {
            return kScales[k].zeros;
        }
    }
    return -1;
}

std::string_view currency_word(std::string_view w) {
    for (const auto& c : kCurrencyWords) {
        if (equals_lower(w, c.name)) {
            return c.code;
        }
    }
    return {};
}

std::string_view currency_code(std::string_view w) {
    if (w.size() != 3 || !std::binary_search(kCodes.begin(), kCodes.end(), w)) {
        return {};
    }
    return w == "RMB" ? std::string_view("CNY") : w;
}

// The currency a sign stands for ("$": USD, "€": EUR), the sign itself for another currency
// symbol, or empty.
std::string_view sign_currency(std::string_view token) {
    for (const auto& s : kSigns) {
        if (token == s.name) {
            return s.code;
        }
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(token.data());
    const auto length = static_cast<std::int32_t>(token.size());
    std::int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && i == length && u_charType(c) == U_CURRENCY_SYMBOL) {
        return token;
    }
    return {};
}

// A word that starts with a number ("300m", "1.2bn", "1990s", "1.2-billion"): the number
// (digits, with commas and points between digits) and the rest.
std::pair<std::string_view, std::string_view> split_number(std::string_view w) {
    std::size_t n = 0;
    while (n < w.size() &&
           (is_digit(w[n]) || ((w[n] == '.' || w[n] == ',') && n > 0 && n + 1 < w.size() &&
                               is_digit(w[n - 1]) && is_digit(w[n + 1])))) {
        ++n;
    }
    return {w.substr(0, n), w.substr(n)};
}

// The decimal `number` ("1,200", "1.25") times ten to the `zeros`, without separators, leading
// zeros or trailing zeros after the point: ("1.2", 9) gives "1200000000", ("5.50", 0) "5.5".
// None unless `number` is digits with commas before its one point at most.
std::optional<std::string> scaled(std::string_view number, int zeros) {
    std::string whole;
    std::string fraction;
    bool point = false;
    for (const char c : number) {
        if (is_digit(c)) {
            (point ? fraction : whole).push_back(c);
        } else if (c == '.' && !point) {
            point = true;
        } else if (c != ',' || point) {
            return std::nullopt;
        }
    }
    if (whole.empty() && fraction.empty()) {
        return std::nullopt;
    }
    const auto shift = static_cast<std::size_t>(zeros);
    const std::size_t moved = std::min(shift, fraction.size());
    whole += fraction.substr(0, moved);
    fraction.erase(0, moved);
    whole.append(shift - moved, '0');
    const std::size_t nonzero = whole.find_first_not_of('0');
    whole = nonzero == std::string::npos ? std::string("0") : whole.substr(nonzero);
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    return fraction.empty() ? whole : whole + "." + fraction;
}

struct Reader {
    std::string_view sentence;
    // A span: its size is stored, where a vector's is computed each time a bound is tested.
    std::span<const text::Token> tokens;

    // Always inline: asked of most tokens, and out of line its call cost more than its work.
    [[gnu::always_inline]] std::string_view at(std::size_t i) const {
        if (i >= tokens.size()) {
            return {};
        }
        return {sentence.data() + tokens[i].begin, tokens[i].end - tokens[i].begin};
    }
    bool is_number(std::size_t i) const {
        return i < tokens.size() && tokens[i].kind == text::TokenKind::number;
    }
    // A number token of digits only ("03", "2022"): no separators, no percent sign.
    bool is_digits(std::size_t i) const { return is_number(i) && all_digits(at(i)); }
    // A word token that starts with a digit ("300m", "1990s", "14th").
    bool is_numeric_word(std::size_t i) const {
        return i < tokens.size() && tokens[i].kind == text::TokenKind::word &&
               is_digit(at(i).front());
    }
    // Tokens i and i + 1 touch: no space between them.
    bool glued(std::size_t i) const {
        return i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].begin;
    }
    // A number glued to token i by a separator before it ("4-" in "4-2020"), or after the
    // number at `last` ("-5" in "2020-21-5").
    bool chained_before(std::size_t i) const {
        return i >= 2 && glued(i - 2) && glued(i - 1) && is_separator(i - 1) && is_number(i - 2);
    }
    bool chained_after(std::size_t last) const {
        return glued(last) && glued(last + 1) && is_separator(last + 1) && is_number(last + 2);
    }
    bool is_separator(std::size_t i) const {
        const std::string_view s = at(i);
        return s == "-" || s == "/" || s == "–" || s == ".";
    }
    bool is_word(std::size_t i, std::string_view lower) const { return equals_lower(at(i), lower); }
    // Whether token i (which must exist) may be a month name, by its first byte alone: asked of
    // every token before month().
    bool may_be_month(std::size_t i) const {
        const unsigned initial = static_cast<unsigned char>(sentence[tokens[i].begin]) - 'A';
        return initial < 32 && (kMonthInitials >> initial & 1U) != 0;
    }
    int month(std::size_t i) const {
        const std::string_view w = at(i);
        if (w.size() < 3 || w.size() > 9 || w.front() < 'A' || w.front() > 'S') {
            return 0; // every month name is 3 to 9 letters and starts with A to S
        }
        // Only the months with the word's initial are compared: most capitalized words are
        // no month, and few months share an initial.
        for (std::uint32_t months = kMonthsByInitial[static_cast<std::size_t>(w.front() - 'A')];
             months != 0; months &= months - 1) {
            const int m = std::countr_zero(months);
            if (w == kMonths[static_cast<std::size_t>(m)]) {
                return m + 1;
            }
        }
        return 0;
    }
    // A plain integer token's value, or -1.
    long integer(std::size_t i) const {
        if (!is_number(i)) {
            return -1;
        }
        long value = 0;
        for (const char c : at(i)) {
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
            if (value > 1'000'000) {
                return -1;
            }
        }
        return value;
    }
    // "17th", "1st", "22nd", "3rd": the day number, or -1.
    long ordinal(std::size_t i) const {
        if (i >= tokens.size() || tokens[i].kind != text::TokenKind::word) {
            return -1;
        }
        const std::string_view w = at(i);
        std::size_t digits = 0;
        long value = 0;
        while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') {
            if (digits == 4) {
                return -1; // longer than any day or year: stop before the value overflows
            }
            value = value * 10 + (w[digits] - '0');
            ++digits;
        }
        const std::string_view suffix = w.substr(digits);
        if (digits == 0 || digits > 4 ||
            !(suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
            return -1;
        }
        return value;
    }
    long day(std::size_t i) const {
        long value = integer(i);
        if (value < 0) {
            value = ordinal(i);
        }
        return value >= 1 && value <= 31 && at(i).size() <= 4 ? value : -1;
    }
    long year(std::size_t i) const {
        const long value = integer(i);
        return at(i).size() == 4 && value >= 1000 && value <= 2999 ? value : -1;
    }
    std::string text(std::size_t first, std::size_t last) const {
        return std::string(
            sentence.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
    }
};

std::string two_digits(long value) {
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

std::string two_digits(std::string_view digits) {
    return digits.size() < 2 ? "0" + std::string(digits) : std::string(digits);
}

std::string without_commas(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c != ',') {
            out.push_back(c);
        }
    }
    return out;
}

long digits_value(std::string_view digits) {
    long value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// A number's value as compared: "1,400" and "1400" are 1400, "5.0" and "5" are 5, "5.50" is 5.5.
// A whole number, or one that is no plain decimal, keeps its digits as written, without commas.
std::string plain_value(std::string_view number) {
    if (number.find('.') == std::string_view::npos) {
        return without_commas(number); // "04" stays as written: no point, no trailing zeros
    }
    return scaled(number, 0).value_or(without_commas(number));
}

// A four-digit number that counts things rather than names a year: a plural noun right after it
// ("cut 1400 jobs", "hired 2000 nurses", "1900 people"), and no word before it that leads to a
// year ("in 2019 managers left", "the 2019 elections", "Marsh's 2019 targets").
bool counts_things(const Reader& r, std::size_t i) {
    static const std::vector<std::string_view> plurals = {"people", "staff",    "men",
                                                          "women",  "children", "personnel"};
    static const std::vector<std::string_view> to_a_year = {
        "in",     "since",   "by",     "until",  "till",    "from", "to",    "of",
        "during", "after",   "before", "around", "circa",   "the",  "early", "late",
        "mid",    "between", "and",    "or",     "through", "his",  "her",   "its",
        "their",  "our",     "my",     "your",   "this",    "that", "for",   "than",
        "spring", "summer",  "autumn", "winter", "fall"};
    if (i + 1 >= r.tokens.size() || r.tokens[i + 1].kind != text::TokenKind::word) {
        return false;
    }
    const std::string_view noun = r.at(i + 1);
    if (noun.empty() || noun.front() < 'a' || noun.front() > 'z') {
        return false;
    }
    const bool plural = (noun.size() > 3 && noun.ends_with("s") && !noun.ends_with("ss") &&
                         !noun.ends_with("us")) ||
                        std::find(plurals.begin(), plurals.end(), noun) != plurals.end();
    if (!plural) {
        return false;
    }
    if (i == 0) {
        return true;
    }
    const std::string_view before = r.at(i - 1);
    if (before.ends_with("'s") || before.ends_with("\xe2\x80\x99s")) {
        return false;
    }
    return std::none_of(to_a_year.begin(), to_a_year.end(),
                        [&](std::string_view w) { return r.is_word(i - 1, w); });
}

// A month name right after a word that leads to a time ("in March", "since October", "by early
// June", "last April"), with no verb after it that makes it a person ("after May resigned", "since
// May took office", "before June had"), and for the months that are also given names (April,
// May, June, August) no capitalized word after it ("in June Sarah left" may be June Sarah). Other
// months before a name stay dates, so a copy-edit that drops the comma of "In October, Reyes
// announced" changes no date.
bool after_time_word(const Reader& r, std::size_t i) {
    static const std::vector<std::string_view> time_words = {
        "in",   "since", "until", "till", "by",  "from",   "during", "through",
        "last", "next",  "early", "late", "mid", "before", "after"};
    static const std::vector<std::string_view> verbs = {
        "was",   "is",   "were", "are",   "had",    "has",  "have",   "said",  "says",
        "took",  "made", "won",  "lost",  "met",    "told", "became", "would", "will",
        "could", "can",  "may",  "might", "should", "must", "did",    "does",  "do"};
    if (std::none_of(time_words.begin(), time_words.end(),
                     [&](std::string_view w) { return r.is_word(i - 1, w); })) {
        return false;
    }
    if (i + 1 < r.tokens.size() && r.tokens[i + 1].kind == text::TokenKind::word) {
        const std::string_view next = r.at(i + 1);
        const int month = r.month(i);
        const bool given_name = month == 4 || month == 5 || month == 6 || month == 8;
        if (given_name && !next.empty() && next.front() >= 'A' && next.front() <= 'Z') {
            return false;
        }
        if (next.ends_with("ed") ||
            std::any_of(verbs.begin(), verbs.end(),
                        [&](std::string_view v) { return r.is_word(i + 1, v); })) {
            return false;
        }
    }
    return true;
}

// A quantity found at a token, before it is added.
struct Match {
    QuantityKind kind = QuantityKind::number;
    std::size_t first = 0;
    std::size_t last = 0;
    std::string value;
};

// Three numbers written as one date, kept in the order written: "03/04/2022" ("03/04/2022"),
// "3.4.2022" ("03/04/2022"), "3/4/22" ("03/04/22"), and year first "2022-04-03" (2022-04-03,
// like "3 April 2022"). Day and month are never told apart: that would be a guess.
std::optional<Match> numeric_date(const Reader& r, std::size_t i) {
    std::array<std::string_view, 3> parts;
    std::string_view separator;
    std::size_t last = i;
    if (const std::string_view w = r.at(i); r.is_number(i) &&
                                            std::count(w.begin(), w.end(), '.') == 2 &&
                                            w.find_first_of(",%") == std::string_view::npos) {
        // "03.04.2022" is one number token
        const std::size_t a = w.find('.');
        const std::size_t b = w.find('.', a + 1);
        parts = {w.substr(0, a), w.substr(a + 1, b - a - 1), w.substr(b + 1)};
        separator = ".";
    } else if (r.is_digits(i) && r.glued(i) && r.glued(i + 1) && r.glued(i + 2) && r.glued(i + 3) &&
               (r.at(i + 1) == "/" || r.at(i + 1) == "-") && r.at(i + 3) == r.at(i + 1) &&
               r.is_digits(i + 2) && r.is_digits(i + 4)) {
        parts = {r.at(i), r.at(i + 2), r.at(i + 4)};
        separator = r.at(i + 1);
        last = i + 4;
    } else {
        return std::nullopt;
    }
    for (const auto part : parts) {
        if (!all_digits(part)) {
            return std::nullopt;
        }
    }
    if (r.chained_before(i) || r.chained_after(last)) {
        return std::nullopt; // part of something longer: "1/2/3/4"
    }
    const auto in = [](std::string_view part, long low, long high) {
        const long v = part.size() <= 4 ? digits_value(part) : -1;
        return v >= low && v <= high;
    };
    const auto [a, b, c] = parts;
    if (a.size() == 4 && in(a, 1000, 2999) && separator != "." && b.size() <= 2 && c.size() <= 2 &&
        in(b, 1, 12) && in(c, 1, 31)) {
        return Match{QuantityKind::date, i, last,
                     std::string(a) + "-" + two_digits(b) + "-" + two_digits(c)};
    }
    const bool year = (c.size() == 4 && in(c, 1000, 2999)) || (c.size() == 2 && separator == "/");
    if (a.size() <= 2 && b.size() <= 2 && in(a, 1, 31) && in(b, 1, 31) &&
        (in(a, 1, 12) || in(b, 1, 12)) && year) {
        return Match{QuantityKind::date, i, last,
                     two_digits(a) + "/" + two_digits(b) + "/" + std::string(c)};
    }
    return std::nullopt;
}

// A span of years written as one: "2020-21", "2023/24", "1999–2000", "1939-45": value
// "2020-2021". A two-digit end is in the start's century, or the next one within ten years
// ("1998-02" is 1998-2002; "2022-04" is no span).
std::optional<Match> year_range(const Reader& r, std::size_t i) {
    const long start = r.year(i);
    if (start < 0 || !r.glued(i) || !r.glued(i + 1) ||
        !(r.at(i + 1) == "-" || r.at(i + 1) == "/" || r.at(i + 1) == "–") || !r.is_digits(i + 2)) {
        return std::nullopt;
    }
    if (r.chained_before(i) || r.chained_after(i + 2)) {
        return std::nullopt; // part of something longer: "1/2020-21", "2020-21-22"
    }
    const std::string_view written = r.at(i + 2);
    long end = -1;
    if (written.size() == 4) {
        end = r.year(i + 2);
    } else if (written.size() == 2) {
        end = start / 100 * 100 + digits_value(written);
        if (end <= start) {
            end += 100;
            if (end - start > 10) {
                return std::nullopt;
            }
        }
    }
    if (end <= start) {
        return std::nullopt;
    }
    return Match{QuantityKind::year, i, i + 2, std::to_string(start) + "-" + std::to_string(end)};
}

// Two whole numbers joined by a hyphen or a dash with no space, neither of them a year: one
// value, a score or a range ("a 3-1 defeat", "beat them 2–1", "aged 18-24": "3-1"), so that a
// score changed is one number changed and a score kept is none (task s3). A year first is a span
// of years (year_range) or a year and a number ("2022-04"); a chain of three is something else
// ("4-4-2"). A stop, a comma and the other marks that close a clause may follow with no space
// ("won 1-0.", "a 2-0 win, and"; task t2): glued to anything else ("3-4m") it is no score.
std::optional<Match> score_or_range(const Reader& r, std::size_t i) {
    if (!r.is_digits(i) || r.year(i) >= 0 || !r.glued(i) || !r.glued(i + 1) ||
        !(r.at(i + 1) == "-" || r.at(i + 1) == "–") || !r.is_digits(i + 2) || r.year(i + 2) >= 0) {
        return std::nullopt;
    }
    if (r.chained_before(i) || r.chained_after(i + 2)) {
        return std::nullopt;
    }
    // A range of amounts is left to the amount reader: "£3-4", "3-4 million", "20-30 per cent".
    static const std::array<std::string_view, 8> scales = {
        "million", "billion", "trillion", "thousand", "bn", "per", "percent", "m"};
    const auto closes_a_clause = [&](std::size_t k) {
        static constexpr std::string_view marks[] = {".", ",", ";", ":", ")", "!", "?", "\"", "”"};
        return std::find(std::begin(marks), std::end(marks), r.at(k)) != std::end(marks);
    };
    if ((i > 0 && r.glued(i - 1)) || (r.glued(i + 2) && !closes_a_clause(i + 3)) ||
        std::any_of(scales.begin(), scales.end(),
                    [&](std::string_view scale) { return r.is_word(i + 3, scale); })) {
        return std::nullopt;
    }
    return Match{QuantityKind::number, i, i + 2,
                 std::string(r.at(i)) + "-" + std::string(r.at(i + 2))};
}

// Author-year citations: "(Smith 2019)", "(Smith and Jones, 2019, p. 4)", "(Okafor et al. 2003;
// Lee 2004a)", "(see Smith 2019: 45)", and a name before a year in parentheses that a verb or a
// comma follows, "Smith (2019) argues", "Smith et al. (2019a), ...". Their years and pages name a
// source, not a number of the text: they are marked used and read as no quantity. A month or a
// season is no author ("(March 2019)"), a span is no year of a source ("Berg (1921–1990)"), and a
// name after an article or a preposition is a place or an event ("the Congress of Vienna (1815)
// was", "in Smith (2019)").
class Citations {
public:
    explicit Citations(const Reader& r) : r_(r) {}

    void mark(std::vector<bool>& used) const {
        for (std::size_t open = 0; open < r_.tokens.size(); ++open) {
            if (r_.at(open) != "(") {
                continue;
            }
            std::size_t close = open + 1;
            while (close < r_.tokens.size() && close - open <= 60 && r_.at(close) != ")" &&
                   r_.at(close) != "(") {
                ++close;
            }
            if (close >= r_.tokens.size() || r_.at(close) != ")") {
                continue;
            }
            if (references(open + 1, close) || narrative(open, close)) {
                for (std::size_t k = open; k <= close; ++k) {
                    used[k] = true;
                }
            }
        }
    }

private:
    static bool is_month_or_season(std::string_view w) {
        static constexpr std::string_view names[] = {
            "January",   "February", "March",    "April",    "May",    "June",   "July",   "August",
            "September", "October",  "November", "December", "Spring", "Summer", "Autumn", "Fall",
            "Winter",    "Sept",     "Jan",      "Feb",      "Mar",    "Apr",    "Jun",    "Jul",
            "Aug",       "Sep",      "Oct",      "Nov",      "Dec"};
        return std::find(std::begin(names), std::end(names), w) != std::end(names);
    }
    // A word of an author's name: capitalized (not a month), a particle, "and", "&", "et al.".
    bool author_word(std::size_t i, bool& named) const {
        static constexpr std::string_view joins[] = {"and", "&",   "et", "al",  ".",   ",",
                                                     "van", "von", "de", "der", "den", "la",
                                                     "le",  "du",  "da", "di",  "dos", "del"};
        const std::string_view w = r_.at(i);
        if (r_.tokens[i].kind == text::TokenKind::word && is_capital(w.front()) &&
            !is_month_or_season(w)) {
            named = true;
            return true;
        }
        return std::find(std::begin(joins), std::end(joins), w) != std::end(joins);
    }
    // "2019" or "2019a".
    bool source_year(std::size_t i) const {
        if (r_.year(i) > 0) {
            return true;
        }
        const std::string_view w = r_.at(i);
        return r_.is_numeric_word(i) && w.size() == 5 && all_digits(w.substr(0, 4)) &&
               w[4] >= 'a' && w[4] <= 'z' && digits_value(w.substr(0, 4)) >= 1000 &&
               digits_value(w.substr(0, 4)) <= 2999;
    }
    // Years and a locator from `i` to `end`: "2019", "2019, 2021", "2019, p. 4", "2019: 45-7".
    bool years_and_locator(std::size_t i, std::size_t end) const {
        if (i >= end || !source_year(i)) {
            return false;
        }
        ++i;
        while (i + 1 < end && r_.at(i) == "," && source_year(i + 1) &&
               (i + 2 == end || r_.at(i + 2) == "," || r_.at(i + 2) == ";")) {
            i += 2;
        }
        if (i == end) {
            return true;
        }
        if (r_.at(i) != "," && r_.at(i) != ":") {
            return false;
        }
        static constexpr std::string_view locators[] = {
            "p", "pp", "ch",  "chap", "chapter", "para", "fig", "f", "ff",
            "n", "nn", "vol", ".",    ",",       "-",    "–",   "—"};
        for (++i; i < end; ++i) {
            if (!r_.is_number(i) && std::find(std::begin(locators), std::end(locators), r_.at(i)) ==
                                        std::end(locators)) {
                return false;
            }
        }
        return true;
    }
    // One or more references between `begin` and `end`, separated by semicolons.
    bool references(std::size_t begin, std::size_t end) const {
        if (begin >= end) {
            return false;
        }
        static constexpr std::string_view prefixes[] = {"see",     "also", "e.g", "cf",
                                                        "compare", "e",    "g",   "."};
        std::size_t start = begin;
        while (start < end) {
            std::size_t stop = start;
            while (stop < end && r_.at(stop) != ";") {
                ++stop;
            }
            std::size_t i = start;
            while (i < stop && std::find(std::begin(prefixes), std::end(prefixes), r_.at(i)) !=
                                   std::end(prefixes)) {
                ++i;
            }
            bool named = false;
            while (i < stop && !source_year(i) && author_word(i, named)) {
                ++i;
            }
            if (!named || !years_and_locator(i, stop)) {
                return false;
            }
            start = stop + 1;
        }
        return true;
    }
    // "Smith (2019) argues", "Smith and Jones (2019),", "Smith et al. (2019a) found".
    bool narrative(std::size_t open, std::size_t close) const {
        if (open == 0 || !years_and_locator(open + 1, close)) {
            return false;
        }
        const bool followed =
            close + 1 < r_.tokens.size() &&
            (r_.at(close + 1) == "," || (r_.tokens[close + 1].kind == text::TokenKind::word &&
                                         !is_capital(r_.at(close + 1).front())));
        if (!followed) {
            return false;
        }
        std::size_t first = open;
        bool named = false;
        while (first > 0 && open - first < 8 && r_.at(first - 1) != "," &&
               author_word(first - 1, named)) {
            --first;
        }
        named = false;
        for (std::size_t k = first; k < open; ++k) {
            bool capital = false;
            author_word(k, capital);
            named = named || (capital && r_.at(k) != "." && r_.at(k) != ",");
        }
        if (!named || first == open) {
            return false;
        }
        static constexpr std::string_view leads[] = {
            "the",    "of",    "in",   "at",   "on",     "by",     "from",   "to",
            "for",    "with",  "a",    "an",   "during", "since",  "until",  "after",
            "before", "under", "into", "near", "over",   "across", "between"};
        if (first > 0) {
            const std::string_view before = r_.at(first - 1);
            for (const auto lead : leads) {
                if (equals_lower(before, lead)) {
                    return false;
                }
            }
        }
        // A capitalized first word alone opening the sentence ("In (2019) ...") is no author.
        return !(first == 0 && open == 1 && equals_lower(r_.at(0), "in"));
    }

    const Reader& r_;
};

// A span of years in words: "between 1914 and 1918", "from 1914 to 1918" (also *until*, *till*,
// *through*), value "1914-1918" like "1914-18": the same span written another way. `i` is the
// word before the first year. Not when the end is no later than the start ("between 1918 and
// 1914"), nor when either year is glued to more ("from 1914 to 1918-19").
std::optional<Match> worded_year_range(const Reader& r, const std::vector<bool>& used,
                                       std::size_t i) {
    const bool between = r.is_word(i, "between");
    if (!between && !r.is_word(i, "from")) {
        return std::nullopt;
    }
    const std::size_t a = i + 1;
    const std::size_t b = i + 3;
    if (b >= r.tokens.size() || used[a] || used[b] || r.year(a) < 0 || r.year(b) < 0 ||
        r.year(b) <= r.year(a)) {
        return std::nullopt;
    }
    const bool joined = between ? r.is_word(i + 2, "and")
                                : r.is_word(i + 2, "to") || r.is_word(i + 2, "until") ||
                                      r.is_word(i + 2, "till") || r.is_word(i + 2, "through");
    if (!joined || r.chained_before(a) || r.chained_after(a) || r.chained_after(b)) {
        return std::nullopt;
    }
    return Match{QuantityKind::year, i, b,
                 std::to_string(r.year(a)) + "-" + std::to_string(r.year(b))};
}

// A decade: "1990s", "1990's" (value "1990s"), "the '90s" (value "'90s": the century is not
// written, and is not guessed). "1000s" is thousands, not a decade.
std::optional<Match> decade(const Reader& r, std::size_t i) {
    if (!r.is_numeric_word(i)) {
        return std::nullopt;
    }
    const auto [number, rest] = split_number(r.at(i));
    if (!(rest == "s" || rest == "'s" || rest == "’s") || !all_digits(number) ||
        number.back() != '0') {
        return std::nullopt;
    }
    if (number.size() == 4 && digits_value(number) >= 1100 && digits_value(number) <= 2990) {
        return Match{QuantityKind::year, i, i, std::string(number) + "s"};
    }
    if (number.size() == 2 && i >= 1 && r.glued(i - 1) &&
        (r.at(i - 1) == "'" || r.at(i - 1) == "’" || r.at(i - 1) == "‘")) {
        return Match{QuantityKind::year, i - 1, i, "'" + std::string(number) + "s"};
    }
    return std::nullopt;
}

// An amount of money or a number with a scale: "$1.2 billion", "£300m", "€2.5tn", "US$5bn",
// "EUR 40 million", "6 billion euros", "300 €", "1.2 million". Money has the value
// "CODE DIGITS" ("USD 1200000000"), a scaled number the digits ("1200000000"); so "$1.2bn" and
// "$1.2 billion" are equal. None for a number with neither currency nor scale.
// A count in words before a unit of polls and shares, found at its unit (token `unit`): "up
// three points", "one percentage point", "two percentage points" (numbers), "five per cent",
// "ten percent" (percent). A singular "point" only after "percentage": "at one point she said"
// is a time, no count. Before a plural unit of time, in lower case, a count too (task s2,
// seventeenth session): "every four days", "Nine weeks later", so that a copy-edit of "4 days"
// to "four days" changes no number and "eight weeks" -> "nine weeks" is one changed. Other
// counts in words ("two of them", "four laboratories") are not read: "one" and "a" name no
// number often enough, and a count before any noun would need a look at every word; nor is the
// compound "a three-point lead", which only a look at every hyphen would find
// (docs/assessment.md, Known limits).
// A place in a table in words: the ordinal at token `place` read as "2nd", "11th", the value
// "2nd" in figures has, so that "second" -> "third" is a number changed and "second" -> "2nd"
// none.
std::optional<Match> worded_place(const Reader& r, std::size_t place) {
    static constexpr std::array<std::string_view, 20> kOrdinals = {
        "first",     "second",      "third",      "fourth",     "fifth",
        "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
        "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    const auto found = std::find(kOrdinals.begin(), kOrdinals.end(), r.at(place));
    if (found == kOrdinals.end() || r.tokens[place].kind != text::TokenKind::word) {
        return std::nullopt;
    }
    const auto n = static_cast<int>(found - kOrdinals.begin()) + 1;
    const char* const suffix = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
    return Match{QuantityKind::number, place, place, std::to_string(n) + suffix};
}

// A place in a table in words after a move "up to" or "down to" (task t2): "up to second",
// "down to eleventh". Found at "up" or "down" (token `move`), rarer words than "to". So, since
// task u3 of the nineteenth session, an ordinal right after *finish* ("finished seventh") or
// right before *place* ("in seventh place"; not "in the first place", which orders an argument).
// Other ordinals in words ("a second term", "the third time") are no place.
std::optional<Match> table_place(const Reader& r, std::size_t move) {
    if (!r.is_word(move + 1, "to")) {
        return std::nullopt;
    }
    return worded_place(r, move + 2);
}

std::optional<Match> worded_count(const Reader& r, std::size_t unit) {
    const auto counted = [&](std::size_t word) {
        return word < unit && r.tokens[word].kind == text::TokenKind::word ? number_word(r.at(word))
                                                                           : 0;
    };
    if (unit == 0) {
        return std::nullopt;
    }
    if (r.is_word(unit, "up") || r.is_word(unit, "down")) {
        return table_place(r, unit);
    }
    if (r.is_word(unit, "finish") || r.is_word(unit, "finished") || r.is_word(unit, "finishes")) {
        return unit + 1 < r.tokens.size() ? worded_place(r, unit + 1) : std::nullopt;
    }
    if (r.is_word(unit, "place")) {
        return unit >= 2 && r.is_word(unit - 2, "the") ? std::nullopt : worded_place(r, unit - 1);
    }
    if (r.is_word(unit, "points") || r.is_word(unit, "point")) {
        const bool percentage = r.is_word(unit - 1, "percentage");
        if (!percentage && r.is_word(unit, "point")) {
            return std::nullopt;
        }
        const std::size_t word = percentage ? unit - 2 : unit - 1;
        const int n = unit >= 2 || !percentage ? counted(word) : 0;
        if (n == 0) {
            return std::nullopt;
        }
        return Match{QuantityKind::number, word, unit, std::to_string(n)};
    }
    const bool per_cent = r.is_word(unit, "per") && r.is_word(unit + 1, "cent");
    if (r.is_word(unit, "percent") || per_cent) {
        const int n = counted(unit - 1);
        if (n == 0) {
            return std::nullopt;
        }
        return Match{QuantityKind::percent, unit - 1, per_cent ? unit + 1 : unit,
                     std::to_string(n) + "%"};
    }
    // The plural units of time, and those of a sports table and a record (task t2): "six goals",
    // "five games unbeaten", "four wins in five matches", so that "six goals" -> "five goals" is
    // a number changed and "two defeats" -> "2 defeats" none.
    static constexpr std::array<std::string_view, 13> kTimeUnits = {
        "days",  "weeks", "months",  "years", "hours",   "minutes", "decades",
        "goals", "games", "matches", "wins",  "defeats", "draws"};
    const std::string_view word = r.at(unit);
    if (std::find(kTimeUnits.begin(), kTimeUnits.end(), word) != kTimeUnits.end()) {
        const int n = counted(unit - 1);
        if (n == 0) {
            return std::nullopt;
        }
        return Match{QuantityKind::number, unit - 1, unit, std::to_string(n)};
    }
    return std::nullopt;
}

// The sizes, as bits (bit n for n bytes), of the units worded_count reads by their first byte,
// indexed from 'A': "per", "point", "points", "percent" in either case; "days", "decades",
// "hours", "minutes", "months", "weeks", "years", and "goals", "games", "matches", "wins",
// "defeats", "draws" in lower case, and "up", "down" (of a place in a table, table_place),
// "place" and "finish", "finished", "finishes" (worded_place). Most
// words with such an initial ("was", "with", "his", "more") have another size and are passed on
// this test.
constexpr std::array<std::uint16_t, 64> kUnitSizes = [] {
    std::array<std::uint16_t, 64> sizes{};
    const auto bits = [](std::initializer_list<int> list) {
        std::uint16_t b = 0;
        for (const int n : list) {
            b = static_cast<std::uint16_t>(b | 1U << n);
        }
        return b;
    };
    sizes['P' - 'A'] = sizes['p' - 'A'] = bits({3, 5, 6, 7});
    sizes['d' - 'A'] = bits({4, 5, 7});
    sizes['u' - 'A'] = bits({2});
    sizes['f' - 'A'] = bits({6, 8});
    sizes['g' - 'A'] = bits({5});
    sizes['m' - 'A'] = bits({6, 7});
    sizes['w' - 'A'] = bits({4, 5});
    sizes['h' - 'A'] = sizes['y' - 'A'] = bits({5});
    return sizes;
}();

// The initials, as bits from 'A' (bit c - 'A' for the byte c), of a month (capitals) or of a
// unit worded_count reads: a token whose first byte is none is passed on one test.
constexpr std::uint64_t kMonthOrUnitInitials = [] {
    std::uint64_t bits = kMonthInitials;
    for (std::size_t c = 0; c < kUnitSizes.size(); ++c) {
        if (kUnitSizes[c] != 0) {
            bits |= std::uint64_t{1} << c;
        }
    }
    return bits;
}();

// Whether token i, whose first byte is an initial of kMonthOrUnitInitials, may be a unit
// worded_count reads, by its size and first two bytes: asked of the tokens with such an
// initial, most of them other words ("people", "power", "party", "which", "would"). Always
// inline: asked of many tokens, and out of line its call cost more than its work.
[[gnu::always_inline]] inline bool may_be_worded_unit(const Reader& r, std::size_t i) {
    const std::size_t size = r.tokens[i].end - r.tokens[i].begin;
    const char* const w = r.sentence.data() + r.tokens[i].begin;
    const unsigned initial = static_cast<unsigned char>(w[0]) - 'A';
    if (size > 8 || (kUnitSizes[initial] >> size & 1U) == 0) {
        return false;
    }
    const char second = static_cast<char>(w[1] | 0x20); // every unit has two bytes or more
    switch (w[0]) {
    case 'p':
    case 'P':
        return ((size == 3 || size == 7) && second == 'e') ||
               ((size == 5 || size == 6) && second == 'o') || (size == 5 && second == 'l');
    case 'd': // days, down (not "does"), draws, decades, defeats
        return (size == 4 && (second == 'a' || (second == 'o' && w[2] == 'w'))) ||
               (size == 5 && second == 'r' && w[2] == 'a') || (size == 7 && second == 'e');
    case 'g': // goals, games (not "going", "great")
        return (second == 'o' && w[2] == 'a') || (second == 'a' && w[2] == 'm');
    case 'm': // months, minutes, matches (not "managed", "markets")
        return (size == 6 && second == 'o') ||
               (size == 7 && (second == 'i' || (second == 'a' && w[2] == 't' && w[3] == 'c')));
    case 'h': // hours
        return second == 'o';
    case 'u': // up
        return second == 'p';
    case 'f': // finish, finished, finishes (not "failed", "forced")
        return second == 'i' && w[2] == 'n';
    case 'w': // wins (not "with"), weeks
        return (size == 4 && second == 'i' && w[2] == 'n') || (size == 5 && second == 'e');
    default: // years
        return second == 'e';
    }
}

// A number token that carries a percent: "38%", "38 percent", "38 per cent".
bool is_percent(const Reader& r, std::size_t i) {
    return r.is_number(i) && (r.at(i).ends_with("%") || r.is_word(i + 1, "percent") ||
                              (r.is_word(i + 1, "per") && r.is_word(i + 2, "cent")));
}

// The first number of a range whose second number carries the percent for both: "from 35 to 38
// per cent", "between 35 and 40 percent", "35-38%", "35–38 per cent", "35 – 38 per cent" (the
// dash spaced or not). Without "from" the "to" may be a change's result ("rose by 2 to 38%": 2
// points, not a share), so it is not read.
bool opens_a_percent_range(const Reader& r, std::size_t i) {
    if (i >= 1 && ((r.is_word(i - 1, "from") && r.is_word(i + 1, "to")) ||
                   (r.is_word(i - 1, "between") && r.is_word(i + 1, "and")))) {
        return is_percent(r, i + 2);
    }
    return (r.at(i + 1) == "-" || r.at(i + 1) == "–") && is_percent(r, i + 2);
}

// A number glued by a hyphen to the word of what it counts: "a 5-point lead", "a 10-year plan",
// "a 2.5-point gain" (the number). A scale ("1.2-billion") is an amount's, and an ordinal or a
// decade with a word ("14th-century", "1990s-style") is none.
std::optional<Match> number_with_unit(const Reader& r, std::size_t i) {
    const auto [number, rest] = split_number(r.at(i));
    if (number.empty() || rest.size() < 3 || rest.front() != '-' ||
        !std::all_of(rest.begin() + 1, rest.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) {
        return std::nullopt;
    }
    return Match{QuantityKind::number, i, i, plain_value(number)};
}

std::optional<Match> amount(const Reader& r, const std::vector<bool>& used, std::size_t i) {
    std::string_view number;
    std::string_view glued_scale;
    if (r.is_number(i)) {
        number = r.at(i);
        if (number.ends_with("%")) {
            return std::nullopt;
        }
    } else if (r.is_numeric_word(i)) {
        std::tie(number, glued_scale) = split_number(r.at(i));
        if (number.empty()) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    std::size_t first = i;
    std::size_t last = i;
    std::string currency;
    // The currency before: a sign ("$", "£ "), with letters glued before it ("US$"), or a code.
    if (i >= 1 && !used[i - 1]) {
        if (const auto sign = sign_currency(r.at(i - 1)); !sign.empty()) {
            currency = std::string(sign);
            first = i - 1;
            const std::string_view letters = i >= 2 ? r.at(i - 2) : std::string_view();
            if (!letters.empty() && letters.size() <= 3 && !used[i - 2] && r.glued(i - 2) &&
                std::all_of(letters.begin(), letters.end(), is_capital)) {
                const std::string written = std::string(letters) + std::string(r.at(i - 1));
                currency = written;
                for (const auto& p : kSignPrefixes) {
                    if (written == p.name) {
                        currency = std::string(p.code);
                    }
                }
                first = i - 2;
            }
        } else if (const auto code = currency_code(r.at(i - 1)); !code.empty()) {
            currency = std::string(code);
            first = i - 1;
        }
    }
    // The scale: glued ("300m", "1.2-billion") or the next word ("1.2 billion").
    int zeros = 0;
    bool letter_scale = false;
    std::string_view after_scale; // a currency word hyphenated to the scale: "billion-euro"
    if (!glued_scale.empty()) {
        if (glued_scale.front() == '-') {
            zeros = full_scale_of(glued_scale.substr(1));
        } else {
            zeros = scale_of(glued_scale, false);
            if (zeros < 0) {
                zeros = scale_of(glued_scale, true);
                letter_scale = zeros >= 0;
            }
        }
        if (zeros < 0) {
            return std::nullopt; // "14th", "1990s", "25bp"
        }
    } else if (i + 1 < r.tokens.size() && !used[i + 1] &&
               r.tokens[i + 1].kind == text::TokenKind::word) {
        std::string_view word = r.at(i + 1);
        const std::size_t hyphen = word.find('-');
        if (hyphen != std::string_view::npos) {
            after_scale = word.substr(hyphen + 1);
            word = word.substr(0, hyphen);
        }
        if (const int z = scale_of(word, false); z >= 0) {
            zeros = z;
            last = i + 1;
            if (!after_scale.empty() && currency.empty()) {
                currency = std::string(currency_word(after_scale));
            }
        }
    }
    // The currency after: "300 €", "5 million USD", "6 billion euros"; not after "in" and a
    // bare year ("in 2010 dollars": prices of that year).
    const bool in_year = last == i && r.year(i) > 0 && i >= 1 && r.is_word(i - 1, "in");
    if (currency.empty() && last + 1 < r.tokens.size() && !used[last + 1] && !in_year) {
        const std::string_view next = r.at(last + 1);
        std::string_view found = sign_currency(next);
        if (found.empty()) {
            found = currency_code(next);
        }
        if (found.empty()) {
            found = currency_word(next);
        }
        if (!found.empty()) {
            currency = std::string(found);
            last = last + 1;
        }
    }
    if ((currency.empty() && zeros == 0) || (currency.empty() && letter_scale)) {
        return std::nullopt;
    }
    auto value = scaled(number, zeros);
    if (!value) {
        return std::nullopt;
    }
    if (currency.empty()) {
        return Match{QuantityKind::number, first, last, std::move(*value)};
    }
    return Match{QuantityKind::money, first, last, currency + " " + *value};
}

} // namespace

// Whether `s` may hold a footnote marker, as text::footnote_markers reads one: a '[' or a
// superscript digit (¹ ² ³ are 0xC2 then 0xB2, 0xB3 or 0xB9; ⁰ and ⁴ to ⁹ 0xE2 0x81 then a third
// byte). memchr finds none in most sentences faster than that scan passes over their bytes. The
// byte after a lead byte is asked too: 0xE2 also opens every curly quote and dash (0xE2 0x80), in
// most sentences of edited prose, which sent them all through the scan.
bool may_hold_footnote_marker(std::string_view s) {
    if (std::memchr(s.data(), '[', s.size()) != nullptr) {
        return true;
    }
    const char* const end = s.data() + s.size();
    for (const unsigned char lead : {0xC2, 0xE2}) {
        for (const char* at = s.data();
             (at = static_cast<const char*>(
                  std::memchr(at, lead, static_cast<std::size_t>(end - at)))) != nullptr;
             ++at) {
            const unsigned next = at + 1 < end ? static_cast<unsigned char>(at[1]) : 0;
            if (lead == 0xC2 ? next == 0xB2 || next == 0xB3 || next == 0xB9 : next == 0x81) {
                return true;
            }
        }
    }
    return false;
}

std::string_view to_string(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::number:
        return "number";
    case QuantityKind::percent:
        return "percent";
    case QuantityKind::ratio:
        return "ratio";
    case QuantityKind::year:
        return "year";
    case QuantityKind::date:
        return "date";
    case QuantityKind::money:
        return "money";
    }
    return "number";
}

std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& sentence_tokens) {
    QuantityScratch scratch;
    return find_quantities(sentence, sentence_tokens, scratch);
}

std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& sentence_tokens,
                                      QuantityScratch& scratch) {
    // Every quantity has a digit in it ("July 2014", "$1.2bn", "2 percent", "17th"): most
    // sentences have none, and a scan for one is much cheaper than the word-by-word search.
    std::vector<Quantity> found;
    const Reader r{sentence, sentence_tokens};
    const std::span<const text::Token> tokens = r.tokens;
    const auto add_worded_count = [&](std::size_t i) {
        if (auto m = worded_count(r, i)) {
            found.push_back({m->kind, r.text(m->first, m->last), std::move(m->value),
                             tokens[m->first].begin, tokens[m->last].end});
        }
    };
    const auto may_open_a_month_or_unit = [&](std::size_t i) {
        const unsigned initial = static_cast<unsigned char>(sentence[tokens[i].begin]) - 'A';
        return initial < 64 && (kMonthOrUnitInitials >> initial & 1U) != 0;
    };
    if (!has_digit(sentence)) {
        // Without a digit, only a month named after a word of time ("sacked in March") or a
        // count in words before a unit of polls or time ("up three points", "four days"): a token
        // whose first letter no month or unit has is passed on that byte alone.
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            if (!may_open_a_month_or_unit(i)) {
                continue;
            }
            if (may_be_worded_unit(r, i)) {
                add_worded_count(i);
                continue;
            }
            if (!r.may_be_month(i)) {
                continue;
            }
            if (const int month = r.month(i); month > 0 && after_time_word(r, i)) {
                found.push_back({QuantityKind::date, std::string(r.at(i)), "--" + two_digits(month),
                                 tokens[i].begin, tokens[i].end});
            }
        }
        return found;
    }
    std::vector<bool>& used = scratch.used;
    used.assign(tokens.size(), false);
    // The tokens that start with a digit, in order: only there (or right before one) can a
    // year span, a glued number, a decade, an amount or a number start.
    std::vector<std::uint32_t>& digit_tokens = scratch.digit_tokens;
    digit_tokens.clear();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (is_digit(sentence[tokens[i].begin])) {
            digit_tokens.push_back(static_cast<std::uint32_t>(i));
        }
    }
    // Footnote markers ("[^1]", "administrator.[2]", "¹") are no numbers of the text: renumbering
    // footnotes changes no quantity.
    std::size_t token = 0;
    for (const auto& marker : may_hold_footnote_marker(sentence)
                                  ? text::footnote_markers(sentence)
                                  : std::vector<text::MarkerSpan>()) {
        while (token < tokens.size() && tokens[token].begin < marker.begin) {
            ++token;
        }
        for (; token < tokens.size() && tokens[token].end <= marker.end; ++token) {
            used[token] = true;
        }
    }
    // Author-year citations name a source: "(Smith 2019)" -> "(Smith 2020)" is a rewording.
    // Every citation has a parenthesis; most sentences with a number have none.
    if (sentence.find('(') != std::string_view::npos) {
        Citations(r).mark(used);
    }
    auto add = [&](QuantityKind kind, std::size_t first, std::size_t last, std::string value) {
        for (std::size_t i = first; i <= last; ++i) {
            used[i] = true;
        }
        found.push_back(
            {kind, r.text(first, last), std::move(value), tokens[first].begin, tokens[last].end});
    };
    auto add_match = [&](Match&& m) { add(m.kind, m.first, m.last, std::move(m.value)); };

    // Dates first, anchored on the month name, so that "July 2014" is one date (never
    // "July 20") and "17th of July 2014" keeps its day.
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!may_open_a_month_or_unit(i)) {
            continue;
        }
        if (may_be_worded_unit(r, i)) {
            add_worded_count(i); // "up three points"
            continue;
        }
        const int month = r.may_be_month(i) ? r.month(i) : 0;
        if (month == 0) {
            continue;
        }
        std::size_t first = i;
        std::size_t last = i;
        long day = -1;
        long year = -1;
        if (i >= 1 && !used[i - 1] && r.day(i - 1) > 0) {
            day = r.day(i - 1);
            first = i - 1;
        } else if (i >= 2 && r.is_word(i - 1, "of") && !used[i - 2] && r.day(i - 2) > 0) {
            day = r.day(i - 2);
            first = i - 2;
            if (i >= 3 && r.is_word(i - 3, "the")) {
                first = i - 3;
            }
        }
        if (r.year(i + 1) > 0) {
            year = r.year(i + 1);
            last = i + 1;
        } else if (day < 0 && r.day(i + 1) > 0) {
            day = r.day(i + 1);
            last = i + 1;
            if (r.at(i + 2) == "," && r.year(i + 3) > 0) {
                year = r.year(i + 3);
                last = i + 3;
            } else if (r.year(i + 2) > 0) {
                year = r.year(i + 2);
                last = i + 2;
            }
        }
        // "May" alone is as likely a verb as a month, and "April" a given name; after a
        // preposition of time ("sacked in March", "since October", "by early June") it is the
        // month, of an unnamed year.
        if (day < 0 && year < 0 && !(i >= 1 && after_time_word(r, i))) {
            continue;
        }
        std::string value = year > 0 ? std::to_string(year) : std::string("-");
        value += "-" + two_digits(month);
        if (day > 0) {
            value += "-" + two_digits(day);
        }
        add(QuantityKind::date, first, last, std::move(value));
    }

    // A quarter or half of a year, as business writing dates results: "Q3 2024" (2024-Q3),
    // "H1 2023" (2023-H1), so that "Q3 2024" -> "Q4 2024" is a date changed.
    for (const std::uint32_t year : digit_tokens) {
        if (year == 0) {
            continue;
        }
        const std::size_t i = year - 1;
        const std::string_view w = r.at(i);
        const bool quarter =
            w.size() == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4';
        const bool half =
            w.size() == 2 && (w[0] == 'H' || w[0] == 'h') && (w[1] == '1' || w[1] == '2');
        if (!(quarter || half) || used[i] || used[year] || r.year(year) < 0) {
            continue;
        }
        add(QuantityKind::date, i, year,
            std::to_string(r.year(year)) + "-" + static_cast<char>(quarter ? 'Q' : 'H') + w[1]);
    }

    // Spans of years in words: "between 1914 and 1918", "from 1914 to 1918", the word before a
    // year.
    for (const std::uint32_t year : digit_tokens) {
        const std::size_t i = year - 1;
        if (year == 0 || i + 3 >= tokens.size()) {
            continue;
        }
        if (auto m = worded_year_range(r, used, i)) {
            add_match(std::move(*m));
        }
    }

    // Numbers glued by separators into one quantity: "03/04/2022", "2020-21"; each of its numbers
    // is ASCII digits.
    for (const std::size_t i : digit_tokens) {
        if (used[i] || !r.is_number(i)) {
            continue;
        }
        if (auto m = numeric_date(r, i)) {
            add_match(std::move(*m));
        } else if (auto range = year_range(r, i)) {
            add_match(std::move(*range));
        } else if (auto score = score_or_range(r, i)) {
            add_match(std::move(*score));
        }
    }

    for (const std::size_t i : digit_tokens) {
        // Decades, amounts, numbers and ordinals all start with a digit ("1990s", "300m",
        // "2.5", "17th"); a currency sign before one is read from the number.
        if (used[i]) {
            continue;
        }
        if (auto m = decade(r, i)) {
            add_match(std::move(*m));
            continue;
        }
        if (auto m = amount(r, used, i)) {
            add_match(std::move(*m));
            continue;
        }
        if (r.is_number(i)) {
            const std::string_view text = r.at(i);
            if (text.ends_with("%")) {
                add(QuantityKind::percent, i, i,
                    plain_value(text.substr(0, text.size() - 1)) + "%");
            } else if (r.is_word(i + 1, "percent")) {
                add(QuantityKind::percent, i, i + 1, plain_value(text) + "%");
            } else if (r.is_word(i + 1, "per") && r.is_word(i + 2, "cent")) {
                add(QuantityKind::percent, i, i + 2, plain_value(text) + "%");
            } else if (opens_a_percent_range(r, i)) {
                add(QuantityKind::percent, i, i, plain_value(text) + "%");
            } else if (r.is_word(i + 1, "of") && r.is_number(i + 2)) {
                add(QuantityKind::ratio, i, i + 2,
                    without_commas(text) + "/" + without_commas(r.at(i + 2)));
            } else if (r.is_word(i + 1, "out") && r.is_word(i + 2, "of") && r.is_number(i + 3)) {
                add(QuantityKind::ratio, i, i + 3,
                    without_commas(text) + "/" + without_commas(r.at(i + 3)));
            } else if (r.year(i) > 0 && !counts_things(r, i)) {
                add(QuantityKind::year, i, i, std::string(text));
            } else {
                add(QuantityKind::number, i, i, plain_value(text));
            }
        } else if (r.ordinal(i) >= 0) {
            add(QuantityKind::number, i, i, std::string(r.at(i)));
        } else if (auto m = number_with_unit(r, i)) {
            add_match(std::move(*m));
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
    return found;
}

// A whole number written as a word, one to ninety-nine ("three", "Twelve", "twenty-five"), or 0.
int number_word(std::string_view w) {
    static constexpr std::array<std::string_view, 19> kUnits = {
        "one",     "two",     "three",     "four",     "five",    "six",      "seven",
        "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> kTens = {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    const auto value_in = [](std::string_view word, const auto& table) {
        for (std::size_t n = 0; n < table.size(); ++n) {
            if (equals_lower(word, table[n])) {
                return static_cast<int>(n) + 1;
            }
        }
        return 0;
    };
    if (w.size() < 3 || w.size() > 14) {
        return 0;
    }
    // kTens[n] is (n + 2) tens.
    const auto tens_in = [&](std::string_view word) {
        const int n = value_in(word, kTens);
        return n > 0 ? (n + 1) * 10 : 0;
    };
    if (const std::size_t hyphen = w.find('-'); hyphen != std::string_view::npos) {
        const int tens = tens_in(w.substr(0, hyphen));
        const int units = value_in(w.substr(hyphen + 1), kUnits);
        return tens > 0 && units > 0 && units < 10 ? tens + units : 0;
    }
    if (const int units = value_in(w, kUnits); units > 0) {
        return units;
    }
    return tens_in(w);
}

} // namespace redraft::claims
