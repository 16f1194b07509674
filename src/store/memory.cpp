#include <redraft/error.hpp>
#include <redraft/store/memory.hpp>
#include <redraft/store/spec.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

namespace redraft::store {
namespace {

// A deterministic 40-digit hexadecimal id (FNV-1a over the parts, stretched): stands in for a
// commit or blob id.
std::string fake_id(std::initializer_list<std::string_view> parts) {
    std::string out;
    std::uint64_t hash = 1469598103934665603ull;
    for (int round = 0; out.size() < 40; ++round) {
        for (auto part : parts) {
            for (unsigned char c : part) {
                hash = (hash ^ c) * 1099511628211ull;
            }
            hash = (hash ^ 0xff) * 1099511628211ull;
        }
        hash = (hash ^ static_cast<std::uint64_t>(round)) * 1099511628211ull;
        char buffer[17];
        std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
        out += buffer;
    }
    return out.substr(0, 40);
}

} // namespace

MemorySource::MemorySource(std::string name) : name_(std::move(name)) {}

RevisionInfo MemorySource::add(const std::string& document, std::string bytes, std::string message,
                               std::int64_t time) {
    auto& revisions = documents_[document];
    RevisionInfo info;
    info.number = static_cast<std::uint32_t>(revisions.size() + 1);
    info.id = fake_id({document, std::to_string(info.number), bytes});
    info.short_id = info.id.substr(0, 7);
    info.blob_id = fake_id({bytes});
    info.time = time;
    info.author_name = "Test Author";
    info.author_email = "test@example.org";
    info.message = message.empty() ? "Revision " + std::to_string(info.number) : message;
    info.document = document;
    info.size = bytes.size();
    revisions.push_back({info, std::move(bytes)});
    return info;
}

void MemorySource::add_label(const std::string& document, std::uint32_t number,
                             const std::string& label) {
    for (auto& [name, revisions] : documents_) {
        for (auto& stored : revisions) {
            std::erase(stored.info.labels, label);
        }
    }
    const auto found = documents_.find(document);
    if (found == documents_.end() || number == 0 || number > found->second.size()) {
        throw Error(ErrorKind::not_found,
                    "there is no revision " + std::to_string(number) + " of " + document);
    }
    auto& labels = found->second[number - 1].info.labels;
    labels.push_back(label);
    std::sort(labels.begin(), labels.end());
}

std::string MemorySource::describe() const {
    return "the in-memory source '" + name_ + "'";
}

std::vector<std::string> MemorySource::documents() const {
    std::vector<std::string> names;
    for (const auto& [name, revisions] : documents_) {
        names.push_back(name);
    }
    return names;
}

std::vector<std::string> MemorySource::labels() const {
    std::set<std::string> all;
    for (const auto& [name, revisions] : documents_) {
        for (const auto& stored : revisions) {
            all.insert(stored.info.labels.begin(), stored.info.labels.end());
        }
    }
    return {all.begin(), all.end()};
}

std::vector<RevisionInfo> MemorySource::log(const std::string& document) const {
    const auto found = documents_.find(document);
    if (found == documents_.end()) {
        throw Error(ErrorKind::not_found,
                    document + " has no revisions in " + describe() + "; record one first");
    }
    std::vector<RevisionInfo> infos;
    for (const auto& stored : found->second) {
        infos.push_back(stored.info);
    }
    return infos;
}

RevisionInfo MemorySource::resolve(const std::string& spec, const std::string& document) const {
    const auto revisions = log(document);
    if (auto info = resolve_in_log(spec, revisions, document)) {
        return *info;
    }
    throw_unknown_spec(spec, document, revisions.size(), labels(), describe());
}

std::string MemorySource::read(const RevisionInfo& revision) const {
    const auto found = documents_.find(revision.document);
    if (found == documents_.end() || revision.number == 0 ||
        revision.number > found->second.size()) {
        throw Error(ErrorKind::not_found, "revision " + std::to_string(revision.number) + " of " +
                                              revision.document + " is not in " + describe());
    }
    return found->second[revision.number - 1].bytes;
}

} // namespace redraft::store
