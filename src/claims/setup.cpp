#include <redraft/claims/setup.hpp>
#include <redraft/error.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/edit_distance.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "offices.hpp"
#include "people.hpp"

namespace redraft::claims {

namespace {

// The indices of the paragraphs of `one` whose hash no paragraph of `other` has: what an edit
// brought in (or took out), for the reads that need only those.
std::vector<std::size_t> paragraphs_only_in(const document::Document& one,
                                            const document::Document& other) {
    std::vector<std::uint64_t> kept;
    kept.reserve(other.paragraphs.size());
    for (const auto& paragraph : other.paragraphs) {
        kept.push_back(paragraph.hash);
    }
    std::sort(kept.begin(), kept.end());
    std::vector<std::size_t> only;
    for (std::size_t p = 0; p < one.paragraphs.size(); ++p) {
        if (!std::binary_search(kept.begin(), kept.end(), one.paragraphs[p].hash)) {
            only.push_back(p);
        }
    }
    return only;
}

} // namespace

void require_subjects(const AssessmentSetup& setup, const document::Document& newer) {
    if (setup.subjects.empty()) {
        throw Error(ErrorKind::usage,
                    "no subject to assess: " + newer.name +
                        " names no person redraft can recognize; give one with --subject NAME "
                        "(and --alias TEXT), or list subjects in redraft.toml");
    }
}

AssessmentSetup load_configuration(const SubjectRequest& request) {
    AssessmentSetup setup;
    if (!request.aliases.empty() && request.subject.empty()) {
        throw Error(ErrorKind::usage, "--alias needs --subject NAME: the aliases name which "
                                      "subject they belong to");
    }
    if (const auto file = find_config(request.config_file, request.store_root, request.cwd)) {
        setup.config = load_config(*file);
    }
    std::vector<std::filesystem::path> lexicon_files;
    for (const auto& lexicon : setup.config.lexicon_files) {
        lexicon_files.push_back(lexicon.path);
    }
    setup.lexicon = load_lexicon(lexicon_files);
    // A row on a dimension nobody defined would count for nothing: a typo never passes silently.
    const std::vector<std::string> known = dimension_names(setup.config.dimensions);
    for (const auto& entry : setup.lexicon.entries()) {
        if (entry.dimension.empty() ||
            std::find(known.begin(), known.end(), entry.dimension) != known.end()) {
            continue;
        }
        std::string list;
        for (const auto& name : known) {
            list += (list.empty() ? "" : ", ") + name;
        }
        throw Error(ErrorKind::config,
                    *entry.file + ":" + std::to_string(entry.line) +
                        ", column 5 (dimension): the dimension '" + entry.dimension + "' of '" +
                        entry.term + "' is not one redraft knows" +
                        text::did_you_mean(entry.dimension, known) + " (dimensions: " + list +
                        "; add a [[dimension]] table to " +
                        (setup.config.file.empty() ? std::string("redraft.toml")
                                                   : setup.config.file.string()) +
                        " for a new one)");
    }
    return setup;
}

namespace {

// The names of both revisions, each paragraph scanned once: a paragraph the newer revision holds
// too (the same kind and text) is read from the newer revision's scan, so only the older
// revision's other paragraphs are scanned for it.
struct RevisionNames {
    const document::Document& newer;
    const document::Document& older;
    NameScan newer_names;
    std::vector<std::size_t> in_newer; // by paragraph of the older: the same one's index, or none
    std::vector<bool> older_alone;     // by paragraph of the older: no newer one holds it
    NameScan older_names;              // of those paragraphs

    static constexpr std::size_t kNone = SIZE_MAX;

    RevisionNames(const document::Document& newer_revision,
                  const document::Document& older_revision)
        : newer(newer_revision), older(older_revision), newer_names(newer_revision),
          in_newer(same_paragraphs(newer_revision, older_revision)),
          older_alone(unmatched(in_newer)), older_names(older_revision, &older_alone) {}

    // find_people of the older revision.
    std::vector<Person> older_people() const {
        std::vector<NameScan::Pick> picks;
        picks.reserve(older.paragraphs.size());
        for (std::size_t p = 0; p < older.paragraphs.size(); ++p) {
            picks.push_back(in_newer[p] != kNone ? NameScan::Pick{&newer_names, in_newer[p]}
                                                 : NameScan::Pick{&older_names, p});
        }
        return NameScan::people_of(picks);
    }

    // The people of the paragraphs of one revision that the other does not hold (by the
    // paragraphs' hashes, as the diff pairs them): only there can someone be named whom the other
    // revision never names (a paragraph both hold names the same people in both).
    std::vector<Person> people_only_in_newer() const {
        return only_in(paragraphs_only_in(newer, older), newer_names);
    }
    std::vector<Person> people_only_in_older() const {
        return only_in(paragraphs_only_in_older(), older_names);
    }

    // The paragraphs of the older revision whose hash no paragraph of the newer one has, found
    // once for the people scan and the title learning.
    const std::vector<std::size_t>& paragraphs_only_in_older() const {
        if (!older_only_) {
            older_only_ = paragraphs_only_in(older, newer);
        }
        return *older_only_;
    }

private:
    // By paragraph of `older`: the index of a paragraph of `newer` of the same kind and text.
    static std::vector<std::size_t> same_paragraphs(const document::Document& newer,
                                                    const document::Document& older) {
        // A sorted list, searched by halves: a node-based set cost an allocation per paragraph.
        std::vector<std::pair<std::uint64_t, std::size_t>> by_hash;
        by_hash.reserve(newer.paragraphs.size());
        for (std::size_t p = 0; p < newer.paragraphs.size(); ++p) {
            by_hash.emplace_back(newer.paragraphs[p].hash, p);
        }
        std::sort(by_hash.begin(), by_hash.end());
        std::vector<std::size_t> same(older.paragraphs.size(), kNone);
        for (std::size_t p = 0; p < older.paragraphs.size(); ++p) {
            const auto& paragraph = older.paragraphs[p];
            for (auto it = std::lower_bound(by_hash.begin(), by_hash.end(),
                                            std::make_pair(paragraph.hash, std::size_t{0}));
                 it != by_hash.end() && it->first == paragraph.hash; ++it) {
                const auto& match = newer.paragraphs[it->second];
                if (match.kind == paragraph.kind && match.text == paragraph.text) {
                    same[p] = it->second;
                    break;
                }
            }
        }
        return same;
    }

    static std::vector<bool> unmatched(const std::vector<std::size_t>& same) {
        std::vector<bool> wanted(same.size());
        for (std::size_t p = 0; p < same.size(); ++p) {
            wanted[p] = same[p] == kNone;
        }
        return wanted;
    }

    // What people_only_in_* read: the paragraphs of one revision whose hash no paragraph of the
    // other has (each scanned in `names`).
    static std::vector<Person> only_in(const std::vector<std::size_t>& paragraphs,
                                       const NameScan& names) {
        std::vector<NameScan::Pick> picks;
        for (const std::size_t p : paragraphs) {
            picks.push_back({&names, p});
        }
        return picks.empty() ? std::vector<Person>{} : NameScan::people_of(picks);
    }

