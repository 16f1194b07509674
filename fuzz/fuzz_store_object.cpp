// libFuzzer target: the store's reader of loose objects (git::guard_loose_objects), which parses
// a deflated "<type> <size>\0<content>" itself. Each input replaces the file of a committed
// blob; reading it and listing its size must give the content or a store error, never a crash,
// a hang or a leak. The first byte chooses the layer: odd, the input is deflated here, so that
// the header and the content are what is explored; even, the rest is the file as it is.

#include <redraft/error.hpp>
#include <redraft/store/store.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <zlib.h>

namespace {

namespace fs = std::filesystem;

struct Fixture {
    fs::path root;
    redraft::store::RevisionInfo info;
    fs::path object;

    Fixture() {
        root = fs::temp_directory_path() / ("redraft-fuzz-store-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        redraft::store::Store::init(root);
        auto store = redraft::store::Store::open(root);
        std::ofstream(root / "essay.md", std::ios::binary) << "One sentence.\n";
        redraft::store::CommitOptions options;
        options.message = "fuzz";
        options.author = "Fuzz <fuzz@example.org>";
        options.date = "2024-06-27T14:30:00+02:00";
        info = store.commit({"essay.md"}, options, root).files.at(0).revision;
        object = root / ".redraft" / "objects" / info.blob_id.substr(0, 2) / info.blob_id.substr(2);
        fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
    }
    ~Fixture() {
        std::error_code error;
        fs::remove_all(root, error);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Fixture fixture;
    if (size == 0) {
        return 0;
    }
    std::string file(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] & 1) {
        uLongf length = compressBound(static_cast<uLong>(file.size()));
        std::string deflated(length, '\0');
        if (compress(reinterpret_cast<Bytef*>(deflated.data()), &length,
                     reinterpret_cast<const Bytef*>(file.data()),
                     static_cast<uLong>(file.size())) != Z_OK) {
            return 0;
        }
        deflated.resize(length);
        file = std::move(deflated);
    }
    std::ofstream(fixture.object, std::ios::binary | std::ios::trunc) << file;
    try {
        // Opened anew, as the next command would: the reader learns the object folders then.
        auto store = redraft::store::Store::open(fixture.root);
        store.source().log("essay.md");
        store.source().read(fixture.info);
    } catch (const redraft::Error& error) {
        if (error.kind() != redraft::ErrorKind::store) {
            std::abort(); // damage is a store error, nothing else
        }
    }
    return 0;
}
