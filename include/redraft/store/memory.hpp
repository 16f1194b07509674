#pragma once
// An in-memory revision source for unit tests of the modules above the store: revisions are
// added in order, ids are derived from their content, nothing touches the disk or libgit2.

#include <redraft/store/source.hpp>

#include <map>

namespace redraft::store {

class MemorySource : public RevisionSource {
public:
    explicit MemorySource(std::string name = "memory");

    // Records a new revision of `document` (numbered after the existing ones) and returns it.
    RevisionInfo add(const std::string& document, std::string bytes, std::string message = {},
                     std::int64_t time = 0);
    // Puts `label` on revision `number` of `document` (1-based), taking it off any other.
    void add_label(const std::string& document, std::uint32_t number, const std::string& label);

    std::string describe() const override;
    std::filesystem::path root() const override { return {}; }
    std::vector<std::string> documents() const override;
    std::vector<std::string> labels() const override;
    std::vector<RevisionInfo> log(const std::string& document) const override;
    RevisionInfo resolve(const std::string& spec, const std::string& document) const override;
    std::string read(const RevisionInfo& revision) const override;

private:
    struct Stored {
        RevisionInfo info;
        std::string bytes;
    };
    std::string name_;
    std::map<std::string, std::vector<Stored>> documents_;
};

} // namespace redraft::store