    mutable std::optional<std::vector<std::size_t>> older_only_;
};

} // namespace

namespace {

// Courtesy titles and offices written before a family name alone ("Ms Nguyễn", "President Xi").
bool is_honorific(std::string_view word) {
    if (word.ends_with('.')) {
        word.remove_suffix(1);
    }
    static const std::vector<std::string_view> honorifics = {
        "Mr",       "Mrs",      "Ms",        "Miss",      "Mx",       "Dr",         "Madame",
        "Mme",      "Monsieur", "President", "Premier",   "Chairman", "Chairwoman", "General",
        "Minister", "Governor", "Senator",   "Professor", "Prof",     "Judge",      "Comrade"};
    return std::find(honorifics.begin(), honorifics.end(), word) != honorifics.end();
}

// Whether `source` writes `word` alone after an honorific: not before another capitalized word
// ("President Xi Jinping", "President Donald Trump" tell nothing about which name is the
// family's).
bool written_after_honorific(std::string_view source, std::string_view word) {
    for (std::size_t at = source.find(word); at != std::string_view::npos;
         at = source.find(word, at + 1)) {
        if (at < 2 || source[at - 1] != ' ') {
            continue;
        }
        const std::size_t before_end = at - 1;
        const std::size_t before_begin = source.find_last_of(" \n\t", before_end - 1);
        const std::string_view before = source.substr(
            before_begin == std::string_view::npos ? 0 : before_begin + 1,
            before_end - (before_begin == std::string_view::npos ? 0 : before_begin + 1));
        if (!is_honorific(before)) {
            continue;
        }
        std::string_view rest = source.substr(at + word.size());
        if (!rest.empty() &&
            (std::isalnum(static_cast<unsigned char>(rest[0])) != 0 ||
             (static_cast<unsigned char>(rest[0]) >= 0x80 && !rest.starts_with("\xe2\x80\x99")))) {
            continue; // a longer word ("Xiang"), unless a possessive's curly apostrophe
        }
        if (rest.starts_with(' ') && starts_with_capital(rest.substr(1))) {
            continue;
        }
        return true;
    }
    return false;
}

// Whether `source` writes `word` alone as a name: a word of its own, not before another
// capitalized word or a particle ("Ingrid Solheim", "Pieter van den Broek"), inside a sentence
// ("defended him: “Tobias is ...”") or, when the text never writes the word in lowercase, also
// opening one ("Ingrid, as everyone called her, ..."); a given name that is also a common word
// ("Will", "Mark") opens sentences as that word.
bool written_alone(std::string_view source, std::string_view word) {
    std::string lower(word);
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    const auto whole_word = [&](std::size_t at, std::size_t size) {
        const bool starts =
            at == 0 || std::isalnum(static_cast<unsigned char>(source[at - 1])) == 0;
        const std::string_view rest = source.substr(at + size);
        return starts && (rest.empty() || (std::isalnum(static_cast<unsigned char>(rest[0])) == 0 &&
                                           (static_cast<unsigned char>(rest[0]) < 0x80 ||
                                            rest.starts_with("\xe2\x80\x99"))));
    };
    bool written_lowercase = false;
    for (std::size_t at = source.find(lower); at != std::string_view::npos && !written_lowercase;
         at = source.find(lower, at + 1)) {
        written_lowercase = whole_word(at, lower.size());
    }
    for (std::size_t at = source.find(word); at != std::string_view::npos;
         at = source.find(word, at + 1)) {
        if (!whole_word(at, word.size())) {
            continue;
        }
        const std::string_view rest = source.substr(at + word.size());
        if (rest.starts_with(' ')) {
            const std::string_view next = rest.substr(1, rest.find_first_of(" \n", 1) - 1);
            if (starts_with_capital(next) || is_name_particle(next)) {
                continue; // the rest of a name: "Ingrid Solheim", "Pieter van den Broek"
            }
        }
        // What comes before, past spaces and quote marks: a sentence's end opens a sentence.
        std::size_t before = at;
        while (before > 0 && (source[before - 1] == ' ' || source[before - 1] == '"' ||
                              source[before - 1] == '\'' ||
                              static_cast<unsigned char>(source[before - 1]) >= 0x80)) {
            --before;
        }
        const bool opens = before == 0 || source[before - 1] == '.' || source[before - 1] == '!' ||
                           source[before - 1] == '?' || source[before - 1] == '\n' ||
                           source[before - 1] == '#' || source[before - 1] == '*';
        if (!opens || !written_lowercase) {
            return true;
        }
    }
    return false;
}

// A name whose first word the text writes alone names the subject too, as the last word does
// for most names: a family name written first, after an honorific ("Nguyễn Thị Lan" as "Ms
// Nguyễn", "Xi Jinping" as "President Xi"), or a given name (an obituary's "Ingrid", a
// colleague's “Tobias is ...”); not when another person the text names starts with that word
// ("Nguyễn Văn Hùng", "Ingrid Bakke").
void add_first_name_written_alone(Subject& subject, const std::vector<Person>& people,
                                  const document::Document& newer,
                                  const document::Document* older) {
    const auto tokens = text::tokenize(subject.name);
    if (tokens.size() < 2) {
        return;
    }
    const std::string first = subject.name.substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
    if (!starts_with_capital(first) || is_name_particle(first) ||
        std::find(subject.aliases.begin(), subject.aliases.end(), first) != subject.aliases.end()) {
        return;
    }
    const auto subject_keys = phrase_keys(subject.name);
    const auto first_keys = phrase_keys(first);
    if (first_keys.empty()) {
        return;
    }
    for (const auto& person : people) {
        const auto keys = phrase_keys(person.name);
        if (keys != subject_keys && !keys.empty() && keys.front() == first_keys.front()) {
            return;
        }
    }
    const auto alone = [&](std::string_view source) {
        return written_after_honorific(source, first) || written_alone(source, first);
    };
    if (alone(newer.source) || (older != nullptr && alone(older->source))) {
        subject.aliases.push_back(first);
    }
}

// Offices a text writes right before a person's name ("Archbishop Eamon Kearsley", "chief
// executive Jane Doe"). Left out are offices that are also common adjectives or nouns, whose
// "the ..." is mostly no one: general ("the general election"), major, principal, premier,
// speaker, chair, chief, head, justice, cardinal.
const std::vector<std::string_view>& offices() {
    static const std::vector<std::string_view> list = [] {
        std::vector<std::string_view> words = {"prime minister",
                                               "foreign minister",
                                               "finance minister",
                                               "defence minister",
                                               "defense minister",
                                               "interior minister",
                                               "health minister",
                                               "first minister",
                                               "chief minister",
                                               "chief executive",
                                               "chief constable",
                                               "chief inspector",
                                               "chief superintendent",
                                               "secretary general",
                                               "secretary-general",
                                               "vice president",
                                               "vice-president",
                                               "attorney general",
                                               "head coach",
                                               "managing director",
                                               "archbishop",
                                               "bishop",
                                               "pope",
                                               "patriarch",
                                               "rabbi",
                                               "imam",
                                               "abbot",
                                               "chancellor",
                                               "minister",
                                               "president",
                                               "governor",
                                               "mayor",
                                               "senator",
                                               "congressman",
                                               "congresswoman",
                                               "chairman",
                                               "chairwoman",
                                               "chairperson",
                                               "commissioner",
                                               "ambassador",
                                               "admiral",
                                               "colonel",
                                               "captain",
                                               "commander",
                                               "sheriff",
                                               "judge",
                                               "professor",
                                               "dean",
                                               "rector",
                                               "provost",
                                               "superintendent",
                                               "headteacher",
                                               "headmaster",
                                               "headmistress",
                                               "coach",
                                               "manager",
                                               "director",
                                               "king",
                                               "queen",
                                               "prince",
                                               "princess",
                                               "emperor",
                                               "empress",
                                               "tsar",
                                               "czar",
                                               "sultan",
                                               "emir",
                                               "ceo",
                                               "treasurer",
                                               "secretary",
                                               "inspector",
                                               "detective",
                                               "marshal",
                                               "ombudsman",
                                               "ombudswoman",
                                               "registrar",
                                               "curator"};
        std::sort(words.begin(), words.end());
        return words;
    }();
    return list;
}

constexpr std::size_t kLongestOfficeWord = 20;

// Whether `words` (in lowercase) is an office: looked up among the few of its initial and length
// rather than by halves of the whole list, which compared strings about seven times.
bool is_office(std::string_view words) {
    struct Buckets {
        std::size_t longest = 0;
        std::vector<std::vector<std::string_view>> of; // by initial * (longest + 1) + length
    };
    static const Buckets buckets = [] {
        Buckets b;
        for (const auto office : offices()) {
            b.longest = std::max(b.longest, office.size());
        }
        b.of.resize(26 * (b.longest + 1));
        for (const auto office : offices()) {
            b.of[static_cast<std::size_t>(office[0] - 'a') * (b.longest + 1) + office.size()]
                .push_back(office);
        }
        return b;
    }();
    if (words.empty() || words[0] < 'a' || words[0] > 'z' || words.size() > buckets.longest) {
        return false;
    }
    const auto& bucket =
        buckets.of[static_cast<std::size_t>(words[0] - 'a') * (buckets.longest + 1) + words.size()];
    return std::find(bucket.begin(), bucket.end(), words) != bucket.end();
}

// Whether `word`, in any case, is the last word of an office: looked up among the few of its
// initial and length, without a copy, since it runs for the word before every capitalized one.
bool ends_an_office(std::string_view word) {
    static const auto buckets = [] {
        std::array<std::vector<std::string_view>, 26 * (kLongestOfficeWord + 1)> b;
        for (const auto office : offices()) {
            const auto last = office.substr(office.find_last_of(' ') + 1);
            b[static_cast<std::size_t>(last[0] - 'a') * (kLongestOfficeWord + 1) + last.size()]
                .push_back(last);
        }
        return b;
    }();
    const char initial = text::ascii_lower(word[0]);
    if (initial < 'a' || initial > 'z' || word.size() > kLongestOfficeWord) {
        return false;
    }
    const auto& bucket =
        buckets[static_cast<std::size_t>(initial - 'a') * (kLongestOfficeWord + 1) + word.size()];
    return std::any_of(bucket.begin(), bucket.end(),
                       [&](std::string_view last) { return text::folds_to(word, last); });
}

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A space between words, or a line break where the text is wrapped.
bool is_gap(char c) {
    return c == ' ' || c == '\n';
}

// The begin of the word (ASCII letters and hyphens: offices are English words) that ends right
// before `end`; `end` when there is none or it is too long to be an office.
std::size_t word_before(std::string_view source, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0 && end - begin <= kLongestOfficeWord &&
           (is_ascii_letter(source[begin - 1]) || source[begin - 1] == '-')) {
        --begin;
    }
    if (end - begin > kLongestOfficeWord ||
        (begin > 0 && static_cast<unsigned char>(source[begin - 1]) >= 0x80)) {
        return end;
    }
    return begin;
}

// The office written right before the word at `name_at`, its two-word form first ("prime
// minister" before "minister"); empty when there is none. Called for every capitalized word of
// a long text, so most words are ruled out before anything is copied.
std::string office_before(std::string_view source, std::size_t name_at) {
    if (name_at < 2 || !is_gap(source[name_at - 1])) {
        return {};
    }
    const std::size_t last_end = name_at - 1;
    const std::size_t last_begin = word_before(source, last_end);
    if (last_begin == last_end ||
        !ends_an_office(source.substr(last_begin, last_end - last_begin))) {
        return {};
    }
    std::string last = text::ascii_lowercase(source.substr(last_begin, last_end - last_begin));
    if (last_begin >= 2 && is_gap(source[last_begin - 1])) {
        const std::size_t first_begin = word_before(source, last_begin - 1);
        if (first_begin < last_begin - 1) {
            std::string both =
                text::ascii_lowercase(source.substr(first_begin, last_begin - first_begin));
            both.back() = ' ';
            both += last;
            if (is_office(both)) {
                return both;
            }
        }
    }
    return is_office(last) ? last : std::string();
}

// The office a profile writes right after the subject's name, which ends at `end`: in apposition
// with "the" ("Anna Berg, the chief executive of Corvane,") or as the predicate of a verb of being
// or becoming ("Rosalind Achterberg has been mayor of Wexmouth", "Berg became the prime minister
// in 2019"), the office then ending at "of", "in", "since", "for" or punctuation; empty when there
// is none. Not "a mayor" (one of many) nor "the former mayor" (a modifier: no office held now).
std::string office_after(std::string_view text, std::size_t end) {
    static constexpr std::array<std::string_view, 10> links = {
        ", the ",       " is the ", " was the ", " has been the ", " had been the ",
        " became the ", " is ",     " was ",     " has been ",     " became "};
    std::string_view rest = text.substr(end);
    // Most names go on otherwise ("Rutte's", "Rutte said"): ruled out by two bytes.
    if (rest.size() < 4 ||
        (rest[0] != ',' && (rest[0] != ' ' || (rest[1] != 'i' && rest[1] != 'w' && rest[1] != 'h' &&
                                               rest[1] != 'b')))) {
        return {};
    }
    const auto link = std::find_if(links.begin(), links.end(),
                                   [&](std::string_view l) { return rest.starts_with(l); });
    if (link == links.end()) {
        return {};
    }
    rest.remove_prefix(link->size());
    const auto word_end = [](std::string_view from) {
        std::size_t n = 0;
        while (n < from.size() && n <= kLongestOfficeWord &&
               (is_ascii_letter(from[n]) || from[n] == '-')) {
            ++n;
        }
        return n;
    };
    const auto ends_office = [](std::string_view after) {
        static constexpr std::array<std::string_view, 9> ends = {
            " of ", " in ", " since ", " for ", ",", ".", ";", ":", " from "};
        return after.empty() || std::any_of(ends.begin(), ends.end(), [&](std::string_view e) {
                   return after.starts_with(e);
               });
    };
    const std::size_t first = word_end(rest);
    if (first == 0 || first > kLongestOfficeWord) {
        return {};
    }
    // Copied only when the last word may end an office ("was reckless" is ruled out here).
    if (first + 1 < rest.size() && rest[first] == ' ') {
        const std::size_t second = word_end(rest.substr(first + 1));
        if (second > 0 && second <= kLongestOfficeWord &&
            ends_an_office(rest.substr(first + 1, second)) &&
            ends_office(rest.substr(first + 1 + second))) {
            std::string both = text::ascii_lowercase(rest.substr(0, first + 1 + second));
            if (is_office(both)) {
                return both;
            }
        }
    }
    if (!ends_an_office(rest.substr(0, first)) || !ends_office(rest.substr(first))) {
        return {};
    }
    std::string one = text::ascii_lowercase(rest.substr(0, first));
    return is_office(one) ? one : std::string();
}

// The class of a byte among the offices' last bytes: a letter (either case) 0 to 25, a hyphen
// 26, anything else 27. A table: asked of three bytes before every capital after a space.
constexpr unsigned kEndingClasses = 28;
constexpr std::array<std::uint8_t, 256> kEndingClass = [] {
    std::array<std::uint8_t, 256> classes{};
    for (unsigned c = 0; c < 256; ++c) {
        const auto lower = static_cast<unsigned char>(text::ascii_lower(static_cast<char>(c)));
        classes[c] = static_cast<std::uint8_t>(lower >= 'a' && lower <= 'z' ? lower - 'a'
                                               : c == '-'                   ? 26
                                                                            : 27);
    }
    return classes;
}();
constexpr unsigned ending_class(char c) {
    return kEndingClass[static_cast<unsigned char>(c)];
}

// Bit c of entry a * kEndingClasses + b: some office's last word ends in bytes of the classes a,
// b and c (a is 27 for a word of two bytes, which no letter or hyphen may precede).
const std::array<std::uint32_t, kEndingClasses * kEndingClasses>& office_endings() {
    static const auto endings = [] {
        std::array<std::uint32_t, kEndingClasses * kEndingClasses> e{};
        for (const auto office : offices()) {
            const auto last = office.substr(office.find_last_of(' ') + 1);
            const auto n = last.size();
            const unsigned a = n >= 3 ? ending_class(last[n - 3]) : 27;
            e[a * kEndingClasses + ending_class(last[n - 2])] |= std::uint32_t{1}
                                                                 << ending_class(last[n - 1]);
        }
        return e;
    }();
    return endings;
}

[[gnu::always_inline]] inline bool
may_write_office_before(std::string_view text, std::size_t name_at,
                        const std::array<std::uint32_t, kEndingClasses * kEndingClasses>& endings) {
    if (name_at < 3) {
        return false;
    }
    const unsigned a = name_at >= 4 ? ending_class(text[name_at - 4]) : 27;
    const unsigned b = ending_class(text[name_at - 3]);
    const unsigned c = ending_class(text[name_at - 2]);
    return ((endings[a * kEndingClasses + b] >> c) & 1) != 0;
}

// Whether `text` writes `name` at `at` as a name of its own: no letter or digit on either side
// (a possessive may follow: "Corvane's"), and, when `not_before` is given, not right before it
// ("Corvane" but not the "Corvane" of "Corvane Energy").
bool writes_name_at(std::string_view text, std::size_t at, std::string_view name,
                    std::string_view not_before = {}) {
    const auto word_byte = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
               static_cast<unsigned char>(c) >= 0x80;
    };
    if (!text.substr(at).starts_with(name) || (at > 0 && word_byte(text[at - 1]))) {
        return false;
    }
    const std::string_view rest = text.substr(at + name.size());
    if (!rest.empty() && word_byte(rest[0]) && !rest.starts_with("\xe2\x80\x99")) {
        return false;
    }
    return not_before.empty() || rest.size() <= not_before.size() || rest[0] != ' ' ||
           !rest.substr(1).starts_with(not_before);
}

