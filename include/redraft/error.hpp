#pragma once
// The one error type that crosses the library boundary. The library throws it; only run_cli
// catches it and turns it into a message and exit code 2.

#include <stdexcept>
#include <string>

namespace redraft {

enum class ErrorKind {
    usage,     // the command line or an argument is wrong
    input,     // a document cannot be read as text (binary, invalid UTF-8, too large)
    not_found, // a file, document, revision or label does not exist
    absent,    // a revision exists but does not hold the document (added later, or removed)
    store,     // the revision store is missing, locked, read-only or damaged
    config,    // the configuration file is invalid
    internal,  // a bug in redraft
};

// A message a user can act on: what went wrong, where (file and line or byte), what to do.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const noexcept { return kind_; }

private:
    ErrorKind kind_;
};

} // namespace redraft
