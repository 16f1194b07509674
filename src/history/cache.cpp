#include <redraft/history/cache.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace redraft::history {
namespace fs = std::filesystem;

namespace {

// An entry: a header line "redraft-cache KEY NAME SIZE HASH", then exactly SIZE payload bytes.
// Anything else (truncated, altered, foreign) fails the check.
constexpr std::string_view kMagic = "redraft-cache";

std::string header(const std::string& key, const std::string& name, std::string_view payload) {
    return std::string(kMagic) + " " + key + " " + name + " " + std::to_string(payload.size()) +
           " " + content_hash(payload) + "\n";
}

} // namespace

std::string content_hash(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char byte : bytes) {
        hash ^= byte;
        hash *= 1099511628211ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

AnalysisCache::AnalysisCache(fs::path folder, std::string key)
    : folder_(std::move(folder) / key), key_(std::move(key)) {}

std::optional<std::string> AnalysisCache::read(const std::string& name) const {
    if (!enabled()) {
        return std::nullopt;
    }
    std::ifstream in(folder_ / name, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream whole;
    whole << in.rdbuf();
    const std::string bytes = whole.str();
    const auto newline = bytes.find('\n');
    if (newline == std::string::npos) {
        return std::nullopt;
    }
    std::string payload = bytes.substr(newline + 1);
    if (bytes.compare(0, newline + 1, header(key_, name, payload)) != 0) {
        return std::nullopt;
    }
    return payload;
}

void AnalysisCache::write(const std::string& name, std::string_view payload) const {
    if (!enabled()) {
        return;
    }
    std::error_code error;
    fs::create_directories(folder_, error);
    // Unique per process and thread, so that concurrent writers never share a temporary file.
    const std::string temporary =
        "." + name + "." + std::to_string(::getpid()) + "." +
        std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + ".tmp";
    {
        std::ofstream out(folder_ / temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            return;
        }
        out << header(key_, name, payload) << payload;
        out.flush();
        if (!out) {
            out.close();
            fs::remove(folder_ / temporary, error);
            return;
        }
    }
    fs::rename(folder_ / temporary, folder_ / name, error);
    if (error) {
        fs::remove(folder_ / temporary, error);
    }
}

} // namespace redraft::history
