// libFuzzer target: revision-spec resolution (numbers, -N, labels, id prefixes and the "did you
// mean" of unknown specs) against an in-memory store. The input is split into lines: the first
// few become revisions and labels, the last one is the spec.

#include <redraft/error.hpp>
#include <redraft/store/memory.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/text/edit_distance.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace redraft;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= input.size()) {
        const auto end = input.find('\n', start);
        lines.emplace_back(input.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    const std::string spec = lines.back();
    lines.pop_back();
    store::MemorySource source;
    const std::string document = "essay.md";
    std::uint32_t number = 0;
    try {
        for (const auto& line : lines) {
            if (line.starts_with("label ") && number > 0) {
                source.add_label(document, 1 + (line.size() % number), line.substr(6));
            } else {
                source.add(document, line, "fuzz");
                ++number;
            }
        }
        const auto info = source.resolve(spec, document);
        if (info.number == 0 || info.number > number || info.document != document) {
            __builtin_trap();
        }
        if (source.read(info).empty() && number == 0) {
            __builtin_trap();
        }
    } catch (const Error&) {
    }
    (void)store::looks_like_id_prefix(spec);
    (void)text::edit_distance(spec, document);
    return 0;
}
