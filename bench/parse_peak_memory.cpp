// Peak memory of reading one document: loads and parses FILE as redraft does (document::load:
// read, UTF-8 check, paragraphs, sentences, normalization) and prints the process's peak
// resident set size (VmHWM) next to the file's size. Usage: parse_peak_memory FILE

#include <redraft/document/document.hpp>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

// The value of a "Key:   123 kB" line of /proc/self/status, in bytes; 0 when absent.
std::uint64_t status_bytes(const std::string& key) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(key + ":")) {
            return std::stoull(line.substr(key.size() + 1)) * 1024;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: parse_peak_memory FILE\n");
        return 2;
    }
    const std::uint64_t before = status_bytes("VmHWM");
    try {
        const auto doc =
            redraft::document::load(argv[1], redraft::document::FormatChoice::by_extension);
        const std::uint64_t peak = status_bytes("VmHWM");
        std::size_t sentences = 0;
        for (const auto& p : doc.paragraphs) {
            sentences += p.sentences.size();
        }
        const double input = static_cast<double>(doc.source.size());
        std::printf("input: %zu bytes, %zu paragraphs, %zu sentences\n", doc.source.size(),
                    doc.paragraphs.size(), sentences);
        std::printf("peak RSS before reading: %.1f MiB\n", static_cast<double>(before) / 1048576);
        std::printf("peak RSS after parsing:  %.1f MiB (%.2f x input)\n",
                    static_cast<double>(peak) / 1048576, static_cast<double>(peak) / input);
        std::printf("growth while parsing:    %.1f MiB (%.2f x input)\n",
                    static_cast<double>(peak - before) / 1048576,
                    static_cast<double>(peak - before) / input);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    return 0;
}
