#pragma once
// Reads tests/data/segment_cases.txt: the table of hard sentence-segmentation cases shared by the
// unit test and bench/segment_icu_compare.

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::testing {

struct SegmentCase {
    std::string category;
    std::string input;
    std::vector<std::string> expected; // the sentences, in order
    int line = 0;                      // of the `in:` line in the file
};

// "\n" in a case stands for a line break.
inline std::string unescape_case_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
            out.push_back('\n');
            ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// The cases of the file at `path`; empty when it cannot be read.
inline std::vector<SegmentCase> read_segment_cases(const std::string& path) {
    std::ifstream in(path);
    std::vector<SegmentCase> cases;
    std::string category;
    std::string line;
    int number = 0;
    bool in_case = false; // between an `in:` line and the next blank line
    while (std::getline(in, line)) {
        ++number;
        if (line.starts_with("# category:")) {
            category = line.substr(std::string_view("# category: ").size());
        } else if (line.starts_with("in: ")) {
            cases.push_back(
                {category, unescape_case_text(std::string_view(line).substr(4)), {}, number});
        } else if (line.starts_with("out: ")) {
            if (!in_case) {
                // An `out:` line without its `in:` line: kept as a case that cannot pass.
                cases.push_back({"no in: line before this out: line", "", {}, number});
            }
            cases.back().expected.push_back(unescape_case_text(std::string_view(line).substr(5)));
        }
        in_case = !line.empty() && (in_case || line.starts_with("in: "));
    }
    return cases;
}

inline std::string segment_cases_path(std::string_view source_dir) {
    return std::string(source_dir) + "/tests/data/segment_cases.txt";
}

} // namespace redraft::testing
