#include "claims/quantities.hpp"

#include <algorithm>
#include <array>

namespace redraft::claims {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

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
    bool is_word(std::size_t i, std::string_view lower) const {
        const std::string_view w = at(i);
        if (w.size() != lower.size()) {
            return false;
        }
        for (std::size_t k = 0; k < w.size(); ++k) {
            const char c = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
            if (c != lower[k]) {
                return false;
            }
        }
        return true;
    }
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

std::string without_commas(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c != ',') {
            out.push_back(c);
        }
    }
    return out;
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

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (used[i]) {
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
