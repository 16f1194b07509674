// libFuzzer target: the plain-text and Markdown parsers (with segmentation and normalization).
// The first byte picks the format; bad input must end in redraft::Error, never a crash.

#include <redraft/document/document.hpp>
#include <redraft/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    using namespace redraft::document;
    const Format format = (data[0] & 1) ? Format::markdown : Format::plain;
    const auto comparison =
        (data[0] & 2) ? redraft::text::Comparison::exact : redraft::text::Comparison::normalized;
    std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const Document doc = parse(std::move(bytes), "fuzz", {format, comparison});
        for (const auto& p : doc.paragraphs) {
            for (const auto& s : p.sentences) {
                // Every sentence lies inside its paragraph's prose and the source.
                if (s.text.end > p.text.size() || s.source.end > doc.source.size() ||
                    s.text.begin > s.text.end) {
                    __builtin_trap();
                }
            }
        }
    } catch (const redraft::Error&) {
    }
    return 0;
}
