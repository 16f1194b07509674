#pragma once
// The word lists of name recognition, shared by find_people and the analyzer's name patterns.

#include <redraft/claims/claims.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace redraft::claims {

// A capitalized word that is not part of a person's name: a function word that opens a sentence,
// a title, or a word of an organization, place, event or nationality ("The", "Minister",
// "Dutch"). A hyphenated word is one when a part of it is ("Minister-President").
bool is_non_name_word(std::string_view word);

// A month's name as written, capitalized: "May", "June". Also a last name ("Theresa May").
bool is_month_name(std::string_view word);

// A particle inside a name, in any case: "von", "der", "de", "la", "van", "al" ("Ursula von der
// Leyen", "Luis de la Fuente"). With the surname after it, it is part of the last name.
bool is_name_particle(std::string_view word);

// A head word of an organization or place (Party, Bank, Freight, Institute, ...).
bool is_organization_head(std::string_view word);

// A word that starts with a capital letter: A to Z, a Latin letter with a diacritic ("Émile",
// "Łukasz"), or a capital of any other cased script ("Дмитрий", "Κυριάκος").
bool starts_with_capital(std::string_view word);

struct ScannedNames;

// The names of a document's paragraphs, scanned once: find_people of all of them, or of any
// choice of them (and of another NameScan's), as find_people of a document of those paragraphs
// alone would find them. So the paragraphs two revisions share are not scanned twice.
class NameScan {
public:
    // Scans the paragraphs of `doc` that `wanted` marks (every one without it). `doc` must
    // outlive the scan.
    explicit NameScan(const document::Document& doc, const std::vector<bool>* wanted = nullptr);
    ~NameScan();
    NameScan(NameScan&&) noexcept;
    NameScan& operator=(NameScan&&) noexcept;

    bool scanned(std::size_t paragraph) const;
    // The offsets in the text of `paragraph` (scanned) where a space or a line break is followed
    // by a word that starts_with_capital, in order.
    std::span<const std::uint32_t> capitals_after_gap(std::size_t paragraph) const;
    // find_people of the paragraphs scanned.
    std::vector<Person> people() const;

    struct Pick {
        const NameScan* scan = nullptr;
        std::size_t paragraph = 0; // of its document; scanned
    };
    // find_people of a document of these paragraphs, in this order.
    static std::vector<Person> people_of(const std::vector<Pick>& picks);

private:
    std::unique_ptr<ScannedNames> names_;
};

// find_people with every word read one by one: the reference its passing over plain words is
// tested against (tests/unit/people_test.cpp).
std::vector<Person> find_people_bytewise(const document::Document& doc);

} // namespace redraft::claims
