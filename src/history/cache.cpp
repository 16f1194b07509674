#include <redraft/history/cache.hpp>
#include <redraft/history/fields.hpp>
#include <redraft/source_hash.hpp>
#include <redraft/text/hash.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <fstream>
#include <mutex>
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
std::string header(std::string_view key, std::string_view name, std::string_view payload) {
    const std::string hash = text::ContentHasher()
                                 .update(key)
                                 .update("\n")
                                 .update(name)
                                 .update("\n")
                                 .update(payload)
                                 .hex();
    std::string line(kMagic);
    line.append(" ").append(key).append(" ").append(name).append(" ");
    line.append(std::to_string(payload.size())).append(" ").append(hash).append("\n");
    return line;
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
    std::string log;                 // the log as read when the cache was opened
    std::deque<std::string> written; // payloads written in this run
    // Each entry's payload, in `log` or in `written` (neither moves its bytes once stored).
    std::unordered_map<std::string, std::string_view> entries;
    int fd = -1; // the log, opened for appending on the first write
    bool unwritable = false;
};

std::string content_hash(std::string_view bytes) {
    return text::ContentHasher().update(bytes).hex();
}

AnalysisCache::AnalysisCache() : state_(std::make_unique<State>()) {}

AnalysisCache::AnalysisCache(fs::path folder, std::string key)
    : folder_(std::move(folder) / key), key_(std::move(key)), state_(std::make_unique<State>()) {
    // The cache is optional: a log that is not a regular file (a folder in its place) or cannot
    // be read counts as empty, and the entries are computed again.
    std::error_code error;
    const auto size = fs::is_regular_file(log_file(), error) ? fs::file_size(log_file(), error)
                                                             : std::uintmax_t{0};
    if (error || size == 0) {
        return;
    }
    std::ifstream in(log_file(), std::ios::binary);
    if (!in) {
        return;
    }
    std::string& bytes = state_->log;
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(in.bad() ? 0 : static_cast<std::size_t>(in.gcount()));
    const std::string_view view = bytes;
    std::size_t pos = 0;
    while (pos < view.size()) {
        const auto newline = view.find('\n', pos);
        if (newline == std::string_view::npos) {
            break;
        }
        const auto announced = parse_header(view.substr(pos, newline - pos), key_);
        const std::size_t payload_begin = newline + 1;
        if (announced && announced->second < view.size() - payload_begin &&
            view[payload_begin + announced->second] == '\n') {
            const std::string_view payload = view.substr(payload_begin, announced->second);
            if (view.substr(pos, payload_begin - pos) == header(key_, announced->first, payload)) {
                state_->entries[announced->first] = payload;
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

std::optional<std::string_view> AnalysisCache::read(const std::string& name) const {
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
    state_->entries[name] = state_->written.emplace_back(payload);
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

std::string setup_hash(const claims::AssessmentSetup& setup) {
    std::string canonical;
    for (const auto& entry : setup.lexicon.entries()) {
        fold(canonical, entry.id);
        fold(canonical, entry.term);
        fold(canonical, claims::to_string(entry.kind));
        fold(canonical, entry.polarity ? std::to_string(*entry.polarity) : "none");
        fold(canonical, std::to_string(entry.multiplier));
        fold(canonical, entry.ambivalent ? "ambivalent" : "signed");
        fold(canonical, entry.dimension);
    }
    for (const auto& subject : setup.subjects) {
        fold(canonical, subject.name);
        for (const auto* list : {&subject.aliases, &subject.titles, &subject.pronouns}) {
            fold(canonical, std::to_string(list->size()));
            for (const auto& item : *list) {
                fold(canonical, item);
            }
        }
    }
    for (const auto& dimension : setup.config.dimensions) {
        fold(canonical, dimension.name);
    }
    // Only when set: every key of a configuration without it stays as it was.
    if (setup.config.analysis.pronouns_across_paragraphs) {
        fold(canonical, "pronouns_across_paragraphs");
    }
    // Other people named make pronouns ambiguous, so they shape the analysis too.
    for (const auto& person : setup.people) {
        fold(canonical, person.name);
        fold(canonical, person.last_name);
    }
    return content_hash(canonical);
}

std::string cache_key(const claims::AssessmentSetup& setup) {
    return std::string(kAnalyzerVersion) + "-" + REDRAFT_SOURCE_HASH + "-" + setup_hash(setup);
}

} // namespace redraft::history
