#pragma once
// The project configuration (redraft.toml): subjects, extra dimensions, extra lexicon files.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace redraft::claims {

struct Subject {
    std::string name;                  // "Mark Rutte"
    std::vector<std::string> aliases;  // "Rutte"
    std::vector<std::string> titles;   // "the Dutch prime minister"
    std::vector<std::string> pronouns; // "he", "him", "his", "himself"
};

// A user's own axis, scored from the lexicon rows that name it.
struct Dimension {
    std::string name;     // "russia_stance"
    std::string negative; // what -1 means: "conciliatory"
    std::string positive; // what +1 means: "confrontational"
    std::string description;
};

// An entry of [lexicon] files.
struct LexiconFile {
    std::filesystem::path path; // absolute, or relative to the cwd
    std::string written;        // as the configuration writes it: relative to its folder
    std::uint32_t line = 0;     // the configuration's line that names it
};

// [analysis]: how the text is read.
struct AnalysisSettings {
    // A paragraph whose subject pronoun has no one to continue in it continues the one subject
    // the paragraph before it ended on (docs/assessment.md, "Pronouns across paragraphs").
    // Off by default: a pronoun resolves only within its paragraph.
    bool pronouns_across_paragraphs = false;
};

struct Config {
    std::filesystem::path file; // empty when there is none
    std::vector<Subject> subjects;
    std::vector<Dimension> dimensions;
    std::vector<LexiconFile> lexicon_files;
    AnalysisSettings analysis;
};

// Parses redraft.toml text. Throws Error(config) "FILE:LINE: ..." naming the key, with the
// nearest valid key for an unknown one, and a plain hint for a TOML syntax error.
Config parse_config(std::string_view text, const std::filesystem::path& file);
// Reads and parses the file; also refuses a [lexicon] files entry naming no file
// (Error(config) "FILE:LINE: ..." at the entry).
Config load_config(const std::filesystem::path& file);

// The configuration file to use: `explicit_file` when given (it must exist), else redraft.toml
// in `store_root` (the folder holding .redraft/) when given, else in `cwd`; none if absent.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& explicit_file,
                                                 const std::filesystem::path& store_root,
                                                 const std::filesystem::path& cwd);

// The pronouns a subject gets when none are configured (chosen subjects and --subject).
std::vector<std::string> default_pronouns();

} // namespace redraft::claims