// The short name of an organization subject (organization_short_name: "Corvane" of "Corvane
// Energy") when either revision writes it alone ("Corvane was slow", "Corvane's engineers"), and
// no person of the text is called by it ("Marsh Capital" beside Lena Marsh, "Marsh"); empty
// otherwise. The last-word alias of a person's name is no organization's: "Energy" is its head.
std::string short_name_written(std::string_view name, const std::vector<Person>& people,
                               const document::Document& newer, const document::Document* older) {
    const std::string_view short_name = organization_short_name(name);
    if (short_name.empty()) {
        return {};
    }
    const auto keys = phrase_keys(short_name);
    for (const auto& person : people) {
        if (phrase_keys(person.last_name) == keys || phrase_keys(person.name) == keys) {
            return {};
        }
    }
    const std::string_view heads = name.substr(short_name.size() + 1);
    const auto writes = [&](const document::Document& doc) {
        for (const auto& paragraph : doc.paragraphs) {
            const std::string_view text = paragraph.text;
            for (std::size_t at = text.find(short_name); at != std::string_view::npos;
                 at = text.find(short_name, at + 1)) {
                if (writes_name_at(text, at, short_name, heads)) {
                    return true;
                }
            }
        }
        return false;
    };
    return writes(newer) || (older != nullptr && writes(*older)) ? std::string(short_name)
                                                                 : std::string();
}

