#include "claims/quantities.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace redraft::claims {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
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
        const char c = is_capital(w[k]) ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
        if (c != lower[k]) {
            return false;
        }
    }
    return true;
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

struct Reader {
    std::string_view sentence;
    const std::vector<text::Token>& tokens;

    std::string_view at(std::size_t i) const {
        if (i >= tokens.size()) {
            return {};
        }
        return sentence.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
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
    int month(std::size_t i) const {
        const std::string_view w = at(i);
        if (w.size() < 3 || w.size() > 9 || w.front() < 'A' || w.front() > 'S') {
            return 0; // every month name is 3 to 9 letters and starts with A to S
        }
        for (std::size_t m = 0; m < kMonths.size(); ++m) {
            if (w == kMonths[m]) {
                return static_cast<int>(m) + 1;
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

} // namespace

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
    }
    return "number";
}

std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& tokens) {
    const Reader r{sentence, tokens};
    std::vector<Quantity> found;
    std::vector<bool> used(tokens.size(), false);
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
        const int month = r.month(i);
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
        if (day < 0 && year < 0) {
            continue; // "May" alone is as likely a verb as a month
        }
        std::string value = year > 0 ? std::to_string(year) : std::string("-");
        value += "-" + two_digits(month);
        if (day > 0) {
            value += "-" + two_digits(day);
        }
        add(QuantityKind::date, first, last, std::move(value));
    }

    // Numbers glued by separators into one quantity: "03/04/2022", "2020-21".
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (used[i] || !r.is_number(i)) {
            continue;
        }
        if (auto m = numeric_date(r, i)) {
            add_match(std::move(*m));
        } else if (auto range = year_range(r, i)) {
            add_match(std::move(*range));
        }
    }

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (used[i]) {
            continue;
        }
        if (auto m = decade(r, i)) {
            add_match(std::move(*m));
            continue;
        }
        if (r.is_number(i)) {
            const std::string_view text = r.at(i);
            if (text.ends_with("%")) {
                add(QuantityKind::percent, i, i, without_commas(text));
            } else if (r.is_word(i + 1, "percent")) {
                add(QuantityKind::percent, i, i + 1, without_commas(text) + "%");
            } else if (r.is_word(i + 1, "per") && r.is_word(i + 2, "cent")) {
                add(QuantityKind::percent, i, i + 2, without_commas(text) + "%");
            } else if (r.is_word(i + 1, "of") && r.is_number(i + 2)) {
                add(QuantityKind::ratio, i, i + 2,
                    without_commas(text) + "/" + without_commas(r.at(i + 2)));
            } else if (r.is_word(i + 1, "out") && r.is_word(i + 2, "of") && r.is_number(i + 3)) {
                add(QuantityKind::ratio, i, i + 3,
                    without_commas(text) + "/" + without_commas(r.at(i + 3)));
            } else if (r.year(i) > 0) {
                add(QuantityKind::year, i, i, std::string(text));
            } else {
                add(QuantityKind::number, i, i, without_commas(text));
            }
        } else if (r.ordinal(i) >= 0) {
            add(QuantityKind::number, i, i, std::string(r.at(i)));
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
    return found;
}

} // namespace redraft::claims
