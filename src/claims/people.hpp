#pragma once
// The people a document names: its name scan, grouped into people (find_people); the words of
// name recognition are name_words.hpp.

#include <redraft/claims/claims.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "claims/name_words.hpp"

namespace redraft::claims {

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
