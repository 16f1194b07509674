// libFuzzer target: the sentence segmenter on arbitrary (valid or not) text.

#include <redraft/segment/segmenter.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::uint32_t previous_end = 0;
    for (const auto& s : redraft::segment::split_sentences(text)) {
        // Sentences are in order, do not overlap, and are not empty.
        if (s.begin < previous_end || s.end <= s.begin || s.end > text.size()) {
            __builtin_trap();
        }
        previous_end = s.end;
    }
    return 0;
}
