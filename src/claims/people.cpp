// People named in a document: capitalized name sequences such as "Angela Merkel" or "Ursula von
// der Leyen", with titles, organizations and places filtered out by a word list, counted by their
// full names and last names.
#include "claims/people.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <numeric>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "claims/name_scan.hpp"
#include "claims/name_words.hpp"
#include "claims/string_ids.hpp"

namespace redraft::claims {
namespace {

using detail::name_particle;
using detail::starts_upper;
using detail::with_lowercase_initial;
using detail::without_possessive;
using name_scan::for_each_word;
using name_scan::PronounAt;
using name_scan::Scan;
using name_scan::scan_names;
using name_scan::Segment;
using name_scan::select;

// "von der Leyen's" -> "von der Leyen": the last name as people are matched by, particles in
// lowercase ("Von der Leyen" opening a sentence is the same name). Written into `key`, which is
// reused: one buffer for all of a document's last names.
void surname_key(const Scan& scan, std::uint32_t first, std::uint32_t end, std::string& key) {
    key.clear();
    for (std::uint32_t k = first; k + 1 < end; ++k) {
        if (detail::is_irish_particle(scan.words[k])) {
            key += scan.words[k]; // "Ó Briain", "Ní Bhriain": capitalized wherever they stand
        } else {
            for (const char c : scan.words[k]) {
                key.push_back(text::ascii_lower(c));
            }
        }
        key.push_back(' ');
    }
    key += without_possessive(scan.words[end - 1]);
}

// Whether a word has no byte from 0x80 on, eight bytes at a time: asked of every distinct name
// word.
bool is_ascii(std::string_view word) {
    std::size_t k = 0;
    std::uint64_t high = 0;
    for (; k + 8 <= word.size(); k += 8) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, word.data() + k, 8);
        high |= chunk;
    }
    for (; k < word.size(); ++k) {
        high |= static_cast<unsigned char>(word[k]);
    }
    return (high & 0x8080808080808080ULL) == 0;
}

// Whether a capitalized word has the shape of one that is no given name: a verb's -ing form
// ("Examining Rutte's record", "Following Merkel's lead") or an adverb of a productive ending
// ("Reportedly", "Curiously", "Similarly"), which open sentences before a last name. Given names
// that are also words (Grace, Hope, Faith, Will, Rose, Mark, Bill, Frank) have neither, nor
// names in -ly ("Emily", "Kelly", "Kimberly"); a rare given name in -ing ("Irving", "Sterling")
// is still one unless it only ever opens sentences beside another person of its last name.
bool shaped_as_no_given_name(std::string_view word) {
    if (word.size() < 6) {
        return false;
    }
    if (word.back() == 'g') {
        return word.ends_with("ing");
    }
    if (word.back() != 'y' || word[word.size() - 2] != 'l') {
        return false; // most words
    }
    static constexpr std::string_view kAdverbEndings[] = {"ally",  "ately", "ously", "edly",
                                                          "ently", "antly", "ively", "fully",
                                                          "ably",  "ibly",  "arly"};
    return std::any_of(std::begin(kAdverbEndings), std::end(kAdverbEndings),
                       [&](std::string_view ending) {
                           return word.size() >= ending.size() + 3 && word.ends_with(ending);
                       });
}

// The parts of one segment: given names [given, given_end), the last name the person is called
// by alone [last, last_end), and the name as written [from(), end). Most names are given names
// and then the last name, to the segment's end; given == given_end when the segment is a last
// name alone ("Rutte", "von der Leyen"). A double surname after a particle is called by its
// first ("Inés de la Fuente Ortúzar": "de la Fuente", the name written to "Ortúzar"), and a name
// written family name first has its last name before the given name ("Park Ji-won": "Park").
struct Parts {
    std::uint32_t given = 0;
    std::uint32_t given_end = 0;
    std::uint32_t last = 0;
    std::uint32_t last_end = 0;
    std::uint32_t end = 0;
    std::uint32_t from() const { return std::min(given, last); }
};