// Where the run of capitalized words that starts at `word` ends: "Corvane Energy" of "Corvane
// Energy, the company" or of "Corvane Energy's engineers" (a possessive ends it).
std::size_t capitalized_run_end(std::string_view text, std::size_t word) {
    std::size_t end = word;
    while (true) {
        while (end < text.size() && (is_ascii_letter(text[end]) || text[end] == '-' ||
                                     (static_cast<unsigned char>(text[end]) >= 0x80 &&
                                      !text.substr(end).starts_with("\xe2\x80\x99")))) {
            ++end;
        }
        if (end + 1 < text.size() && text[end] == ' ' &&
            starts_with_capital(text.substr(end + 1, 4))) {
            ++end;
            continue;
        }
        return end;
    }
}

// Whether the capitalized word at `word` follows another one after a space ("Energy" of
// "Corvane Energy"): a run is read at its first word.
bool inside_capitalized_run(std::string_view text, std::size_t word) {
    if (word < 2 || text[word - 1] != ' ' ||
        (!is_ascii_letter(text[word - 2]) && static_cast<unsigned char>(text[word - 2]) < 0x80)) {
        return false; // "badly. Corvane": a sentence's end is no part of a name
    }
    const std::size_t before = text.rfind(' ', word - 2);
    const std::size_t first = before == std::string_view::npos ? 0 : before + 1;
    return starts_with_capital(text.substr(first, word - 1 - first));
}

// The nouns of a kind of organization that an essay calls one by ("the company", "the bank"):
// an organization subject's title when the text ties the noun to its name (kind_after).
constexpr std::array<std::string_view, 26> kKindNouns = {
    "agency",   "airline",  "authority",  "bank",    "board",       "broadcaster", "carrier",
    "charity",  "club",     "commission", "company", "corporation", "council",     "department",
    "firm",     "group",    "insurer",    "lender",  "ministry",    "operator",    "regulator",
    "retailer", "supplier", "university", "utility", "watchdog"};

// The kind noun written in apposition right after a name that ends at `end`: ", the company
// that ...", ", a firm whose ..." (the noun then followed by no letter: not "the company's
// chairman", which is someone else); empty otherwise.
std::string_view kind_after(std::string_view text, std::size_t end) {
    std::string_view rest = text.substr(end);
    if (!rest.starts_with(", ")) {
        return {};
    }
    rest.remove_prefix(2);
    for (const std::string_view article : {"the ", "a ", "an "}) {
        if (!rest.starts_with(article)) {
            continue;
        }
        const std::string_view noun_at = rest.substr(article.size());
        for (const std::string_view noun : kKindNouns) {
            const std::string_view after = noun_at.substr(std::min(noun.size(), noun_at.size()));
            if (noun_at.starts_with(noun) &&
                (after.empty() || (!is_ascii_letter(after[0]) && after[0] != '\'' &&
                                   !after.starts_with("\xe2\x80\x99")))) {
                return noun;
            }
        }
    }
    return {};
}

