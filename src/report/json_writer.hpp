#pragma once
// A streaming JSON writer whose output is byte for byte what json_text() gives for the same
// values, for output too large to build as a tree first (the diff of a 10 MB document, the claims
// of one). Tested against nlohmann in tests/unit/json_writer_test.cpp.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace redraft::report {

// A JSON document as every redraft command writes it: indented by two, ending in a line break,
// and a string that is not UTF-8 (a file name in another encoding) with U+FFFD for its bad
// bytes, rather than an exception that would end the command.
template <class Json>
std::string json_text(const Json& value) {
    return value.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

class JsonWriter {
public:
    // Appends to `out`.
    explicit JsonWriter(std::string& out) : out_(out) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The key of the next value inside an object.
    void key(std::string_view name);

    void string(std::string_view text);
    void null();
    void boolean(bool value);
    void number(std::uint64_t value);
    // As nlohmann formats doubles (shortest form that reads back exactly; "1.0" for 1).
    void real(double value);
    // A value built with nlohmann (small parts such as the assessment), indented in place.
    void value(const nlohmann::ordered_json& value);

private:
    void before_value();
    void new_line();
    void close(char bracket);
    void quoted(std::string_view text);

    std::string& out_;
    std::unordered_map<std::uint64_t, std::string> reals_; // real(): by the bits of the value
    // One entry per open object or array: true until its first member is written.
    std::vector<bool> empty_;
    bool after_key_ = false;
};

} // namespace redraft::report
