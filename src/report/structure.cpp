#include <redraft/report/structure.hpp>

#include <nlohmann/json.hpp>

#include "report/json_writer.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

// Line breaks inside a paragraph are shown as spaces: the structure, not the wrapping, matters.
std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    return out;
}

std::string where(const document::Document& doc, document::Position p) {
    return doc.name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

} // namespace

std::string structure_text(const document::Document& doc) {
    std::string out;
    std::size_t sentences = 0;
    for (const auto& p : doc.paragraphs) {
        sentences += p.sentences.size();
    }
    out += doc.name + ": " +
           (doc.format == document::Format::markdown ? "Markdown" : "plain text") + ", " +
           walk::counted(doc.paragraphs.size(), "paragraph", "paragraphs") + ", " +
           walk::counted(sentences, "sentence", "sentences") + ", " +
           walk::counted(doc.sections.size(), "section", "sections") + "\n";
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const auto& p = doc.paragraphs[i];
        // Counted from 1, as sentences here and paragraphs in diff's text are; JSON keeps 0.
        out += "\n[" + std::to_string(i + 1) + "] " + std::string(document::to_string(p.kind));
        if (p.kind == document::BlockKind::heading || p.level > 0) {
            out += " (level " + std::to_string(p.level) + ")";
        }
        out += " at " + where(doc, p.position) + ", section " + std::to_string(p.section) + "\n";
        for (std::size_t s = 0; s < p.sentences.size(); ++s) {
            const auto& sentence = p.sentences[s];
            out += "  " + std::to_string(s + 1) + ". " + std::to_string(sentence.position.line) +
                   ":" + std::to_string(sentence.position.column) + "  " +
                   one_line(p.sentence_text(sentence)) + "\n";
        }
    }
    return out;
}

std::string structure_json(const document::Document& doc) {
    using json = nlohmann::ordered_json;
    json paragraphs = json::array();
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const auto& p = doc.paragraphs[i];
        json sentences = json::array();
        for (const auto& s : p.sentences) {
            sentences.push_back({{"text", one_line(p.sentence_text(s))},
                                 {"line", s.position.line},
                                 {"column", s.position.column},
                                 {"bytes", {s.source.begin, s.source.end}}});
        }
        paragraphs.push_back({{"index", i},
                              {"kind", document::to_string(p.kind)},
                              {"level", p.level},
                              {"section", p.section},
                              {"line", p.position.line},
                              {"column", p.position.column},
                              {"bytes", {p.source.begin, p.source.end}},
                              {"text", one_line(p.text)},
                              {"sentences", std::move(sentences)}});
    }
    json out = {{"schema", "redraft.structure/1"},
                {"document", doc.name},
                {"format", doc.format == document::Format::markdown ? "markdown" : "plain"},
                {"bytes", doc.source.size()},
                {"sections", doc.sections.size()},
                {"paragraphs", std::move(paragraphs)}};
    return json_text(out);
}

} // namespace redraft::report