// Learns the subject's titles from the offices the text writes right before its name or alias
// ("Archbishop Eamon Kearsley" gives "the archbishop"), or right after its full name
// (office_after: "Anna Berg, the mayor of Linden"), as a configuration's `titles` would,
// for a subject redraft chose or one given by --subject alone. An office the text also writes
// before anyone else's capitalized name ("Prime Minister Viktor Orbán", "President Trump",
// named in full or not) is no one's title. Reads the newer revision's paragraphs and those of
// the older one that the newer lacks, at the capitals after a space or line break that their
// name scans found (every paragraph read is scanned: the older revision's scan holds all of its
// paragraphs the newer one lacks, `older_only`).
void add_titles_written_beside_name(Subject& subject, const document::Document& newer,
                                    const NameScan& newer_names, const document::Document* older,
                                    const NameScan* older_names,
                                    const std::vector<std::size_t>* older_only) {
    std::vector<std::string> names = {subject.name};
    names.insert(names.end(), subject.aliases.begin(), subject.aliases.end());
    std::vector<std::string> own;
    std::vector<std::string> shared;
    const auto& endings = office_endings();
    // The subject's full name at `word`, then an office after it ("Anna Berg, the mayor of
    // Linden"): a profile introduces the office with the full name, and the surname alone is too
    // common to look after each time.
    const std::string_view full_name = subject.name;
    const auto read_after = [&](std::string_view text, std::size_t word) {
        if (full_name.empty() || word >= text.size() || text[word] != full_name[0] ||
            !text.substr(word).starts_with(full_name)) {
            return;
        }
        if (auto after = office_after(text, word + full_name.size()); !after.empty()) {
            own.push_back(std::move(after));
        }
    };
    // An organization's kind noun in apposition after its name or short name ("Corvane Energy,
    // the company that ..."), and after any other name ("Halden Power, the company ..."): a
    // noun also written after another name is no one's title. Read at the first word of a run
    // of capitalized words, the name ending the run (a sentence may open before it: "When
    // Corvane Energy, the company ...").
    const std::string_view short_name = organization_short_name(subject.name);
    std::vector<std::string_view> own_kinds;
    std::vector<std::string_view> shared_kinds;
    const auto read_kind = [&](std::string_view text, std::size_t word) {
        if (word >= text.size()) {
            return;
        }
        if (inside_capitalized_run(text, word)) {
            return; // read at the run's first word
        }
        const std::size_t end = capitalized_run_end(text, word);
        const std::string_view kind = kind_after(text, end);
        if (kind.empty()) {
            return;
        }
        const std::string_view run = text.substr(word, end - word);
        const auto ends_with_name = [&](std::string_view name) {
            return run.ends_with(name) &&
                   (run.size() == name.size() || run[run.size() - name.size() - 1] == ' ');
        };
        (ends_with_name(subject.name) || ends_with_name(short_name) ? own_kinds : shared_kinds)
            .push_back(kind);
    };
    const auto read = [&](std::string_view text, std::span<const std::uint32_t> capitals) {
        read_after(text, 0);       // the paragraph's first word follows no gap
        if (!short_name.empty()) { // a person's name is read for offices only
            read_kind(text, 0);
            for (const std::uint32_t word : capitals) {
                read_kind(text, word);
            }
        }
        for (const std::uint32_t word : capitals) {
            read_after(text, word);
            // Most capitals follow no word that may end an office ("of Rutte", "the Bank").
            if (!may_write_office_before(text, word, endings)) {
                continue;
            }
            auto office = office_before(text, word);
            if (office.empty()) {
                continue;
            }
            const bool subjects = std::any_of(names.begin(), names.end(), [&](const auto& name) {
                if (!text.substr(word).starts_with(name)) {
                    return false;
                }
                const std::size_t end = word + name.size();
                return end == text.size() ||
                       (std::isalnum(static_cast<unsigned char>(text[end])) == 0 &&
                        (static_cast<unsigned char>(text[end]) < 0x80 ||
                         text.substr(end).starts_with("\xe2\x80\x99")));
            });
            (subjects ? own : shared).push_back(std::move(office));
        }
    };
    for (std::size_t p = 0; p < newer.paragraphs.size(); ++p) {
        read(newer.paragraphs[p].text, newer_names.capitals_after_gap(p));
    }
    if (older != nullptr) {
        for (const std::size_t p : *older_only) {
            read(older->paragraphs[p].text, older_names->capitals_after_gap(p));
        }
    }
    for (const std::string_view kind : own_kinds) {
        std::string title = "the " + std::string(kind);
        if (std::find(shared_kinds.begin(), shared_kinds.end(), kind) == shared_kinds.end() &&
            std::find(subject.titles.begin(), subject.titles.end(), title) ==
                subject.titles.end()) {
            subject.titles.push_back(std::move(title));
        }
    }
    // Each office once: a long text writes the subject's office hundreds of times and others
    // before thousands of other names, and every one of them was looked for among all of those
    // (10 M instructions on the 10 MB pair).
    std::vector<std::string_view> decided;
    for (const auto& office : own) {
        if (std::find(decided.begin(), decided.end(), office) != decided.end()) {
            continue;
        }
        decided.push_back(office);
        std::string title = "the " + office;
        if (std::find(shared.begin(), shared.end(), office) == shared.end() &&
            std::find(subject.titles.begin(), subject.titles.end(), title) ==
                subject.titles.end()) {
            subject.titles.push_back(std::move(title));
        }
    }
}

// A run of capitalized words without the words that open a sentence or stand before a name
// ("The", "When" of "When Corvane Energy"): they are no part of an organization's name.
std::string_view without_opening_words(std::string_view run) {
    while (run.find(' ') != std::string_view::npos) {
        const std::string_view first = run.substr(0, run.find(' '));
        if (!is_non_name_word(first) || is_organization_head(first)) {
            break;
        }
        run.remove_prefix(first.size() + 1);
    }
    return run;
}

// The head word of an organization's name, as written: its last word ("Bank" of "Halden
// Central Bank"), or the word before "of" in a name "X of Y" ("Ministry" of "Ministry of
// Health"); empty when that word is no organization head ("Corvane Energy" has "Energy", no
// kind) or is the whole name.
std::string_view head_word_of(std::string_view name) {
    std::string_view head = name.substr(0, name.find(" of "));
    head.remove_prefix(head.rfind(' ') == std::string_view::npos ? 0 : head.rfind(' ') + 1);
    return head.size() < name.size() && is_organization_head(head) ? head : std::string_view();
}

// The kind noun a head word says ("bank" of "Bank"), or empty ("Energy", "Street").
std::string_view kind_noun_of(std::string_view head) {
    for (const std::string_view noun : kKindNouns) {
        if (head.size() == noun.size() &&
            std::tolower(static_cast<unsigned char>(head[0])) == noun[0] &&
            head.substr(1) == noun.substr(1)) {
            return noun;
        }
    }
    return {};
}

// Whether `name` ends in the words `part` ("Central Bank" of "Halden Central Bank").
bool ends_in_words(std::string_view name, std::string_view part) {
    return name.ends_with(part) &&
           (name.size() == part.size() || name[name.size() - part.size() - 1] == ' ');
}

