#pragma once
// A streaming JSON writer whose output is byte for byte what json_text() gives for the same
// values, for output too large to build as a tree first (the diff of a 10 MB document, the claims
// of one). Tested against nlohmann in tests/unit/json_writer_test.cpp.

#include <nlohmann/json.hpp>

#include <array>
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
    // Room for a line's indentation, and for a key, composed on the stack (key(), number()...);
    // deeper nesting and longer keys take the general path.
    static constexpr std::size_t kLineIndent = 128;
    static constexpr std::size_t kLineKey = 64;
    using Line = std::array<char, 1 + 1 + kLineIndent + 1 + kLineKey + 3>;

    void before_value();
    void separate();
    void new_line();
    static char* indent_into(char* at, std::size_t indent);
    void append(const Line& line, const char* end);
    // Write what comes before a key or a value into `at` (or, nested deeper than kLineIndent,
    // straight to out_), and return the end.
    char* member_start(char* at);
    char* value_start(char* at);
    void open(char bracket);
    void close(char bracket);
    void literal(std::string_view word);
    void quoted(std::string_view text);
    // The rest of a quoted string, its opening quote being the last byte of out_.
    void after_quote(std::string_view text);

    std::string& out_;
    std::unordered_map<std::uint64_t, std::string> reals_; // real(): by the bits of the value
    // One entry per open object or array: true until its first member is written.
    std::vector<std::uint8_t> empty_;
    bool after_key_ = false;
};

} // namespace redraft::report