// Whether `family` and `given` have the shapes of a family name and the given name after it, in
// the romanization of Korean (or other East Asian) names: a short word, then two short
// syllables joined by a hyphen, the second in lowercase ("Park Ji-won", "Moon Jae-in", "Kim
// Jong-un", "Lee Hsien-loong"). Not a hyphenated name of Europe, whose parts are both
// capitalized ("Jean-Claude Juncker", "Anna Kovač-Horvat"), nor a longer word after a name, as
// in a headline ("Merkel Re-elected").
bool family_name_first(std::string_view family, std::string_view given) {
    const auto lowercase = [](std::string_view w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    const auto syllable = [&](std::string_view w) {
        return w.size() >= 2 && w.size() <= 5 && w[0] >= 'A' && w[0] <= 'Z' &&
               lowercase(w.substr(1));
    };
    const std::size_t hyphen = given.find('-');
    if (hyphen == std::string_view::npos || !syllable(family) ||
        !syllable(given.substr(0, hyphen))) {
        return false; // most names: no hyphen
    }
    const std::string_view second = given.substr(hyphen + 1);
    return second.size() >= 2 && second.size() <= 5 && lowercase(second);
}

// The parts of the segment [first, end) of `words` (see Parts). A last name is the last word
// with the particles before it ("von der Leyen"); two or more words after a name's first
// particles are a double surname, called by those particles and the word after them ("Inés de
// la Fuente Ortúzar", "de la Fuente Ortúzar": "de la Fuente"); a family name written first
// before a given name of its shape is the last name ("Park Ji-won").
Parts parts_of(const std::vector<std::string_view>& words, std::uint32_t first, std::uint32_t end) {
    if (end - first == 1) {
        return {first, first, first, end, end}; // most segments: a last name alone
    }
    Parts p{first, end - 1, end - 1, end, end};
    while (p.last > first && name_particle(words[p.last - 1])) {
        --p.last;
    }
    if (end - first == 2 && p.last == end - 1 &&
        family_name_first(words[first], without_possessive(words[first + 1]))) {
        return {first + 1, end, first, first + 1, end};
    }
    std::uint32_t particle = first;
    while (particle < p.last && !name_particle(words[particle])) {
        ++particle;
    }
    if (particle < p.last) {
        std::uint32_t word = particle + 1;
        while (word < end && name_particle(words[word])) {
            ++word;
        }
        if (word + 1 < end) {
            p.last = particle;
            p.last_end = word + 1;
        }
    }
    p.given_end = p.last;
    return p;
}

// Given names that may belong to one person, as the numbers of their words: the words of one are
// all words of the other ("Tayyip" and "Recep Tayyip"; not "Ingrid" and "Erik").
bool compatible(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    return std::all_of(small.begin(), small.end(), [&](std::uint32_t w) {
        return std::find(large.begin(), large.end(), w) != large.end();
    });
}

// The pronouns a text states for the person named right before `rest` (the text after the
// name): in brackets, "(they/them)", "(She/Her)", or after "uses" or "goes by", with a comma and
// "who" or not: ", who uses they/them pronouns", ", who uses the pronouns they and them", " uses
// she/her", ", who goes by he/him". All their forms; empty where it states none. Asked of each
// name that counts for a person, and most are ruled out by the byte after it.
std::vector<std::string> pronouns_stated_after(std::string_view rest) {
    // Most names: a word or a stop right after them, or a space before anything but "(", "who",
    // "uses" and "goes".
    if (rest.size() < 8 || (rest[0] != ' ' && rest[0] != ',')) {
        return {};
    }
    const char next = rest[0] == ',' ? rest[2] : rest[1];
    if (next != '(' && next != 'w' && next != 'u' && next != 'g') {
        return {};
    }
    std::string_view at = rest.substr(0, 48);
    // Compared in place, in any case: "(They/Them)".
    const auto eat = [&](std::string_view word) {
        if (at.size() < word.size()) {
            return false;
        }
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (text::ascii_lower(at[k]) != word[k]) {
                return false;
            }
        }
        at.remove_prefix(word.size());
        return true;
    };
    if (!eat(" (")) {
        eat(",");
        if (!eat(" ")) {
            return {};
        }
        eat("who ");
        if (!eat("uses ") && !eat("goes by ")) {
            return {};
        }
        eat("the pronouns ");
    }
    struct Stated {
        std::string_view subject;
        std::string_view object;
        Gender gender;
    };
    static constexpr Stated kStated[] = {{"she", "her", Gender::feminine},
                                         {"he", "him", Gender::masculine},
                                         {"they", "them", Gender::unknown}};
    for (const Stated& stated : kStated) {
        if (!eat(stated.subject)) {
            continue;
        }
        if ((eat("/") || eat(" and ")) && eat(stated.object)) {
            return stated.gender == Gender::unknown
                       ? std::vector<std::string>{"they", "them", "their", "theirs", "themselves"}
                       : pronouns_of(stated.gender);
        }
        return {};
    }
    return {};
}