// Learns "the <kind>" as an organization subject's title when the head word of its name says
// its kind ("Halden Central Bank raised rates. The bank was slow to act.": "the bank"; "the
// ministry" of "Ministry of Health"), unless the text names another organization of that head
// word ("Silicon Valley Bank" beside the "European Central Bank"): with two banks, "the bank"
// may be either. A name is read at the first word of a run of capitalized words, without the
// words that open it ("The Bank", "the Central Bank" are the subject's), with its "of Y" ("Bank
// of Linden"); a run that opens with a courtesy title is a person's name ("Mr Tom Bank"). Only
// paragraphs that write the head word are read. Read as add_titles_written_beside_name reads.
void add_kind_in_name(Subject& subject, const document::Document& newer,
                      const NameScan& newer_names, const document::Document* older,
                      const NameScan* older_names, const std::vector<std::size_t>* older_only) {
    const std::string_view name = subject.name;
    const std::string_view head = head_word_of(name);
    const std::string_view kind = kind_noun_of(head);
    std::string title = "the " + std::string(kind);
    if (kind.empty() ||
        std::find(subject.titles.begin(), subject.titles.end(), title) != subject.titles.end()) {
        return;
    }
    bool other = false;
    const auto read_name = [&](std::string_view text, std::size_t word) {
        if (other || word >= text.size() || !starts_with_capital(text.substr(word, 4)) ||
            inside_capitalized_run(text, word)) {
            return;
        }
        std::size_t end = capitalized_run_end(text, word);
        if (text.substr(end).starts_with(" of ") && starts_with_capital(text.substr(end + 4, 4))) {
            end = capitalized_run_end(text, end + 4);
        }
        const std::string_view written = text.substr(word, end - word);
        if (detail::is_courtesy_title(written.substr(0, written.find(' ')))) {
            return;
        }
        const std::string_view run = without_opening_words(written);
        other = (run != head && head_word_of(run) == head && !ends_in_words(name, run) &&
                 !ends_in_words(run, name));
    };
    const auto read = [&](std::string_view text, std::span<const std::uint32_t> capitals) {
        if (text.find(head) == std::string_view::npos) {
            return;
        }
        read_name(text, 0);
        for (const std::uint32_t word : capitals) {
            read_name(text, word);
        }
    };
    for (std::size_t p = 0; p < newer.paragraphs.size(); ++p) {
        read(newer.paragraphs[p].text, newer_names.capitals_after_gap(p));
    }
    if (older != nullptr) {
        for (const std::size_t p : *older_only) {
            read(older->paragraphs[p].text, older_names->capitals_after_gap(p));
        }
    }
    if (!other) {
        subject.titles.push_back(std::move(title));
    }
}

// Whether a configured subject takes a personal pronoun ("she", "him"): a person, whatever her
// name ends in ("Tom Bank").
bool takes_personal_pronoun(const Subject& subject) {
    return std::any_of(subject.pronouns.begin(), subject.pronouns.end(), [](const auto& pronoun) {
        return pronoun_gender(pronoun) != Gender::unknown;
    });
}

// The person of the text that the name `given` (--subject) stands for: the one whose name has
// its keys, as the analysis matches names ("agnes whitcombe", or "Agnes Whitcomb" for the text's
// "Agnes Whitcombe"), else the only one whose last name it is ("Whitcombe"); none when two
// people share that last name or nobody has it. A name typed without the marks the text's
// person has ("Ines Nunez", "Nunez" for "Inés Núñez") stands for her too: her spelling finds
// the name in both spellings, the one typed only where the text drops the marks. Not the other
// way round: a name typed with marks keeps them.
const Person* person_given_by(const std::vector<Person>& people, std::string_view given) {
    const auto keys = phrase_keys(given);
    const auto plain_keys = phrase_keys(text::without_marks(given));
    const auto typed_without_marks = [&](const std::string& name) {
        const std::string plain = text::without_marks(name);
        return plain != name && phrase_keys(plain) == plain_keys;
    };
    const Person* by_last_name = nullptr;
    std::size_t last_names = 0;
    for (const auto& person : people) {
        if (phrase_keys(person.name) == keys || typed_without_marks(person.name)) {
            return &person;
        }
        if (phrase_keys(person.last_name) == keys || typed_without_marks(person.last_name)) {
            by_last_name = &person;
            ++last_names;
        }
    }
    return keys.empty() || last_names != 1 ? nullptr : by_last_name;
}

// The configuration's subjects other than the one --subject picked, as people of the text: a
// pronoun reads past them as it does when all are assessed ("Putin assured him" is Rutte's
// "him" whether Putin is assessed or not), and a text that names one by an alias alone still
// names a person. Only those with a personal pronoun: an institution's "it" tells of no person.
void add_configured_people(AssessmentSetup& setup, const Subject& picked) {
    for (const auto& configured : setup.config.subjects) {
        const auto keys = phrase_keys(configured.name);
        if (&configured == &picked ||
            std::any_of(setup.people.begin(), setup.people.end(),
                        [&](const Person& known) { return phrase_keys(known.name) == keys; })) {
            continue;
        }
        Person person;
        person.name = configured.name;
        person.confirmed = true;
        for (const auto& pronoun : configured.pronouns) {
            const Gender gender = pronoun_gender(pronoun);
            person.masculine += gender == Gender::masculine ? 2 : 0;
            person.feminine += gender == Gender::feminine ? 2 : 0;
        }
        if (person.masculine + person.feminine == 0) {
            continue;
        }
        // The alias that ends the name is the last name ("Putin" of "Vladimir Putin"); else the
        // first alias stands for one.
        for (const auto& alias : configured.aliases) {
            const auto alias_keys = phrase_keys(alias);
            if (!alias_keys.empty() && alias_keys.size() < keys.size() &&
                std::equal(alias_keys.rbegin(), alias_keys.rend(), keys.rbegin())) {
                person.last_name = text::ascii_lowercase(alias);
                break;
            }
        }
        if (person.last_name.empty() && !configured.aliases.empty()) {
            person.last_name = text::ascii_lowercase(configured.aliases.front());
        }
        setup.people.push_back(std::move(person));
    }
}

// The paragraphs an essay's lead is read from for the organization it is about: a heading and
// the first two paragraphs, where an essay names its subject in full.
constexpr std::size_t kLeadParagraphs = 3;

// The organization the newer revision is about, when it names one far more often than any
// person (task u1 of the nineteenth session): an organization named in full in the lead ("Corvane
// Energy": capitalized words ending in an organization's head word, the words before them no
// person's name) and called by its short name, alone or in full, at least three times and at
// least twice as often as the person named most ("Corvane" fifteen times beside "Lena Marsh"
// twice). Counted where a capital follows a space or opens a paragraph. Its short name is its
// alias; it takes no personal pronoun, and "it" is not followed (assessment.md, Subjects).
std::optional<Subject> organization_named_most(const std::vector<Person>& people,
                                               const document::Document& newer,
                                               const NameScan& names,
                                               const document::Document* older) {
    const std::uint32_t person_count = people.empty() ? 0 : people.front().count;
    const std::uint32_t needed = std::max<std::uint32_t>(3, 2 * person_count);
    std::vector<std::string> candidates;
    const std::size_t lead = std::min(kLeadParagraphs, newer.paragraphs.size());
    for (std::size_t p = 0; p < lead; ++p) {
        if (!names.scanned(p)) {
            continue;
        }
        const std::string_view text = newer.paragraphs[p].text;
        const auto read = [&](std::size_t word) {
            if (word >= text.size() || !starts_with_capital(text.substr(word, 4)) ||
                inside_capitalized_run(text, word)) {
                return;
            }
            const std::string_view run =
                without_opening_words(text.substr(word, capitalized_run_end(text, word) - word));
            if (!organization_short_name(run).empty() &&
                std::find(candidates.begin(), candidates.end(), run) == candidates.end()) {
                candidates.emplace_back(run);
            }
        };
        read(0);
        for (const std::uint32_t word : names.capitals_after_gap(p)) {
            read(word);
        }
    }
    std::optional<Subject> best;
    std::uint32_t best_count = 0;
    for (const auto& candidate : candidates) {
        const std::string_view short_name = organization_short_name(candidate);
        const auto keys = phrase_keys(short_name);
        if (std::any_of(people.begin(), people.end(), [&](const Person& person) {
                return phrase_keys(person.last_name) == keys || phrase_keys(person.name) == keys;
            })) {
            continue;
        }
        std::uint32_t count = 0;
        for (std::size_t p = 0; p < newer.paragraphs.size(); ++p) {
            if (!names.scanned(p)) {
                continue;
            }
            const std::string_view text = newer.paragraphs[p].text;
            count += writes_name_at(text, 0, short_name) ? 1 : 0;
            for (const std::uint32_t word : names.capitals_after_gap(p)) {
                count +=
                    text[word] == short_name[0] && writes_name_at(text, word, short_name) ? 1 : 0;
            }
        }
        if (count >= needed && count > best_count) {
            best_count = count;
            best.emplace();
            best->name = candidate;
            if (auto alias = short_name_written(candidate, people, newer, older); !alias.empty()) {
                best->aliases.push_back(std::move(alias));
            }
        }
    }
    return best;
}

} // namespace

