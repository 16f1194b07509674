// People named in a document: capitalized name sequences such as "Angela Merkel", with titles,
// organizations and places filtered out by a word list, counted by their last name.
#include <redraft/claims/claims.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace redraft::claims {
namespace {

// Capitalized words that are not part of a person's name: function words that open sentences,
// titles, and words of organizations, places, events and nationalities.
const std::unordered_set<std::string_view>& non_name_words() {
    static const std::unordered_set<std::string_view> words = {"The",
                                                               "A",
                                                               "An",
                                                               "In",
                                                               "On",
                                                               "At",
                                                               "Of",
                                                               "For",
                                                               "By",
                                                               "With",
                                                               "From",
                                                               "To",
                                                               "As",
                                                               "And",
                                                               "But",
                                                               "Or",
                                                               "If",
                                                               "When",
                                                               "While",
                                                               "After",
                                                               "Before",
                                                               "Despite",
                                                               "Following",
                                                               "However",
                                                               "This",
                                                               "That",
                                                               "These",
                                                               "Those",
                                                               "It",
                                                               "Its",
                                                               "His",
                                                               "Her",
                                                               "Their",
                                                               "Our",
                                                               "We",
                                                               "I",
                                                               "He",
                                                               "She",
                                                               "They",
                                                               "Like",
                                                               "Even",
                                                               "Yet",
                                                               "Also",
                                                               "Both",
                                                               "All",
                                                               "Many",
                                                               "Most",
                                                               "Mr",
                                                               "Mrs",
                                                               "Ms",
                                                               "Dr",
                                                               "Prof",
                                                               "Sir",
                                                               "Lord",
                                                               "Lady",
                                                               "Current",
                                                               "Former",
                                                               "Outgoing",
                                                               "President",
                                                               "Prime",
                                                               "Minister",
                                                               "Chancellor",
                                                               "Secretary",
                                                               "General",
                                                               "Foreign",
                                                               "Affairs",
                                                               "Party",
                                                               "Union",
                                                               "Council",
                                                               "Commission",
                                                               "Parliament",
                                                               "Congress",
                                                               "Senate",
                                                               "House",
                                                               "Office",
                                                               "Service",
                                                               "Team",
                                                               "Court",
                                                               "Tribunal",
                                                               "Year",
                                                               "Olympics",
                                                               "Games",
                                                               "Summit",
                                                               "States",
                                                               "Kingdom",
                                                               "Nations",
                                                               "Republic",
                                                               "Federation",
                                                               "Criteria",
                                                               "Sea",
                                                               "Ocean",
                                                               "Democrats",
                                                               "Republicans",
                                                               "Social",
                                                               "Liberal",
                                                               "Conservative",
                                                               "Labour",
                                                               "Eastern",
                                                               "Western",
                                                               "Northern",
                                                               "Southern",
                                                               "Middle",
                                                               "Central",
                                                               "European",
                                                               "Atlantic",
                                                               "Bank",
                                                               "Reserve",
                                                               "Fund",
                                                               "Ministry",
                                                               "Department",
                                                               "Agency",
                                                               "Organization",
                                                               "Organisation",
                                                               "Alliance",
                                                               "Treaty",
                                                               "Pact",
                                                               "Group",
                                                               "Committee",
                                                               "King",
                                                               "Queen",
                                                               "Prince",
                                                               "Princess",
                                                               "Pope",
                                                               "Emperor",
                                                               "University",
                                                               "Institute",
                                                               "Times",
                                                               "Post",
                                                               "News",
                                                               "Street",
                                                               "Road",
                                                               "City",
                                                               "Province",
                                                               "State",
                                                               "County",
                                                               "Region",
                                                               "Island",
                                                               "Islands",
                                                               "Mountains",
                                                               "River",
                                                               "Airport",
                                                               "Airlines",
                                                               "Army",
                                                               "Navy",
                                                               "Force",
                                                               "Forces",
                                                               "Guard",
                                                               "Police",
                                                               "Public",
                                                               "Prosecution",
                                                               "Investigation",
                                                               "Joint",
                                                               "International",
                                                               "National",
                                                               "Federal",
                                                               "Royal",
                                                               "Supreme",
                                                               "High",
                                                               "Dutch",
                                                               "German",
                                                               "French",
                                                               "British",
                                                               "American",
                                                               "Russian",
                                                               "Ukrainian",
                                                               "Chinese",
                                                               "Romanian",
                                                               "Hungarian",
                                                               "Polish",
                                                               "Baltic",
                                                               "Turkish",
                                                               "Italian",
                                                               "Spanish",
                                                               "Australian",
                                                               "Friendship",
                                                               "Winter",
                                                               "Summer",
                                                               "Spring",
                                                               "Autumn",
                                                               "Oval",
                                                               "Netherlands",
                                                               "Hague",
                                                               "Day",
                                                               "Week",
                                                               "Act",
                                                               "Law",
                                                               "Policy",
                                                               "Strategy",
                                                               "Doctrine",
                                                               "Plan",
                                                               "Programme",
                                                               "Program",
                                                               "Initiative",
                                                               "Deal",
                                                               "Agreement",
                                                               "Accord",
                                                               "Convention",
                                                               "Declaration",
                                                               "Charter",
                                                               "Constitution",
                                                               "Cabinet",
                                                               "Government",
                                                               "Administration",
                                                               "Board",
                                                               "Chair",
                                                               "Chairman",
                                                               "Spokesperson",
                                                               "Ambassador",
                                                               "Governor",
                                                               "Mayor",
                                                               "Senator",
                                                               "Deputy",
                                                               "Vice",
                                                               "Chief",
                                                               "Executive",
                                                               "Officer",
                                                               "Director",
                                                               "Commissioner",
                                                               "Speaker",
                                                               "January",
                                                               "February",
                                                               "March",
                                                               "April",
                                                               "May",
                                                               "June",
                                                               "July",
                                                               "August",
                                                               "September",
                                                               "October",
                                                               "November",
                                                               "December",
                                                               "Monday",
                                                               "Tuesday",
                                                               "Wednesday",
                                                               "Thursday",
                                                               "Friday",
                                                               "Saturday",
                                                               "Sunday",
                                                               "Conclusion",
                                                               "Introduction",
                                                               "Chapter",
                                                               "Section",
                                                               "Part",
                                                               "Author",
                                                               "Expectations",
                                                               "Analysis"};
    return words;
}

bool is_acronym(std::string_view w) {
    int upper = 0;
    for (const char c : w) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        upper += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
    return upper >= 2 || w.size() == 1;
}

bool starts_upper(std::string_view w) {
    return !w.empty() && ((w.front() >= 'A' && w.front() <= 'Z'));
}

// "Stoltenberg's" -> "Stoltenberg".
std::string_view without_possessive(std::string_view w) {
    for (const std::string_view suffix :
         {std::string_view("'s"), std::string_view("\xe2\x80\x99s")}) {
        if (w.size() > suffix.size() && w.ends_with(suffix)) {
            return w.substr(0, w.size() - suffix.size());
        }
    }
    return w;
}

} // namespace

