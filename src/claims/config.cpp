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

    // The array of strings at `key`; each one's line into `lines` when given.
    std::vector<std::string> strings(const toml::table& table, std::string_view key,
                                     const std::string& section,
                                     std::vector<std::uint32_t>* lines = nullptr) const {
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
            if (lines != nullptr) {
                lines->push_back(item.source().begin.line > 0 ? item.source().begin.line
                                                              : node->source().begin.line);
            }
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

// The byte offset of a position toml++ reports (lines from 1, columns from 1 in code points),
// clamped to the text.
std::size_t offset_of(std::string_view text, std::size_t line, std::size_t column) {
    std::size_t offset = 0;
    for (std::size_t l = 1; l < line && offset < text.size(); ++l) {
        const std::size_t newline = text.find('\n', offset);
        offset = newline == std::string_view::npos ? text.size() : newline + 1;
    }
    for (std::size_t c = 1; c < column && offset < text.size(); ++c) {
        ++offset;
        while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
            ++offset; // a continuation byte
        }
    }
    return offset;
}

std::size_t line_at(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(
                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// A value TOML cannot read, most often text without its quotes (`name = Mark Rutte`): the
// message shows the line as it should be written.
std::string value_type_error(std::string_view text, std::size_t line, const std::string& file,
                             const std::string& description) {
    const std::size_t begin = offset_of(text, line, 1);
    const std::string_view row = text.substr(begin, text.find('\n', begin) - begin);
    const auto trim = [](std::string_view part) {
        const std::size_t first = part.find_first_not_of(" \t\r");
        const std::size_t last = part.find_last_not_of(" \t\r");
        return first == std::string_view::npos ? std::string_view()
                                               : part.substr(first, last - first + 1);
    };
    const std::size_t equals = row.find('=');
    const std::string_view key =
        equals == std::string_view::npos ? "" : trim(row.substr(0, equals));
    std::string_view value = equals == std::string_view::npos ? "" : row.substr(equals + 1);
    value = trim(value.substr(0, value.find('#'))); // a comment after it is no part of it
    const std::string where = file + ":" + std::to_string(line) + ": ";
    // A list or table, or a value with quotes already, is not mended by quoting it whole.
    if (key.empty() || value.empty() || value.find_first_of("\"'[{") != std::string_view::npos) {
        return where + description +
               "; a value is a \"quoted string\", a number, true or false, or a [list] of them";
    }
    return where + "the value of '" + std::string(key) +
           "' is not one TOML reads; text goes in double quotes: " + std::string(key) + " = \"" +
           std::string(value) + "\" (" + description + ")";
}

// A TOML syntax error as "FILE:LINE: what; what to do": a string left open gets a plain hint
// at the line where it opens, with the TOML reader's own words after it.
Error syntax_error(std::string_view text, const toml::parse_error& error, const std::string& file) {
    const std::string description(error.description());
    const std::size_t reported_line = error.source().begin.line;
    std::string message = file + ":" + std::to_string(reported_line) + ": " + description;
    if (description.find("invalid utf-8") != std::string::npos ||
        description.find("invalid UTF-8") != std::string::npos) {
        return Error(ErrorKind::config,
                     message + "; the file is not UTF-8 text: save it as UTF-8 (the encoding "
                               "TOML requires) and try again");
    }
    if (description.find("could not determine value type") != std::string::npos) {
        return Error(ErrorKind::config, value_type_error(text, reported_line, file, description));
    }
    char quote = 0;
    if (description.starts_with("Error while parsing string:")) {
        quote = '"';
    } else if (description.starts_with("Error while parsing literal string:")) {
        quote = '\'';
    }
    if (quote == 0) {
        return Error(ErrorKind::config, message);
    }
    const std::size_t offset = offset_of(text, reported_line, error.source().begin.column);
    const bool at_line_end = offset >= text.size() || text[offset] == '\n' || text[offset] == '\r';
    if (!at_line_end && description.find("end-of-file") == std::string::npos) {
        return Error(ErrorKind::config, message); // a control character inside a string
    }
    // The string opens at the last quote before the error; three in a row open a multi-line one,
    // and an unmatched three (an odd count before the error) is where one opened, whatever
    // quotes its lines hold.
    const std::string_view before = text.substr(0, offset);
    const std::string triple(3, quote);
    std::size_t triples = 0;
    for (std::size_t at = before.find(triple); at != std::string_view::npos;
         at = before.find(triple, at + 3)) {
        ++triples;
    }
    const std::size_t open = triples % 2 == 1 ? before.rfind(triple) + 2 : before.rfind(quote);
    const std::size_t line = open == std::string_view::npos ? reported_line : line_at(text, open);
    const std::string quotes(open != std::string_view::npos && open >= 2 &&
                                     text.substr(open - 2, 3) == std::string(3, quote)
                                 ? 3
                                 : 1,
                             quote);
    return Error(ErrorKind::config, file + ":" + std::to_string(line) + ": a " +
                                        (quotes.size() == 3 ? "multi-line " : "") +
                                        "string is not closed with " + quotes +
                                        "; add the closing " + quotes + " where the value ends (" +
                                        description + ")");
}

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
        throw syntax_error(text, error, file.string());
    }
    reader.check_keys(root, {"subject", "dimension", "lexicon", "analysis"}, "the configuration");

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
        std::vector<std::uint32_t> lines;
        const auto names = reader.strings(*table, "files", "[lexicon]", &lines);
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::filesystem::path path(names[i]);
            config.lexicon_files.push_back(
                {path.is_absolute() ? path : file.parent_path() / path, names[i], lines[i]});
        }
    }
    if (const toml::node* node = root.get("analysis")) {
        const toml::table* table = node->as_table();
        if (table == nullptr) {
            reader.fail(node->source(), "'analysis' must be a table, written [analysis]");
        }
        reader.check_keys(*table, {"pronouns_across_paragraphs"}, "[analysis]");
        if (const toml::node* across = table->get("pronouns_across_paragraphs")) {
            if (!across->is_boolean()) {
                reader.fail(across->source(),
                            "'pronouns_across_paragraphs' in [analysis] must be true or false");
            }
            config.analysis.pronouns_across_paragraphs = *across->value<bool>();
        }
    }
    return config;
}

