// The only file that reads TOML (toml++ stays out of every header).
#include <redraft/claims/config.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/text/edit_distance.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <system_error>

namespace redraft::claims {
namespace {

class ConfigReader {
public:
    explicit ConfigReader(std::string file_name) : file_(std::move(file_name)) {}

    [[noreturn]] void fail(const toml::source_region& where, const std::string& what) const {
        throw Error(ErrorKind::config,
                    file_ + ":" + std::to_string(where.begin.line) + ": " + what);
    }

    // Refuses keys outside `allowed`, suggesting the nearest valid one.
    void check_keys(const toml::table& table, const std::vector<std::string>& allowed,
                    const std::string& section) const {
        for (const auto& [key, node] : table) {
            const std::string name(key.str());
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
                std::string valid;
                for (const auto& a : allowed) {
                    valid += (valid.empty() ? "" : ", ") + a;
                }
                fail(key.source(), "unknown key '" + name + "' in " + section +
                                       text::did_you_mean(name, allowed) +
                                       " (valid keys: " + valid + ")");
            }
        }
    }

    std::string string(const toml::table& table, std::string_view key, const std::string& section,
                       bool required, const toml::source_region& table_source) const {
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            if (required) {
                fail(table_source, section + " has no '" + std::string(key) + "'");
            }
            return {};
        }
        const auto value = node->value<std::string>();
        if (!node->is_string()) {
            fail(node->source(), "'" + std::string(key) + "' in " + section + " must be a string");
        }
        if (required && value->empty()) {
            fail(node->source(), "'" + std::string(key) + "' in " + section + " is empty");
        }
        return *value;
    }

    std::vector<std::string> strings(const toml::table& table, std::string_view key,
                                     const std::string& section) const {
        std::vector<std::string> result;
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            return result;
        }
        const toml::array* array = node->as_array();
        if (array == nullptr) {
            fail(node->source(), "'" + std::string(key) + "' in " + section +
                                     " must be an array of strings, like [\"a\", \"b\"]");
        }
        for (const auto& item : *array) {
            if (!item.is_string()) {
                fail(item.source().begin.line > 0 ? item.source() : node->source(),
                     "'" + std::string(key) + "' in " + section +
                         " must be an array of strings, like [\"a\", \"b\"]");
            }
            const std::string value = *item.value<std::string>();
            if (value.empty()) {
                fail(item.source(),
                     "an entry of '" + std::string(key) + "' in " + section + " is empty");
            }
            result.push_back(value);
        }
        return result;
    }

    const toml::array& tables(const toml::table& root, std::string_view key) const {
        static const toml::array empty;
        const toml::node* node = root.get(key);
        if (node == nullptr) {
            return empty;
        }
        const toml::array* array = node->as_array();
        if (array == nullptr || !array->is_array_of_tables()) {
            fail(node->source(), "'" + std::string(key) + "' must be a list of tables, written [[" +
                                     std::string(key) + "]]");
        }
        return *array;
    }

private:
    std::string file_;
};

bool is_identifier(std::string_view name) {
    if (name.empty()) {
        return false;
    }
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<std::string> default_pronouns() {
    return {"he", "him", "his", "himself", "she", "her", "hers", "herself"};
}

Config parse_config(std::string_view text, const std::filesystem::path& file) {
    const ConfigReader reader(file.string());
    toml::table root;
    try {
        root = toml::parse(text, file.string());
    } catch (const toml::parse_error& error) {
        throw Error(ErrorKind::config, file.string() + ":" +
                                           std::to_string(error.source().begin.line) + ": " +
                                           std::string(error.description()));
    }
    reader.check_keys(root, {"subject", "dimension", "lexicon"}, "the configuration");

    Config config;
    config.file = file;
    for (const auto& node : reader.tables(root, "subject")) {
        const auto& table = *node.as_table();
        const std::string section = "[[subject]]";
        reader.check_keys(table, {"name", "aliases", "titles", "pronouns"}, section);
        Subject subject;
        subject.name = reader.string(table, "name", section, true, table.source());
        subject.aliases = reader.strings(table, "aliases", section);
        subject.titles = reader.strings(table, "titles", section);
        subject.pronouns = reader.strings(table, "pronouns", section);
        for (const auto& other : config.subjects) {
            if (other.name == subject.name) {
                reader.fail(table.get("name")->source(),
                            "subject '" + subject.name + "' is defined twice");
            }
        }
        config.subjects.push_back(std::move(subject));
    }
    for (const auto& node : reader.tables(root, "dimension")) {
        const auto& table = *node.as_table();
        const std::string section = "[[dimension]]";
        reader.check_keys(table, {"name", "negative", "positive", "description"}, section);
        Dimension dimension;
        dimension.name = reader.string(table, "name", section, true, table.source());
        if (!is_identifier(dimension.name)) {
            reader.fail(table.get("name")->source(),
                        "dimension name '" + dimension.name +
                            "' must be lower-case letters, digits and '_', like russia_stance");
        }
        if (dimension.name == "favorability" || dimension.name == "certainty") {
            reader.fail(table.get("name")->source(),
                        "dimension '" + dimension.name + "' is built in; choose another name");
        }
        for (const auto& other : config.dimensions) {
            if (other.name == dimension.name) {
                reader.fail(table.get("name")->source(),
                            "dimension '" + dimension.name + "' is defined twice");
            }
        }
        dimension.negative = reader.string(table, "negative", section, false, table.source());
        dimension.positive = reader.string(table, "positive", section, false, table.source());
        dimension.description = reader.string(table, "description", section, false, table.source());
        config.dimensions.push_back(std::move(dimension));
    }
    if (const toml::node* node = root.get("lexicon")) {
        const toml::table* table = node->as_table();
        if (table == nullptr) {
            reader.fail(node->source(), "'lexicon' must be a table, written [lexicon]");
        }
        reader.check_keys(*table, {"files"}, "[lexicon]");
        for (const auto& name : reader.strings(*table, "files", "[lexicon]")) {
            const std::filesystem::path path(name);
            config.lexicon_files.push_back(path.is_absolute() ? path : file.parent_path() / path);
        }
    }
    return config;
}

Config load_config(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw Error(ErrorKind::not_found,
                    "configuration file " + file.string() + " does not exist");
    }
    return parse_config(document::read_file(file, 16ull << 20), file);
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& explicit_file,
                                                 const std::filesystem::path& store_root,
                                                 const std::filesystem::path& cwd) {
    if (!explicit_file.empty()) {
        return explicit_file;
    }
    std::error_code error;
    for (const auto& dir : {store_root, cwd}) {
        if (dir.empty()) {
            continue;
        }
        const auto candidate = dir / "redraft.toml";
        if (std::filesystem::is_regular_file(candidate, error)) {
            // Named as the user would write it from where they stand.
            return cwd.empty() ? candidate : candidate.lexically_proximate(cwd);
        }
    }
    return std::nullopt;
}

} // namespace redraft::claims