namespace detail {

const std::vector<std::string_view>& office_list() {
    return offices();
}

bool is_listed_office(std::string_view words) {
    return is_office(words);
}

std::string office_written_before(std::string_view text, std::size_t name_at) {
    return office_before(text, name_at);
}

bool may_write_office_before(std::string_view text, std::size_t name_at) {
    return claims::may_write_office_before(text, name_at, office_endings());
}

} // namespace detail

void choose_subjects(AssessmentSetup& setup, const SubjectRequest& request,
                     const document::Document& newer, const document::Document* older) {
    std::optional<NameScan> newer_alone;
    std::optional<RevisionNames> both;
    if (older != nullptr) {
        both.emplace(newer, *older);
        setup.people = both->newer_names.people();
    } else {
        setup.people = newer_alone.emplace(newer).people();
    }
    const auto names_of_newer = [&]() -> const NameScan& {
        return both ? both->newer_names : *newer_alone;
    };
    const auto names_of_older = [&]() -> const NameScan* {
        return both ? &both->older_names : nullptr;
    };
    const auto older_only = [&]() -> const std::vector<std::size_t>* {
        return both ? &both->paragraphs_only_in_older() : nullptr;
    };
    if (setup.people.empty() && older != nullptr) {
        setup.people = both->older_people();
        setup.chosen_from_older = !setup.people.empty();
    }
    if (!request.subject.empty()) {
        // A name the text writes otherwise is read as the text's spelling of that person's full
        // name, so that the subject learns what that full name learns (her last name, pronouns
        // and titles: "Mayor Agnes Whitcombe" gives "the mayor" only to a name written so) and
        // her numbers do not depend on how the name was typed (QA pass q30: `--subject
        // Whitcombe` read -0.28 where "Agnes Whitcombe" read -0.39).
        const Person* person = person_given_by(setup.people, request.subject);
        Subject subject;
        subject.name = person != nullptr ? person->name : request.subject;
        subject.aliases = request.aliases;
        // "--subject 'Mark Rutte'" also matches "Rutte" when the text names a person by that
        // last name, as a chosen subject does; an institution ("European Central Bank") does
        // not get "Bank".
        // The last name may carry particles ("Pieter van den Broek": "van den Broek").
        // Names are compared by their match keys, as the analysis matches them: a name that
        // matches the text's "Helena Varga" only through its inflection ("Helena Vargas") gets
        // "Varga" and her pronouns too, not two mentions out of thirteen.
        // So are a name and a person written with and without the marks of their letters
        // ("Inés Núñez" and the newer revision's "Ines Nunez").
        const auto subject_keys = phrase_keys(subject.name);
        const auto plain_keys = phrase_keys(text::without_marks(subject.name));
        const auto plain_keys_of = [](const std::string& phrase) {
            return phrase_keys(text::without_marks(phrase));
        };
        if (subject.aliases.empty()) {
            const auto tokens = text::tokenize(subject.name);
            for (const auto& person : setup.people) {
                const auto last = plain_keys_of(person.last_name);
                // The text's person of that name, called by a last name that does not end it: a
                // double surname's first ("Inés de la Fuente Ortúzar": "de la Fuente"), a family
                // name written first ("Park Ji-won": "Park").
                if (plain_keys_of(person.name) == plain_keys && !last.empty() &&
                    last.size() < plain_keys.size() &&
                    !std::equal(last.rbegin(), last.rend(), plain_keys.rbegin())) {
                    subject.aliases.push_back(person.last_name);
                    break;
                }
                if (!last.empty() && last.size() < plain_keys.size() &&
                    std::equal(last.rbegin(), last.rend(), plain_keys.rbegin())) {
                    subject.aliases.push_back(
                        subject.name.substr(tokens[tokens.size() - last.size()].begin));
                    break;
                }
            }
        }
        // An organization ("Corvane Energy") is called by its short name where the text writes
        // it ("Corvane", "Corvane's"), and takes no personal pronoun: "She" after its name is
        // someone else (task u1 of the nineteenth session).
        const bool organization =
            person == nullptr && !organization_short_name(subject.name).empty();
        if (organization && subject.aliases.empty()) {
            if (auto alias = short_name_written(subject.name, setup.people, newer, older);
                !alias.empty()) {
                subject.aliases.push_back(std::move(alias));
            }
        }
        // Her pronouns when the text tells them, as for a chosen subject.
        subject.pronouns = organization ? std::vector<std::string>{} : default_pronouns();
        for (const auto& person : setup.people) {
            if (plain_keys_of(person.name) == plain_keys) {
                subject.pronouns = pronouns_of(person);
                if (request.aliases.empty()) {
                    add_first_name_written_alone(subject, setup.people, newer, older);
                }
                break;
            }
        }
        // A configured subject of that name, or of that alias, keeps its name, titles and
        // pronouns: "--subject Korvald" (or "ines korvald") is Ines Korvald of redraft.toml, as
        // the text's "Korvald" is, not a subject of its own who loses "the port chief". Names
        // are compared by their match keys, as the analysis matches them; a name before an
        // alias, and an alias only when one configured subject has it.
        const auto configured_by = [&](const std::vector<std::string>& keys,
                                       bool by_alias) -> const Subject* {
            const Subject* found = nullptr;
            for (const auto& configured : setup.config.subjects) {
                bool match = !by_alias && phrase_keys(configured.name) == keys;
                for (const auto& alias : configured.aliases) {
                    match = match || (by_alias && phrase_keys(alias) == keys);
                }
                if (match && found != nullptr) {
                    return nullptr; // two subjects answer to it: the name alone decides
                }
                found = match ? &configured : found;
            }
            return found;
        };
        // The name as given first ("--subject Korvald" is the configuration's alias), then the
        // text's person it stands for, by name.
        const auto given_keys = phrase_keys(request.subject);
        const Subject* configured = configured_by(given_keys, false);
        configured = configured != nullptr ? configured : configured_by(given_keys, true);
        if (configured == nullptr && person != nullptr) {
            configured = configured_by(subject_keys, false);
            setup.subject_given_as = request.subject;
        }
        if (configured != nullptr) {
            subject = *configured;
            subject.aliases.insert(subject.aliases.end(), request.aliases.begin(),
                                   request.aliases.end());
            add_configured_people(setup, *configured);
            if (subject.titles.empty() && !takes_personal_pronoun(subject)) {
                add_kind_in_name(subject, newer, names_of_newer(), older, names_of_older(),
                                 older_only());
            }
        } else {
            add_titles_written_beside_name(subject, newer, names_of_newer(), older,
                                           names_of_older(), older_only());
            if (person == nullptr) { // a person's name may end in "Bank" ("Mr Tom Bank")
                add_kind_in_name(subject, newer, names_of_newer(), older, names_of_older(),
                                 older_only());
            }
        }
        // The name given still counts where the text writes it ("Whitcombe" with --alias).
        if (!setup.subject_given_as.empty() && given_keys != phrase_keys(subject.name) &&
            std::none_of(subject.aliases.begin(), subject.aliases.end(),
                         [&](const auto& alias) { return phrase_keys(alias) == given_keys; })) {
            subject.aliases.push_back(request.subject);
        }
        // Only a spelling the text does not write is news ("agnes whitcombe" is no typo).
        if (text::ascii_lowercase(subject.name) == text::ascii_lowercase(request.subject)) {
            setup.subject_given_as.clear();
        }
        setup.subjects.push_back(std::move(subject));
    } else if (!setup.config.subjects.empty()) {
        setup.subjects = setup.config.subjects;
        // An organization configured without aliases is called by its short name where the text
        // writes it ("Corvane" of "Corvane Energy"), as one given by --subject is.
        for (auto& subject : setup.subjects) {
            if (subject.aliases.empty()) {
                if (auto alias = short_name_written(subject.name, setup.people, newer, older);
                    !alias.empty()) {
                    subject.aliases.push_back(std::move(alias));
                }
            }
            // One configured without titles learns the kind its name says ("the bank").
            if (subject.titles.empty() && !takes_personal_pronoun(subject)) {
                add_kind_in_name(subject, newer, names_of_newer(), older, names_of_older(),
                                 older_only());
            }
        }
    } else {
        // Named equally often in the newer revision ("Feld called Kessler reckless" after
        // "Kessler was reckless"): the older one decides, as the person the essay was about.
        if (older != nullptr && !setup.chosen_from_older && setup.people.size() > 1 &&
            setup.people[0].count == setup.people[1].count) {
            const auto before = both->older_people();
            const auto count_before = [&](const Person& person) {
                for (const auto& p : before) {
                    if (p.name == person.name) {
                        return p.count;
                    }
                }
                return std::uint32_t{0};
            };
            std::size_t best = 0;
            for (std::size_t i = 1;
                 i < setup.people.size() && setup.people[i].count == setup.people[0].count; ++i) {
                if (count_before(setup.people[i]) > count_before(setup.people[best])) {
                    best = i;
                }
            }
            std::rotate(setup.people.begin(), setup.people.begin() + best,
                        setup.people.begin() + best + 1);
        }
        // A person the edit brought in, named only in paragraphs the older revision lacks (a
        // passage on a critic added to an essay on a novelist), is not what the essay is about
        // when the older revision's most named person is still named: that one stays.
        if (older != nullptr && !setup.chosen_from_older && setup.people.size() > 1) {
            const Person& top = setup.people.front();
            bool brought_in = false;
            for (const auto& person : both->people_only_in_newer()) {
                brought_in = brought_in || (person.name == top.name && person.count == top.count);
            }
            if (brought_in) {
                const auto before = both->older_people();
                for (const auto& previous : before) {
                    const auto kept = std::find_if(
                        setup.people.begin(), setup.people.end(),
                        [&](const Person& person) { return person.name == previous.name; });
                    if (kept != setup.people.end() && kept != setup.people.begin()) {
                        setup.passed_over = top.name;
                        std::rotate(setup.people.begin(), kept, kept + 1);
                    }
                    if (kept != setup.people.end()) {
                        break;
                    }
                }
            }
        }
        if (auto organization =
                organization_named_most(setup.people, newer, names_of_newer(), older)) {
            add_titles_written_beside_name(*organization, newer, names_of_newer(), older,
                                           names_of_older(), older_only());
            add_kind_in_name(*organization, newer, names_of_newer(), older, names_of_older(),
                             older_only());
            setup.chosen = organization->name;
            setup.passed_over.clear();
            setup.subjects.push_back(std::move(*organization));
        } else if (auto chosen = choose_subject(setup.people)) {
            add_first_name_written_alone(*chosen, setup.people, newer, older);
            add_titles_written_beside_name(*chosen, newer, names_of_newer(), older,
                                           names_of_older(), older_only());
            setup.chosen = chosen->name;
            setup.subjects.push_back(std::move(*chosen));
        }
    }
    // People named only in the older revision, after the newer one's: an analysis of the older
    // one knows them as other people ("She was careless" after "Karl Mohr" is no claim about
    // the subject there, whatever the newer revision says).
    if (older != nullptr && !setup.chosen_from_older) {
        for (auto& person : both->people_only_in_older()) {
            const bool known = std::any_of(setup.people.begin(), setup.people.end(),
                                           [&](const Person& p) { return p.name == person.name; });
            if (!known) {
                person.count = 0; // named nowhere in the newer revision
                setup.people.push_back(std::move(person));
            }
        }
    }
}