Config load_config(const std::filesystem::path& file) {
    std::error_code error;
    if (std::filesystem::is_directory(file, error)) {
        const auto inside = file / "redraft.toml";
        throw Error(ErrorKind::usage, "configuration file " + file.string() +
                                          " is a folder, not a file; " +
                                          (std::filesystem::is_regular_file(inside, error)
                                               ? "give the file in it: --config " + inside.string()
                                               : std::string("give a redraft.toml file")));
    }
    if (!std::filesystem::is_regular_file(file, error)) {
        // Where it was looked for, and what to do: a relative --config is read from the current
        // folder, not from the store's or the repository's.
        const auto absolute = std::filesystem::absolute(file, error).lexically_normal();
        throw Error(ErrorKind::not_found,
                    "configuration file " + file.string() + " does not exist" +
                        (file.is_absolute() || error ? std::string()
                                                     : " (looked for " + absolute.string() +
                                                           ": a relative --config is read from "
                                                           "the current folder)") +
                        "; correct the path given to --config, or leave --config out to read "
                        "redraft.toml beside the store or at the top of the git work tree");
    }
    Config config = parse_config(document::read_file(file, 16ull << 20), file);
    for (const auto& lexicon : config.lexicon_files) {
        std::error_code error;
        if (std::filesystem::is_regular_file(lexicon.path, error)) {
            continue;
        }
        const bool exists = std::filesystem::exists(lexicon.path, error);
        std::string message = file.string() + ":" + std::to_string(lexicon.line) +
                              ": the lexicon file '" + lexicon.written + "' in [lexicon] files " +
                              (exists ? "is not a file" : "does not exist");
        if (lexicon.path.string() != lexicon.written) {
            message += " (looked for " + lexicon.path.string() +
                       ": a relative path is read from the configuration's folder)";
        }
        throw Error(ErrorKind::config,
                    message + "; correct the path, or remove the entry, or create the file");
    }
    return config;
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