// Groups the name segments of a scan into people, step by step (build). The steps share the
// numbers of words and last names: equal texts have equal numbers, so names are counted and
// compared by number rather than in string-keyed maps.
class PeopleOfScan {
public:
    explicit PeopleOfScan(const Scan& scan)
        : scan_(scan), words_(scan.words), count_(scan.segments.size()) {}

    std::vector<Person> build() {
        number_words();
        split_given_and_last();
        note_common_words();
        drop_common_openers();
        group_forms();
        join_compatible_forms();
        name_people();
        count_names();
        read_stated_pronouns();
        count_pronouns();
        std::stable_sort(people_.begin(), people_.end(),
                         [](const Person& a, const Person& b) { return a.count > b.count; });
        return std::move(people_);
    }

private:
    // The full names that write one person's name alike but for their given names' words: "Mark
    // Rutte", "Rutte" is no form (a last name alone).
    struct Form {
        std::vector<std::uint32_t> given; // the words' numbers
        std::uint32_t segment = 0;        // the first that writes it
        std::uint32_t count = 0;
        std::uint32_t placed = 0; // of `count`, right after "the", "in" or "at"
        std::size_t cluster = 0;
        // A word of it is written with marks somewhere ("Inés Núñez", "Ines Nunez"): then its
        // spellings as written, the first segment that writes each, and how often.
        bool respelled = false;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> spellings;
    };
    // Forms that may be one person (compatible given names, one last name).
    struct Cluster {
        std::size_t form = SIZE_MAX;         // the form that names it
        bool confirmed = false;              // a given name was seen inside a sentence
        bool common = true;                  // every form's given name is a common word
        std::uint32_t count = 0, placed = 0; // full names, and those after "the", "in", "at"
        std::size_t person = SIZE_MAX;
    };

    // Numbers every word. A word with marks stands for its number without them, so that "Inés
    // Núñez" and "Ines Nunez" (wire copy often drops the marks) are one person's name, shown as
    // the text writes it most with its marks (name_people). Each distinct word is asked once; a
    // text without marks, most of them, is numbered as before.
    void number_words() {
        word_id_.resize(words_.size());
        for (std::size_t k = 0; k < words_.size(); ++k) {
            word_id_[k] = word_ids_.id(words_[k]);
        }
        const auto written = static_cast<std::uint32_t>(word_ids_.size());
        std::vector<std::uint32_t> plain_of; // by number as written: the number without marks
        for (std::uint32_t id = 0; id < written; ++id) {
            const std::string_view word = word_ids_.text(id);
            if (is_ascii(word)) {
                continue;
            }
            if (plain_of.empty()) {
                plain_of.resize(written);
                std::iota(plain_of.begin(), plain_of.end(), 0u);
            }
            const std::uint32_t plain = word_ids_.id(text::without_marks(word));
            plain_of[id] = plain;
            respelled_.resize(word_ids_.size(), 0);
            respelled_[plain] = 1;
            written_as_.resize(word_ids_.size());
            if (plain >= written && written_as_[plain].empty()) {
                written_as_[plain] =
                    word; // the first with marks: "Inés" when "Ines" is not written
            }
        }
        respelled_.resize(word_ids_.size(), 0);
        written_as_.resize(word_ids_.size());
        if (!plain_of.empty()) {
            for (auto& id : word_id_) {
                id = plain_of[id];
            }
        }
        // Most last names are one word: numbered once per distinct word.
        surname_of_word_.assign(word_ids_.size(), UINT32_MAX);
    }

    // A word by its number, as the text writes it.
    std::string_view written_text(std::uint32_t id) const {
        return written_as_[id].empty() ? word_ids_.text(id) : written_as_[id];
    }

    // The number of the last name of words [first, end), without marks.
    std::uint32_t surname_id(std::uint32_t first, std::uint32_t end) {
        std::uint32_t* const known =
            end - first == 1 ? &surname_of_word_[word_id_[first]] : nullptr;
        if (known != nullptr && *known != UINT32_MAX) {
            return *known;
        }
        surname_key(scan_, first, end, key_);
        if (!is_ascii(key_)) {
            key_ = text::without_marks(key_);
        }
        const std::uint32_t id = surname_ids_.id(key_);
        if (known != nullptr) {
            *known = id;
        }
        return id;
    }

