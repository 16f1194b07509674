#pragma once
// A streaming JSON writer whose output is byte for byte what nlohmann's
// dump(2, ' ', false, error_handler_t::replace) gives for the same values (with BadUtf8::fail,
// what its strict dump(2) gives), for output too large to build as a tree first (the diff of a
// 10 MB document, the claims of one). Tested against nlohmann in tests/unit/json_writer_test.cpp.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace redraft::report {

class JsonWriter {
public:
    // What a string that is not valid UTF-8 becomes: nlohmann's replacement characters, or the
    // nlohmann::json::type_error (316) its strict dump(2) throws for it.
    enum class BadUtf8 { replace, fail };

    // Appends to `out`.
    explicit JsonWriter(std::string& out, BadUtf8 bad_utf8 = BadUtf8::replace)
        : out_(out), bad_utf8_(bad_utf8) {}

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

    nlohmann::ordered_json::error_handler_t error_handler() const;

    std::string& out_;
    BadUtf8 bad_utf8_;
    std::unordered_map<std::uint64_t, std::string> reals_; // real(): by the bits of the value
    // One entry per open object or array: true until its first member is written.
    std::vector<bool> empty_;
    bool after_key_ = false;
};

} // namespace redraft::report
