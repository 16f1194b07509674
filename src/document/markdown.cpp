#include <cmark.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "document/parsers.hpp"

namespace redraft::document {
namespace {

struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// Byte offset of a cmark position (1-based line, 1-based byte column), clamped to the source.
std::uint32_t offset_of(const LineIndex& lines, std::uint32_t size, int line, int column) {
    if (line < 1) {
        return 0;
    }
    const auto l = std::min<std::size_t>(static_cast<std::size_t>(line), lines.lines());
    const std::uint32_t start = lines.line_start(static_cast<std::uint32_t>(l));
    return std::min(size, start + static_cast<std::uint32_t>(std::max(column, 1) - 1));
}

// Builds a paragraph's prose from its inline nodes, locating each literal in the source so that
// sentences map back to file positions. Literals cmark decoded (entities) map to the nearest
// preceding source byte.
class ProseBuilder {
public:
    ProseBuilder(std::string_view source, Paragraph& p) : source_(source), p_(p) {
        cursor_ = p.source.begin;
    }

    void literal(std::string_view text) {
        if (text.empty()) {
            return;
        }
        const auto window = source_.substr(cursor_, p_.source.end - cursor_);
        const auto found = window.find(text);
        const auto text_begin = static_cast<std::uint32_t>(p_.text.size());
        if (found != std::string_view::npos) {
            const auto at = cursor_ + static_cast<std::uint32_t>(found);
            p_.runs.push_back({text_begin, at, static_cast<std::uint32_t>(text.size())});
            cursor_ = at + static_cast<std::uint32_t>(text.size());
        } else {
            p_.runs.push_back({text_begin, cursor_, 0});
        }
        p_.text.append(text);
    }

    void line_break() {
        const auto text_begin = static_cast<std::uint32_t>(p_.text.size());
        p_.runs.push_back({text_begin, cursor_, 0});
        p_.text.push_back('\n');
    }

private:
    std::string_view source_;
    Paragraph& p_;
    std::uint32_t cursor_ = 0;
};

BlockKind kind_inside(const std::vector<cmark_node_type>& containers) {
    for (auto it = containers.rbegin(); it != containers.rend(); ++it) {
        if (*it == CMARK_NODE_ITEM) {
            return BlockKind::list_item;
        }
        if (*it == CMARK_NODE_BLOCK_QUOTE) {
            return BlockKind::quote;
        }
    }
    return BlockKind::paragraph;
}

} // namespace

void parse_markdown_blocks(Document& doc) {
    const std::string_view source = doc.source;
    const auto size = static_cast<std::uint32_t>(source.size());
    const LineIndex lines(source);
    std::unique_ptr<cmark_node, NodeDeleter> root(
        cmark_parse_document(source.data(), source.size(), CMARK_OPT_SOURCEPOS));
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));

    std::vector<cmark_node_type> containers; // open block quotes and list items
    std::unique_ptr<ProseBuilder> prose;     // the leaf block being read, if any
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (type) {
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_ITEM:
            if (enter) {
                containers.push_back(type);
            } else {
                containers.pop_back();
            }
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK: {
            if (!enter) {
                prose.reset();
                break;
            }
            Paragraph p;
            const auto begin = offset_of(lines, size, cmark_node_get_start_line(node),
                                         cmark_node_get_start_column(node));
            auto end = offset_of(lines, size, cmark_node_get_end_line(node),
                                 cmark_node_get_end_column(node) + 1);
            while (end > begin && (source[end - 1] == '\n' || source[end - 1] == '\r')) {
                --end;
            }
            p.source = {begin, std::max(begin, end)};
            const auto depth = static_cast<int>(containers.size());
            if (type == CMARK_NODE_HEADING) {
                p.kind = BlockKind::heading;
                p.level = cmark_node_get_heading_level(node);
            } else if (type == CMARK_NODE_PARAGRAPH) {
                p.kind = kind_inside(containers);
                p.level = depth;
            } else {
                p.kind = BlockKind::code;
                p.level = depth;
            }
            doc.paragraphs.push_back(std::move(p));
            Paragraph& added = doc.paragraphs.back();
            if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
                std::string_view literal = cmark_node_get_literal(node);
                while (!literal.empty() && (literal.back() == '\n' || literal.back() == '\r')) {
                    literal.remove_suffix(1);
                }
                ProseBuilder(source, added).literal(literal);
            } else {
                prose = std::make_unique<ProseBuilder>(source, added);
            }
            break;
        }
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (prose) {
                prose->literal(cmark_node_get_literal(node));
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            if (prose) {
                prose->line_break();
            }
            break;
        default:
            break; // emphasis, links and images: their text arrives as TEXT nodes
        }
    }
}

} // namespace redraft::document