    // 1. Given names and last name of each segment (parts_of): a last name is the last word with
    // the particles before it ("von der Leyen"), the first of a double surname ("de la Fuente"),
    // or a family name written first ("Park"). One capitalized particle before the last word ("De
    // Gaulle", "Al Gore") is the last name's when the document writes that last name with its
    // particle elsewhere ("Charles de Gaulle", "Minister de Jong"), and a given name otherwise.
    void split_given_and_last() {
        parts_.resize(count_);
        std::vector<bool> one_particle(count_, false);
        std::vector<bool> particle_surname; // by last name's number
        for (std::size_t s = 0; s < count_; ++s) {
            const auto& segment = scan_.segments[s];
            const Parts p = parts_of(words_, segment.first, segment.end);
            if (p.given == p.given_end && segment.end - segment.first == 2 &&
                starts_upper(words_[p.last])) {
                one_particle[s] = true;
            } else if (p.last + 1 < p.last_end) {
                const std::uint32_t id = surname_id(p.last, p.last_end);
                particle_surname.resize(std::max<std::size_t>(particle_surname.size(), id + 1));
                particle_surname[id] = true;
            }
            parts_[s] = p;
        }
        for (std::size_t s = 0; s < count_; ++s) {
            if (one_particle[s]) {
                const std::uint32_t id = surname_id(parts_[s].last, parts_[s].last_end);
                if (id >= particle_surname.size() || !particle_surname[id]) {
                    parts_[s].last += 1;
                    parts_[s].given_end += 1;
                }
            }
        }
    }

    // Whether segment s has given names, of which the first opens its sentence and is never
    // written capitalized inside one.
    bool opens_unconfirmed(std::size_t s) const {
        return scan_.segments[s].opens && parts_[s].given < parts_[s].given_end &&
               !inside_[word_id_[parts_[s].given]];
    }

    // 2. Evidence that a capitalized word is a name: it is capitalized inside a sentence
    // somewhere. A word seen only opening sentences may be any word ("Yesterday", "Examining").
    // And evidence that it is a common word: its shape (an -ing form, an adverb), or else the
    // document also writes it in lowercase, looked for only when some name needs it.
    void note_common_words() {
        inside_.assign(word_ids_.size(), false);
        for (const auto& segment : scan_.segments) {
            for (auto k = segment.first + (segment.opens ? 1 : 0); k < segment.end; ++k) {
                inside_[word_id_[k]] = true;
            }
        }
        std::deque<std::string> lowercase_storage;
        std::unordered_set<std::string_view> candidates;
        std::uint64_t candidate_lengths = 0;
        for (std::size_t s = 0; s < count_; ++s) {
            if (opens_unconfirmed(s) && !shaped_as_no_given_name(words_[parts_[s].given])) {
                const std::string_view word = words_[parts_[s].given];
                lowercase_storage.push_back(with_lowercase_initial(word));
                candidates.insert(lowercase_storage.back());
                candidate_lengths |= std::uint64_t{1} << std::min<std::size_t>(word.size(), 63);
            }
        }
        if (candidates.empty()) {
            return;
        }
        for (const auto& mark : scan_.marks) {
            for_each_word(mark.paragraph->text, [&](std::string_view word) {
                if (((candidate_lengths >> std::min<std::size_t>(word.size(), 63)) & 1) != 0 &&
                    !starts_upper(word) && candidates.count(word) != 0) {
                    lowercase_seen_.insert(word);
                }
            });
        }
    }

    // Whether the word of this number is a common word (note_common_words).
    bool common_word(std::uint32_t id) const {
        return !inside_[id] &&
               (shaped_as_no_given_name(written_text(id)) ||
                lowercase_seen_.count(with_lowercase_initial(written_text(id))) != 0);
    }

    // 3. A name of three or more words keeps them all ("Recep Tayyip Erdoğan"), but a common
    // word opening the sentence is not part of it ("Yesterday Mark Rutte").
    void drop_common_openers() {
        for (std::size_t s = 0; s < count_; ++s) {
            if (parts_[s].given_end - parts_[s].given >= 2 && opens_unconfirmed(s) &&
                common_word(word_id_[parts_[s].given])) {
                ++parts_[s].given;
            }
        }
    }

