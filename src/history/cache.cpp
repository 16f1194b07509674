#include <redraft/history/cache.hpp>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <sstream>
#include <system_error>
#include <unistd.h>
#include <unordered_map>

namespace redraft::history {
namespace fs = std::filesystem;

namespace {

// A record: a header line "redraft-cache KEY NAME SIZE HASH", then exactly SIZE payload bytes,
// then a newline. Anything else (torn by a crash, altered, foreign) fails the check and is
// skipped up to the next line that starts a record.
constexpr std::string_view kMagic = "redraft-cache";
constexpr std::string_view kLogName = "entries.log";

// The checksum covers the key and the name as well as the payload: a record whose name was
// damaged must not pass for another entry.
std::string header(const std::string& key, const std::string& name, std::string_view payload) {
    const std::string checked = key + "\n" + name + "\n" + std::string(payload);
    return std::string(kMagic) + " " + key + " " + name + " " + std::to_string(payload.size()) +
           " " + content_hash(checked) + "\n";
}

// The name and payload size a header line announces, when it is one of this key's headers.
std::optional<std::pair<std::string, std::size_t>> parse_header(std::string_view line,
                                                                const std::string& key) {
    const std::string prefix = std::string(kMagic) + " " + key + " ";
    if (!line.starts_with(prefix)) {
        return std::nullopt;
    }
    line.remove_prefix(prefix.size());
    const auto name_end = line.find(' ');
    if (name_end == std::string_view::npos || name_end == 0) {
        return std::nullopt;
    }
    const auto size_end = line.find(' ', name_end + 1);
    if (size_end == std::string_view::npos) {
        return std::nullopt;
    }
    std::size_t size = 0;
    for (std::size_t i = name_end + 1; i < size_end; ++i) {
        if (line[i] < '0' || line[i] > '9' || size > (SIZE_MAX - 9) / 10) {
            return std::nullopt;
        }
        size = size * 10 + static_cast<std::size_t>(line[i] - '0');
    }
    return std::make_pair(std::string(line.substr(0, name_end)), size);
}

} // namespace

struct AnalysisCache::State {
    std::mutex lock;
    std::unordered_map<std::string, std::string> entries;
    int fd = -1; // the log, opened for appending on the first write
    bool unwritable = false;
};

std::string content_hash(std::string_view bytes) {
    // FNV-1a over 8-byte words (then the last bytes one by one): a checksum against damage, not
    // against an adversary; a byte at a time it was a tenth of a warm timeline.
    std::uint64_t hash = 14695981039346656037ull;
    constexpr std::uint64_t kPrime = 1099511628211ull;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        hash = (hash ^ word) * kPrime;
        hash ^= hash >> 29;
    }
    for (; i < bytes.size(); ++i) {
        hash = (hash ^ static_cast<unsigned char>(bytes[i])) * kPrime;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

AnalysisCache::AnalysisCache() : state_(std::make_unique<State>()) {}

AnalysisCache::AnalysisCache(fs::path folder, std::string key)
    : folder_(std::move(folder) / key), key_(std::move(key)), state_(std::make_unique<State>()) {
    std::ifstream in(log_file(), std::ios::binary);
    if (!in) {
        return;
    }
    std::ostringstream whole;
    whole << in.rdbuf();
    const std::string bytes = whole.str();
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto newline = bytes.find('\n', pos);
        if (newline == std::string::npos) {
            break;
        }
        const auto announced =
            parse_header(std::string_view(bytes).substr(pos, newline - pos), key_);
        const std::size_t payload_begin = newline + 1;
        if (announced && announced->second < bytes.size() - payload_begin &&
            bytes[payload_begin + announced->second] == '\n') {
            std::string payload = bytes.substr(payload_begin, announced->second);
            if (bytes.compare(pos, payload_begin - pos, header(key_, announced->first, payload)) ==
                0) {
                state_->entries[announced->first] = std::move(payload);
                pos = payload_begin + announced->second + 1;
                continue;
            }
        }
        pos = newline + 1; // not an intact record: look for the next one on the next line
    }
}

AnalysisCache::AnalysisCache(AnalysisCache&&) noexcept = default;
AnalysisCache& AnalysisCache::operator=(AnalysisCache&&) noexcept = default;

AnalysisCache::~AnalysisCache() {
    if (state_ && state_->fd >= 0) {
        ::close(state_->fd);
    }
}

fs::path AnalysisCache::log_file() const {
    return enabled() ? folder_ / kLogName : fs::path();
}

std::optional<std::string> AnalysisCache::read(const std::string& name) const {
    if (!enabled()) {
        return std::nullopt;
    }
    const std::lock_guard guard(state_->lock);
    const auto found = state_->entries.find(name);
    if (found == state_->entries.end()) {
        return std::nullopt;
    }
    return found->second;
}

void AnalysisCache::write(const std::string& name, std::string_view payload) const {
    if (!enabled() || name.empty() || name.find_first_of(" \n") != std::string::npos) {
        return;
    }
    const std::string record = header(key_, name, payload) + std::string(payload) + "\n";
    const std::lock_guard guard(state_->lock);
    state_->entries[name] = std::string(payload);
    if (state_->unwritable) {
        return;
    }
    if (state_->fd < 0) {
        std::error_code error;
        fs::create_directories(folder_, error);
        state_->fd = ::open(log_file().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (state_->fd < 0) {
            state_->unwritable = true;
            return;
        }
    }
    // A short write leaves a torn record, which readers skip.
    if (::write(state_->fd, record.data(), record.size()) != static_cast<ssize_t>(record.size())) {
        state_->unwritable = true;
    }
}

} // namespace redraft::history
