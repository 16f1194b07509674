#include <redraft/claims/setup.hpp>
#include <redraft/error.hpp>

namespace redraft::claims {

void require_subjects(const AssessmentSetup& setup, const document::Document& newer) {
    if (setup.subjects.empty()) {
        throw Error(ErrorKind::usage,
                    "no subject to assess: " + newer.name +
                        " names no person redraft can recognize; give one with --subject NAME "
                        "(and --alias TEXT), or list subjects in redraft.toml");
    }
}

AssessmentSetup load_configuration(const SubjectRequest& request) {
    AssessmentSetup setup;
    if (!request.aliases.empty() && request.subject.empty()) {
        throw Error(ErrorKind::usage, "--alias needs --subject NAME: the aliases name which "
                                      "subject they belong to");
    }
    if (const auto file = find_config(request.config_file, request.store_root, request.cwd)) {
        setup.config = load_config(*file);
    }
    setup.lexicon = load_lexicon(setup.config.lexicon_files);
    return setup;
}

void choose_subjects(AssessmentSetup& setup, const SubjectRequest& request,
                     const document::Document& newer) {
    setup.people = find_people(newer);
    if (!request.subject.empty()) {
        Subject subject;
        subject.name = request.subject;
        subject.aliases = request.aliases;
        subject.pronouns = default_pronouns();
        // A configured subject of that name keeps its titles and pronouns.
        for (const auto& configured : setup.config.subjects) {
            if (configured.name == request.subject) {
                subject = configured;
                subject.aliases.insert(subject.aliases.end(), request.aliases.begin(),
                                       request.aliases.end());
            }
        }
        setup.subjects.push_back(std::move(subject));
    } else if (!setup.config.subjects.empty()) {
        setup.subjects = setup.config.subjects;
    } else if (auto chosen = choose_subject(setup.people)) {
        setup.chosen = chosen->name;
        setup.subjects.push_back(std::move(*chosen));
    }
}

AssessmentSetup prepare_assessment(const SubjectRequest& request, const document::Document& newer) {
    AssessmentSetup setup = load_configuration(request);
    choose_subjects(setup, request, newer);
    return setup;
}

} // namespace redraft::claims