    // Whether segments a and b (of one form) write it alike, a possessive aside.
    bool spelled_alike(std::size_t a, std::size_t b) const {
        const Parts& pa = parts_[a];
        const Parts& pb = parts_[b];
        if (pa.end - pa.from() != pb.end - pb.from()) {
            return false; // "Inés de la Fuente" beside "Inés de la Fuente Ortúzar"
        }
        for (std::uint32_t k = 0; pa.from() + k < pa.end; ++k) {
            const bool last = pa.from() + k + 1 == pa.end;
            const std::string_view wa = words_[pa.from() + k];
            const std::string_view wb = words_[pb.from() + k];
            if (last ? without_possessive(wa) != without_possessive(wb) : wa != wb) {
                return false;
            }
        }
        return true;
    }

    // The segment that writes a form as the text writes it most with its marks (the first on a
    // tie): a subject named with the marks is found where the text writes the name without them
    // too, not the other way round (two names may differ by their marks alone), so "Inés Núñez"
    // is the person's name even where wire copy's "Ines Nunez" is written more often.
    std::uint32_t shown_segment(const Form& form) const {
        std::uint32_t shown = form.segment;
        std::uint32_t most = 0;
        for (const auto& [segment, times] : form.spellings) {
            const Parts& p = parts_[segment];
            const bool marked = std::any_of(words_.begin() + p.from(), words_.begin() + p.end,
                                            [](std::string_view w) { return !is_ascii(w); });
            if (marked && times > most) {
                shown = segment;
                most = times;
            }
        }
        return shown;
    }

    // 4. The forms of full names, grouped by last name. A form's number is of the bytes of its
    // given names' numbers and its last name's.
    void group_forms() {
        StringIds form_ids;
        form_of_.assign(count_, SIZE_MAX);
        surname_of_.resize(count_);
        const auto append_number = [&](std::uint32_t n) {
            key_.append(reinterpret_cast<const char*>(&n), sizeof n);
        };
        for (std::size_t s = 0; s < count_; ++s) {
            const Parts& p = parts_[s];
            surname_of_[s] = surname_id(p.last, p.last_end);
            if (p.given == p.given_end) {
                continue;
            }
            key_.clear();
            for (auto k = p.given; k < p.given_end; ++k) {
                append_number(word_id_[k]);
            }
            append_number(surname_of_[s]);
            const std::size_t f = form_ids.id(key_);
            if (f == forms_.size()) {
                Form form;
                form.given.assign(word_id_.begin() + p.given, word_id_.begin() + p.given_end);
                form.segment = static_cast<std::uint32_t>(s);
                form.cluster = forms_.size();
                form.respelled = std::any_of(word_id_.begin() + p.from(), word_id_.begin() + p.end,
                                             [&](std::uint32_t id) { return respelled_[id] != 0; });
                forms_.push_back(std::move(form));
                forms_of_surname_.resize(
                    std::max<std::size_t>(forms_of_surname_.size(), surname_of_[s] + 1));
                forms_of_surname_[surname_of_[s]].push_back(f);
            }
            ++forms_[f].count;
            forms_[f].placed += scan_.segments[s].placed ? 1 : 0;
            form_of_[s] = f;
            if (forms_[f].respelled) {
                auto& spellings = forms_[f].spellings;
                const auto same =
                    std::find_if(spellings.begin(), spellings.end(),
                                 [&](const auto& sp) { return spelled_alike(sp.first, s); });
                if (same != spellings.end()) {
                    ++same->second;
                } else {
                    spellings.emplace_back(static_cast<std::uint32_t>(s), 1);
                }
            }
        }
    }

    // The first form of the cluster of form f.
    std::size_t root(std::size_t f) {
        while (forms_[f].cluster != f) {
            f = forms_[f].cluster = forms_[forms_[f].cluster].cluster;
        }
        return f;
    }

    // 4, continued: the forms that may be one person (compatible given names) joined into
    // clusters. Quadratic in the forms of one last name: a cap keeps a pathological document
    // linear. Clusters come out the same in any order of last names: a cluster's root is its
    // first form.
    void join_compatible_forms() {
        constexpr std::size_t kMaxFormsJoined = 64;
        for (const auto& list : forms_of_surname_) {
            for (std::size_t a = 0; a < list.size() && a < kMaxFormsJoined; ++a) {
                for (std::size_t b = a + 1; b < list.size() && b < kMaxFormsJoined; ++b) {
                    if (compatible(forms_[list[a]].given, forms_[list[b]].given)) {
                        const auto ra = root(list[a]);
                        const auto rb = root(list[b]);
                        forms_[std::max(ra, rb)].cluster = std::min(ra, rb); // the earlier leads
                    }
                }
            }
        }
    }