AssessmentSetup prepare_assessment(const SubjectRequest& request, const document::Document& newer,
                                   const document::Document* older) {
    AssessmentSetup setup = load_configuration(request);
    choose_subjects(setup, request, newer, older);
    return setup;
}

std::vector<std::string> check_subjects_named(const AssessmentSetup& setup,
                                              const SubjectRequest& request,
                                              const std::vector<bool>& named,
                                              const std::string& revisions) {
    std::vector<std::string> people;
    for (const auto& person : setup.people) {
        people.push_back(person.name);
        people.push_back(person.last_name);
    }
    std::vector<std::string> absent;
    for (std::size_t s = 0; s < setup.subjects.size() && s < named.size(); ++s) {
        if (!named[s]) {
            absent.push_back(setup.subjects[s].name);
        }
    }
    std::vector<std::string> notes;
    if (!setup.subject_given_as.empty() && !setup.subjects.empty()) {
        notes.push_back("--subject '" + setup.subject_given_as + "' is read as " +
                        setup.subjects[0].name +
                        ", the text's spelling, with that name's titles, aliases and pronouns");
    }
    if (absent.empty() || !setup.chosen.empty()) {
        return notes;
    }
    const auto suggestion = [&](const std::string& name) {
        const std::string best = text::nearest(name, people);
        return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
    };
    if (!request.subject.empty()) {
        throw Error(ErrorKind::usage, "the subject '" + request.subject + "' is not named in " +
                                          revisions + suggestion(request.subject) +
                                          "; check --subject and --alias");
    }
    const std::string file =
        setup.config.file.empty() ? std::string("the configuration") : setup.config.file.string();
    if (absent.size() == setup.subjects.size()) {
        std::string names;
        for (const auto& name : absent) {
            names += (names.empty() ? "'" : ", '") + name + "'" + suggestion(name);
        }
        throw Error(ErrorKind::usage, "no subject of " + file + " is named in " + revisions + ": " +
                                          names +
                                          "; check the names and aliases of its [[subject]] "
                                          "tables");
    }
    // A configured subject this text does not name is no news (one configuration serves many
    // essays), unless the text names someone with a name close to it: then it is likely a typo.
    for (const auto& name : absent) {
        if (text::nearest(name, people).empty()) {
            continue;
        }
        notes.push_back("the subject '" + name + "' of " + file + " is not named in " + revisions +
                        suggestion(name) + ", so its scores are empty");
    }
    return notes;
}

} // namespace redraft::claims
