#pragma once
// The repository's own texts (files under `folders` of the source tree, up to 4 MiB each), for
// tests that compare two implementations on real prose.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace redraft::testing {

inline std::vector<std::string> repository_texts(std::initializer_list<const char*> folders) {
    const std::filesystem::path root = std::filesystem::path(REDRAFT_SOURCE_DIR);
    std::vector<std::string> texts;
    for (const char* folder : folders) {
        if (!std::filesystem::exists(root / folder)) {
            continue;
        }
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root / folder)) {
            if (!entry.is_regular_file() || entry.file_size() > (std::uintmax_t{4} << 20)) {
                continue;
            }
            std::ifstream in(entry.path(), std::ios::binary);
            std::stringstream buffer;
            buffer << in.rdbuf();
            texts.push_back(buffer.str());
        }
    }
    return texts;
}

} // namespace redraft::testing