    // 5. One person per cluster, named by its most frequent form (the first on a tie). A
    // cluster whose given names only open sentences and are common words is no person when
    // its last name has another ("Under Lagarde" beside "Christine Lagarde").
    void name_people() {
        clusters_.resize(forms_.size());
        std::vector<std::uint32_t> clusters_of_surname(surname_ids_.size(), 0);
        for (std::size_t f = 0; f < forms_.size(); ++f) {
            auto& cluster = clusters_[root(f)];
            const auto& form = forms_[f];
            if (cluster.form == SIZE_MAX) {
                ++clusters_of_surname[surname_of_[form.segment]];
            }
            if (cluster.form == SIZE_MAX || form.count > forms_[cluster.form].count) {
                cluster.form = f;
            }
            cluster.confirmed = cluster.confirmed || inside_[form.given.front()];
            cluster.common = cluster.common && common_word(form.given.front());
            cluster.count += form.count;
            cluster.placed += form.placed;
        }
        first_of_surname_.assign(surname_ids_.size(), SIZE_MAX);
        for (std::size_t f = 0; f < forms_.size(); ++f) {
            auto& cluster = clusters_[f];
            if (root(f) != f || (!cluster.confirmed && cluster.common &&
                                 clusters_of_surname[surname_of_[forms_[f].segment]] > 1)) {
                continue;
            }
            // A name written at least half the times after "the", "in" or "at" is a place or an
            // organization ("grew up in Hong Kong", "chaired the Football Association").
            if (2 * cluster.placed >= cluster.count && cluster.placed > 0) {
                continue;
            }
            const auto& form = forms_[cluster.form];
            const Parts& p = parts_[shown_segment(form)];
            std::string name;
            for (auto k = p.from(); k < p.end; ++k) {
                name.append(k + 1 == p.end ? without_possessive(words_[k]) : words_[k]);
                name.push_back(' ');
            }
            name.pop_back();
            const std::uint32_t surname = surname_of_[form.segment];
            cluster.person = people_.size();
            if (first_of_surname_[surname] == SIZE_MAX) {
                first_of_surname_[surname] = people_.size();
            }
            surname_of_person_.push_back(surname);
            surname_key(scan_, p.last, p.last_end, key_); // as written, marks and all
            people_.push_back({std::move(name), key_, 0, cluster.confirmed, 0, 0, {}});
        }
    }

    // 6. Counting, in reading order: a full name counts for its person, a last name alone for
    // the person of that last name named in full most recently among those named inside a
    // sentence, or else for the first named. person_of_[s]: whom segment s counted for.
    void count_names() {
        person_of_.assign(count_, SIZE_MAX);
        std::vector<std::size_t> recent(surname_ids_.size(), SIZE_MAX); // by last name's number
        for (std::size_t s = 0; s < count_; ++s) {
            if (form_of_[s] != SIZE_MAX) {
                const auto person = clusters_[root(form_of_[s])].person;
                if (person != SIZE_MAX) {
                    person_of_[s] = person;
                    ++people_[person].count;
                    if (people_[person].confirmed) {
                        recent[surname_of_person_[person]] = person;
                    }
                    continue;
                }
            }
            std::uint32_t surname = surname_of_[s];
            std::size_t first = first_of_surname_[surname];
            if (first == SIZE_MAX && parts_[s].given == parts_[s].given_end &&
                parts_[s].last + 1 < parts_[s].last_end && !starts_upper(words_[parts_[s].last])) {
                // Lowercase particles before a last name that no one named carries with them are
                // no part of it: "governed à la Trump" names Trump.
                surname = surname_id(parts_[s].last_end - 1, parts_[s].last_end);
                first = surname < first_of_surname_.size() ? first_of_surname_[surname] : SIZE_MAX;
            }
            if (first == SIZE_MAX) {
                continue;
            }
            const std::size_t last = recent[surname];
            person_of_[s] = last != SIZE_MAX ? last : first;
            ++people_[person_of_[s]].count;
        }
    }

    // The pronouns a text states after a name ("Halloran, who uses the pronouns they and
    // them,"): the first statement of each person's.
    void read_stated_pronouns() {
        for (std::size_t s = 0; s < count_; ++s) {
            if (person_of_[s] == SIZE_MAX || !people_[person_of_[s]].stated_pronouns.empty()) {
                continue;
            }
            const Segment& segment = scan_.segments[s];
            const std::string_view last = words_[segment.end - 1];
            const std::string_view text = scan_.marks[segment.paragraph - 1].paragraph->text;
            const auto after = static_cast<std::size_t>(last.data() + last.size() - text.data());
            if (without_possessive(last).size() == last.size() && after < text.size()) {
                people_[person_of_[s]].stated_pronouns = pronouns_stated_after(text.substr(after));
            }
        }
    }

