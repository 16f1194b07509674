#include <redraft/store/cache.hpp>

#include <algorithm>
#include <charconv>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace redraft::store {
namespace {

bool is_hex_id(std::string_view text) {
    return text.size() == 40 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool is_safe_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    });
}

} // namespace

ContentCache::ContentCache(const RevisionSource& source, const std::string& name) {
    const auto folder = source.cache_dir();
    if (folder.empty() || !is_safe_name(name)) {
        return;
    }
    file_ = folder / (name + ".txt");
    std::ifstream in(file_, std::ios::binary);
    std::string line;
    // Each line: 40 hex digits, a space, a decimal number. Anything else (a torn write, damage)
    // is skipped.
    while (std::getline(in, line)) {
        if (in.eof() || line.size() < 42 || line[40] != ' ' ||
            !is_hex_id(std::string_view(line).substr(0, 40))) {
            continue;
        }
        std::uint64_t value = 0;
        const char* begin = line.data() + 41;
        const char* end = line.data() + line.size();
        const auto [stop, error] = std::from_chars(begin, end, value);
        if (error == std::errc() && stop == end) {
            entries_[line.substr(0, 40)] = value;
        }
    }
}

std::optional<std::uint64_t> ContentCache::find(const std::string& blob_id) const {
    const auto found = entries_.find(blob_id);
    if (found == entries_.end()) {
        return std::nullopt;
    }
    return found->second;
}

void ContentCache::add(const std::string& blob_id, std::uint64_t value) {
    if (file_.empty() || !is_hex_id(blob_id) || entries_.count(blob_id)) {
        return;
    }
    entries_[blob_id] = value;
    added_.emplace_back(blob_id, value);
}

void ContentCache::save() {
    if (file_.empty() || added_.empty()) {
        return;
    }
    std::ostringstream lines;
    for (const auto& [blob, value] : added_) {
        lines << blob << ' ' << value << '\n';
    }
    const std::string text = lines.str();
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    const int fd = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        return;
    }
    const ssize_t written = ::write(fd, text.data(), text.size());
    ::close(fd);
    if (written == static_cast<ssize_t>(text.size())) {
        added_.clear();
    }
}

} // namespace redraft::store
