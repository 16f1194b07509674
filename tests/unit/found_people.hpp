#pragma once
// The people a text names, as find_people finds them, and the subjects chosen from them: the
// people tests share these.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>

#include <string>
#include <utility>
#include <vector>

#include "claims/people.hpp"

namespace redraft::claims::testing {

inline std::vector<Person> people_in(const std::string& text) {
    return find_people(document::parse(text, "t.txt", {}));
}

inline const Person* person_named(const std::vector<Person>& people, const std::string& name) {
    for (const auto& person : people) {
        if (person.name == name) {
            return &person;
        }
    }
    return nullptr;
}

// The people's names, in the order found.
inline std::vector<std::string> names(const std::vector<Person>& people) {
    std::vector<std::string> out;
    for (const auto& person : people) {
        out.push_back(person.name);
    }
    return out;
}

// The subjects redraft chooses for a text, with `subject` as --subject gives it (none: chosen).
inline AssessmentSetup chosen_for(const std::string& text, const std::string& subject = "") {
    const auto doc = document::parse(text, "t.txt", {});
    SubjectRequest request;
    request.subject = subject;
    AssessmentSetup setup;
    choose_subjects(setup, request, doc);
    return setup;
}

// The subjects choose_subjects gives `text` with `configured` as redraft.toml's subjects.
inline AssessmentSetup configured_for(const std::string& text, std::vector<Subject> configured) {
    const auto doc = document::parse(text, "t.txt", {});
    AssessmentSetup setup;
    setup.config.subjects = std::move(configured);
    choose_subjects(setup, SubjectRequest{}, doc);
    return setup;
}

} // namespace redraft::claims::testing