std::vector<Person> find_people(const document::Document& doc) {
    std::unordered_map<std::string, std::uint32_t> capitalized; // word -> occurrences
    std::vector<Person> people;
    std::unordered_map<std::string, std::size_t> index;
    std::vector<text::Token> tokens;
    const auto& stop = non_name_words();
    for (const auto& paragraph : doc.paragraphs) {
        const std::string_view text = paragraph.text;
        tokens.clear();
        text::tokenize_into(text, tokens);
        std::vector<std::string_view> run;
        auto close_run = [&] {
            // Leading titles and function words are not part of the name.
            std::size_t first = 0;
            while (first < run.size() && stop.count(run[first]) != 0) {
                ++first;
            }
            if (run.size() - first >= 2) {
                const std::string_view given = run[run.size() - 2];
                const std::string_view last = without_possessive(run.back());
                if (stop.count(given) == 0 && stop.count(last) == 0 && !given.ends_with("'s") &&
                    !given.ends_with("\xe2\x80\x99s")) {
                    std::string name = std::string(given) + " " + std::string(last);
                    if (index.emplace(name, people.size()).second) {
                        people.push_back({name, std::string(last), 0});
                    }
                }
            }
            run.clear();
        };
        for (const auto& token : tokens) {
            const std::string_view word = text.substr(token.begin, token.end - token.begin);
            const bool name_like =
                token.kind == text::TokenKind::word && starts_upper(word) && !is_acronym(word);
            if (name_like) {
                ++capitalized[std::string(without_possessive(word))];
                run.push_back(word);
                if (word != without_possessive(word)) {
                    close_run(); // "Hungary's Victor Orban": a possessive ends the name
                }
            } else {
                close_run();
            }
        }
        close_run();
    }
    for (auto& person : people) {
        const auto found = capitalized.find(person.last_name);
        person.count = found == capitalized.end() ? 0 : found->second;
    }
    std::stable_sort(people.begin(), people.end(),
                     [](const Person& a, const Person& b) { return a.count > b.count; });
    return people;
}

std::optional<Subject> choose_subject(const std::vector<Person>& people) {
    if (people.empty()) {
        return std::nullopt;
    }
    Subject subject;
    subject.name = people.front().name;
    subject.aliases = {people.front().last_name};
    subject.pronouns = default_pronouns();
    return subject;
}

} // namespace redraft::claims
