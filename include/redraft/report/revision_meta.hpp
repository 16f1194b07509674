#pragma once
// One side of a comparison as the user knows it, and the words naming it in every header.

#include <cstdint>
#include <string>
#include <string_view>

namespace redraft::report {

// Where one side of the comparison came from.
struct RevisionMeta {
    std::string revision; // a revision id, or the file path for a plain file
    std::string label;    // a label of that revision; empty when none
    std::string name;     // the document's name (path, or "REV:path")
    std::string date;     // ISO 8601; empty when unknown
    std::uint32_t paragraphs = 0;
    std::uint32_t number = 0; // 1..N per document for a stored revision; 0 for a file
};

// A stored revision as "ecb.txt r1 (9a7baf2, draft)" (no label: "ecb.txt r1 (9a7baf2)"); a file
// as its path; a file git named by its blob as "essay.md (3f2a1bc)".
std::string revision_title(const RevisionMeta& meta);

// Both sides joined by `arrow`; a document named once when both sides are revisions of it:
// "ecb.txt r1 (9a7baf2, draft) -> r2 (f3a80b6, peak-rates)", "old.txt -> new.txt".
std::string pair_title(const RevisionMeta& older, const RevisionMeta& newer,
                       std::string_view arrow);

} // namespace redraft::report
