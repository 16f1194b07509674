#pragma once
// The change report between two revisions of a document, and its renderers. JSON is the
// canonical serialization (schema "redraft.diff/1", docs/json.md); text is for a terminal.

#include <redraft/assess/assess.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/revision_meta.hpp>

#include <memory>
#include <string>

namespace redraft::report {

struct ChangeReport {
    RevisionMeta old_meta, new_meta;
    std::shared_ptr<const document::Document> older, newer;
    diff::DocumentDiff diff;
    // The assessment of the claims along `diff`; none with --no-assessment.
    std::shared_ptr<const assess::Assessment> assessment;
};

// The meta data of a plain file (revision = name = its path).
RevisionMeta file_meta(const document::Document& doc);

std::string render_json(const ChangeReport& report);

struct TextStyle {
    bool color = false;   // ANSI colour; otherwise git's plain word-diff markers [-...-] {+...+}
    unsigned context = 0; // equal paragraphs shown around each change
};

std::string render_text(const ChangeReport& report, const TextStyle& style);

} // namespace redraft::report
