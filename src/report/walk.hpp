#pragma once
// What every renderer of a ChangeReport needs to walk it the same way: sentence texts, the
// words naming each paragraph operation, per-sentence assessment notes, sentences moved between
// entries, the dimension rows of each subject, and the sentences about each cap.

#include <redraft/report/change_report.hpp>
#include <redraft/report/change_wording.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::report::walk {

// "0.87": two decimals.
std::string number(double x);
// "+0.31", "-0.13", "+0.00".
std::string signed_score(double x);
// signed_score with a real minus sign (U+2212), which reads better than a hyphen in the
// Markdown and HTML reports.
std::string typeset_score(double x);
// "1 word", "2 words".
std::string counted(std::size_t n, std::string_view one, std::string_view many);
// Paragraph numbers for people: 1-based, ranges joined ("6-7").
std::string paragraph_list(const std::vector<std::uint32_t>& list);

std::string_view sentence_text(const document::Document& doc, diff::SentenceRef ref);

// The operation of an entry in words, after "paragraph N": "edited, similarity 0.87",
// "moved from paragraph 3 to 5, unchanged, confidence 0.90", "split from paragraph 4,
// confidence 0.95", "merged from paragraphs 6-7, confidence 0.90", "added", "removed".
std::string operation(const diff::ParagraphAlignment& entry);

// The assessment notes of sentence `k` of entry `entry_index`; null when none.
const std::vector<assess::SentenceNote>* notes_for(const ChangeReport& report,
                                                   std::size_t entry_index, std::size_t k);
// Old paragraphs that lost a sentence to another entry -> the new paragraphs it went to.
std::map<std::uint32_t, std::vector<std::uint32_t>> sentences_moved_out(const ChangeReport& report);

// True when `s` moved in from a paragraph outside its entry.
bool moved_in(const diff::ParagraphAlignment& entry, const diff::SentenceAlignment& s);

// "12 equal, 3 edited, 1 moved; 57 words inserted, 31 deleted".
std::string summary_line(const diff::DiffSummary& summary);

struct DimensionRow {
    std::string name;
    double old_score = 0, new_score = 0;
    // "+0.31 → +0.18 (−0.13) ▼": old, arrow, new, signed difference, a triangle for the
    // direction (● when it did not move at two decimals).
    std::string shift() const;
};
std::vector<DimensionRow> dimension_rows(const assess::SubjectAssessment& subject);

// Where the change's evidence lives: the new sentence when there is one, else the old one.
struct Anchor {
    bool old_side = false;
    diff::SentenceRef ref;
};
std::optional<Anchor> anchor_of(const assess::AssessmentChange& change);

std::size_t change_count(const ChangeReport& report);

} // namespace redraft::report::walk

namespace redraft::report::walk {

// The word runs of a sentence alignment; an equal sentence (which keeps no runs) as one equal
// run of its newer text.
std::vector<diff::WordChange> runs_of(const ChangeReport& report, const diff::SentenceAlignment& s);

// The sentences of an entry grouped by the new paragraph they belong to (a split has several
// groups; a removed sentence joins the group of the sentence before it). A removed entry has one
// group keyed by its old paragraph.
struct SentenceGroup {
    std::uint32_t paragraph = 0;        // new paragraph, or old paragraph of a removed entry
    std::vector<std::size_t> sentences; // indices into entry.sentences
};
std::vector<SentenceGroup> groups_by_new_paragraph(const diff::ParagraphAlignment& entry);

// "56 words" of a paragraph's runs that a side keeps.
std::size_t word_count(std::string_view text);

} // namespace redraft::report::walk
