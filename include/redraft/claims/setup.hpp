#pragma once
// Everything an assessment run needs, from the configuration and the command line: subjects,
// dimensions, the lexicon and the people named in the text.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/config.hpp>
#include <redraft/claims/lexicon.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace redraft::claims {

struct SubjectRequest {
    std::filesystem::path config_file; // --config; empty to look for redraft.toml
    std::string subject;               // --subject: one subject for this run
    std::vector<std::string> aliases;  // --alias
    std::filesystem::path store_root;  // the source's root: beside .redraft/, or the git work tree
    std::filesystem::path cwd;
};

struct AssessmentSetup {
    Config config;
    std::vector<Subject> subjects;
    std::string chosen;             // the subject's name when redraft chose it from the text
    bool chosen_from_older = false; // the newer revision names nobody: the older one chose
    // The person the newer revision names most, passed over because the edit brought them in
    // (named only in paragraphs the older revision lacks); empty otherwise.
    std::string passed_over;
    // The name --subject gave when it was read as a person the text writes otherwise (her last
    // name alone, "Whitcombe", or a spelling that matches by its keys, "Agnes Whitcomb"):
    // subjects[0] is then that person, by the text's spelling; empty otherwise.
    std::string subject_given_as;
    Lexicon lexicon;
    // Named in the newer revision, most often first; then those named only in the older one
    // (count 0 there), whom the analyses of both know as other people.
    std::vector<Person> people;
};

// Subjects from --subject, else from the configuration, else the person the newer revision names
// most often (none when it names nobody). Throws Error(config) for a bad configuration.
// With `older`, a newer revision that names nobody (emptied, or cut short) takes its people
// and subject from the older one.
AssessmentSetup prepare_assessment(const SubjectRequest& request, const document::Document& newer,
                                   const document::Document* older = nullptr);

// prepare_assessment in two steps, for a caller that reads the configuration and the lexicon
// while it fetches the document: the first throws what prepare_assessment throws about the
// request and the configuration; the second fills in people and subjects.
AssessmentSetup load_configuration(const SubjectRequest& request);
void choose_subjects(AssessmentSetup& setup, const SubjectRequest& request,
                     const document::Document& newer, const document::Document* older = nullptr);

// Throws Error(usage) naming `newer` when the setup has no subject: for the commands that exist
// to assess (`assess`, `report`); `diff` shows its structure without one.
void require_subjects(const AssessmentSetup& setup, const document::Document& newer);

// Subjects the text never names, so that a misspelt name cannot pass a CI gate unseen.
// `named[s]`: whether any revision compared names subject s; `revisions` names them for messages
// ("old.txt or new.txt", "essay.txt"). Throws Error(usage) when the subject given with --subject
// is named nowhere, or when no configured subject is; returns a note for each other configured
// subject named nowhere whose name is close to a person the text names (a likely typo), and one
// when --subject was read as the text's spelling of a person's name (subject_given_as).
std::vector<std::string> check_subjects_named(const AssessmentSetup& setup,
                                              const SubjectRequest& request,
                                              const std::vector<bool>& named,
                                              const std::string& revisions);

} // namespace redraft::claims