    // 7. Pronouns: each counts for the person named last before it in its paragraph, when that
    // person is the only one named in their sentence and the pronoun stands in that sentence
    // or the next ("Kessler hired Feld. She ..." tells nothing of Feld). A pronoun in the same
    // sentence is the stronger evidence: in the next sentence it may be someone named before
    // ("Marsh won. Pryce left. She was reckless."), so there it does not count for a person
    // whom a pronoun of the other gender in their own sentence has told apart: pass 0 tallies
    // those. (Without anyone named before, it still counts: "Marsh met the minister, and he
    // agreed. She ..." may have told Marsh's gender wrongly.)
    void count_pronouns() {
        std::vector<std::array<std::uint32_t, 2>> same_sentence(people_.size(), {0, 0});
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& pronoun : scan_.pronouns) {
                std::size_t s = pronoun.segments;
                while (s > 0 && person_of_[s - 1] == SIZE_MAX &&
                       scan_.segments[s - 1].paragraph == pronoun.paragraph) {
                    --s; // a capitalized word that names no one ("The Bank")
                }
                if (s == 0 || scan_.segments[s - 1].paragraph != pronoun.paragraph) {
                    continue;
                }
                const Segment& named = scan_.segments[s - 1];
                const std::size_t person = person_of_[s - 1];
                if (pronoun.sentence > named.sentence + 1) {
                    continue;
                }
                bool alone = true;
                for (std::size_t k = s - 1;
                     k > 0 && scan_.segments[k - 1].sentence == named.sentence; --k) {
                    alone = alone && (person_of_[k - 1] == SIZE_MAX || person_of_[k - 1] == person);
                }
                if (!alone) {
                    continue;
                }
                if (pronoun.tells_nothing) {
                    continue; // "Tomas Reiner accused her": not Reiner
                }
                const bool masculine = pronoun.gender == Gender::masculine;
                const bool same = pronoun.sentence == named.sentence;
                if (pass == 0) {
                    if (same) {
                        same_sentence[person][masculine ? 1 : 0] += 1;
                    }
                    continue;
                }
                if (!same && same_sentence[person][masculine ? 0 : 1] > 0 &&
                    someone_else_before(s - 1, person, pronoun.paragraph)) {
                    continue; // told apart in their own sentence: this one is someone else
                }
                if (!same && pronoun.sentence_opener != Gender::unknown &&
                    pronoun.sentence_opener != pronoun.gender) {
                    continue; // "Delmont left. He crowds her scenes": the "He" is Delmont
                }
                (masculine ? people_[person].masculine : people_[person].feminine) += 1;
            }
        }
    }

    // Whether someone other than `person` is named before segment `named` in `paragraph`: whom a
    // pronoun after them may be.
    bool someone_else_before(std::size_t named, std::size_t person, std::uint32_t paragraph) const {
        for (std::size_t k = named; k > 0 && scan_.segments[k - 1].paragraph == paragraph; --k) {
            if (person_of_[k - 1] != SIZE_MAX && person_of_[k - 1] != person) {
                return true;
            }
        }
        return false;
    }

    const Scan& scan_;
    const std::vector<std::string_view>& words_;
    const std::size_t count_; // segments
    StringIds word_ids_;
    std::vector<std::uint32_t> word_id_;       // by word of the scan
    std::vector<std::uint8_t> respelled_;      // by number: written without marks and with
    std::vector<std::string_view> written_as_; // by number: a plain word only written marked
    StringIds surname_ids_;
    std::string key_;                            // the key being numbered, reused
    std::vector<std::uint32_t> surname_of_word_; // by word's number: its last name's, or none
    std::vector<Parts> parts_;                   // by segment
    std::vector<bool> inside_;                   // by word's number: capitalized in a sentence
    std::unordered_set<std::string_view> lowercase_seen_; // candidates written in lowercase
    std::vector<Form> forms_;
    std::vector<std::vector<std::size_t>> forms_of_surname_; // by last name's number
    std::vector<std::size_t> form_of_;                       // by segment, or SIZE_MAX
    std::vector<std::uint32_t> surname_of_;                  // by segment: its last name's number
    std::vector<Cluster> clusters_; // by form (its root's is the cluster's)
    std::vector<Person> people_;
    std::vector<std::uint32_t> surname_of_person_; // by person
    std::vector<std::size_t> first_of_surname_;    // by last name: its first person, or SIZE_MAX
    std::vector<std::size_t> person_of_;           // by segment: whom it counted for, or SIZE_MAX
};

