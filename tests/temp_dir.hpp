#pragma once
// A folder of its own for a test, in the system's temporary folder, removed with everything in
// it when the test is done. Its name, redraft-test-PID-XXXXXX, names the test process: a process
// that is killed (a ctest timeout, Ctrl-C) cannot remove its folders, so the first TempDir of
// each process removes those left by processes that no longer run. Folders of running
// processes (parallel ctest, other build trees) are never touched.

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <signal.h>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unistd.h>

namespace redraft::testing {

inline constexpr const char* kTempDirPrefix = "redraft-test-";

// Removes `path` and everything in it, giving back the owner's rights on folders a test took
// them from. Never throws.
inline void remove_tree(const std::filesystem::path& path) noexcept {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::remove_all(path, error);
    if (!error || !fs::exists(path, error)) {
        return;
    }
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_directory(error)) {
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
        }
    }
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, error);
    fs::remove_all(path, error);
}

// Removes the folders of test processes that no longer run.
inline void remove_abandoned_temp_dirs() noexcept {
    namespace fs = std::filesystem;
    std::error_code error;
    const std::string prefix = kTempDirPrefix;
    for (fs::directory_iterator it(fs::temp_directory_path(error), error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) {
            continue;
        }
        const std::size_t dash = name.find('-', prefix.size());
        const std::string digits = name.substr(prefix.size(), dash - prefix.size());
        if (dash == std::string::npos || digits.empty() ||
            digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) {
            continue;
        }
        const auto pid = static_cast<pid_t>(std::stol(digits));
        if (pid != ::getpid() && ::kill(pid, 0) == -1 && errno == ESRCH) {
            remove_tree(it->path());
        }
    }
}

class TempDir {
public:
    TempDir() {
        static std::once_flag swept;
        std::call_once(swept, remove_abandoned_temp_dirs);
        std::string pattern = (std::filesystem::temp_directory_path() /
                               (kTempDirPrefix + std::to_string(::getpid()) + "-XXXXXX"))
                                  .string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("cannot make a temporary folder " + pattern);
        }
        path_ = pattern;
    }
    ~TempDir() { remove_tree(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace redraft::testing
