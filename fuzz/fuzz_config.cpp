// libFuzzer target: the configuration parser (redraft.toml) on arbitrary bytes. Bad input must
// end in redraft::Error (of kind config) with a message naming the file; any other exception
// escapes and libFuzzer reports it. A configuration that parses must hold what the rules of
// docs/lexicon.md allow: named subjects and dimensions, no duplicates.

#include <redraft/claims/config.hpp>
#include <redraft/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace redraft;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto config = claims::parse_config(text, "/project/redraft.toml");
        for (std::size_t i = 0; i < config.subjects.size(); ++i) {
            if (config.subjects[i].name.empty()) {
                __builtin_trap();
            }
            for (std::size_t j = 0; j < i; ++j) {
                if (config.subjects[j].name == config.subjects[i].name) {
                    __builtin_trap();
                }
            }
        }
        for (const auto& dimension : config.dimensions) {
            if (dimension.name.empty() || dimension.name == "favorability" ||
                dimension.name == "certainty") {
                __builtin_trap();
            }
        }
        if (std::any_of(
                config.lexicon_files.begin(), config.lexicon_files.end(),
                [](const auto& file) { return file.path.is_relative() || file.line == 0; })) {
            __builtin_trap(); // relative files are resolved against the configuration's folder
        }
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::config ||
            !std::string_view(error.what()).starts_with("/project/redraft.toml")) {
            __builtin_trap();
        }
    }
    return 0;
}