std::vector<Person> people_of_scan(const Scan& scan) {
    return PeopleOfScan(scan).build();
}

std::vector<const document::Paragraph*> paragraphs_of(const document::Document& doc,
                                                      const std::vector<bool>* wanted) {
    std::vector<const document::Paragraph*> paragraphs;
    paragraphs.reserve(doc.paragraphs.size());
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        if (wanted == nullptr || (*wanted)[p]) {
            paragraphs.push_back(&doc.paragraphs[p]);
        }
    }
    return paragraphs;
}

} // namespace

struct ScannedNames {
    Scan scan;
    std::vector<std::uint32_t> mark_of; // by paragraph of the document: its mark, or UINT32_MAX
};

NameScan::NameScan(const document::Document& doc, const std::vector<bool>* wanted)
    : names_(std::make_unique<ScannedNames>()) {
    names_->scan = scan_names(paragraphs_of(doc, wanted), true);
    names_->mark_of.assign(doc.paragraphs.size(), UINT32_MAX);
    std::uint32_t mark = 0;
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        if (wanted == nullptr || (*wanted)[p]) {
            names_->mark_of[p] = mark++;
        }
    }
}

NameScan::~NameScan() = default;
NameScan::NameScan(NameScan&&) noexcept = default;
NameScan& NameScan::operator=(NameScan&&) noexcept = default;

bool NameScan::scanned(std::size_t paragraph) const {
    return names_->mark_of[paragraph] != UINT32_MAX;
}

std::span<const std::uint32_t> NameScan::capitals_after_gap(std::size_t paragraph) const {
    const Scan& scan = names_->scan;
    const std::uint32_t mark = names_->mark_of[paragraph];
    const std::uint32_t from = scan.capitals_from[mark];
    const std::uint32_t to = mark + 1 < scan.capitals_from.size()
                                 ? scan.capitals_from[mark + 1]
                                 : static_cast<std::uint32_t>(scan.capitals.size());
    return {scan.capitals.data() + from, to - from};
}

std::vector<Person> NameScan::people() const {
    return people_of_scan(names_->scan);
}

std::vector<Person> NameScan::people_of(const std::vector<Pick>& picks) {
    std::vector<std::pair<const Scan*, std::size_t>> marks;
    marks.reserve(picks.size());
    for (const Pick& pick : picks) {
        marks.emplace_back(&pick.scan->names_->scan, pick.scan->names_->mark_of[pick.paragraph]);
    }
    return people_of_scan(select(marks));
}

std::vector<Person> find_people(const document::Document& doc) {
    return people_of_scan(scan_names(paragraphs_of(doc, nullptr), true));
}

std::vector<Person> find_people_bytewise(const document::Document& doc) {
    return people_of_scan(scan_names(paragraphs_of(doc, nullptr), false));
}

Gender gender_of(const Person& person) {
    if (!person.stated_pronouns.empty()) {
        return pronoun_gender(person.stated_pronouns.front()); // "they": unknown
    }
    if (person.masculine >= 2 && person.masculine >= 4 * person.feminine) {
        return Gender::masculine;
    }
    if (person.feminine >= 2 && person.feminine >= 4 * person.masculine) {
        return Gender::feminine;
    }
    return Gender::unknown;
}

std::vector<std::string> pronouns_of(Gender gender) {
    switch (gender) {
    case Gender::masculine:
        return {"he", "him", "his", "himself"};
    case Gender::feminine:
        return {"she", "her", "hers", "herself"};
    case Gender::unknown:
        break;
    }
    return default_pronouns();
}

std::optional<Subject> choose_subject(const std::vector<Person>& people) {
    if (people.empty()) {
        return std::nullopt;
    }
    Subject subject;
    subject.name = people.front().name;
    subject.aliases = {people.front().last_name};
    subject.pronouns = pronouns_of(people.front());
    return subject;
}

std::vector<std::string> pronouns_of(const Person& person) {
    return person.stated_pronouns.empty() ? pronouns_of(gender_of(person)) : person.stated_pronouns;
}

} // namespace redraft::claims
