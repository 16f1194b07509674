#pragma once
// Length-prefixed fields ("10:Mark Rutte"), the format of the analysis cache's entries and of the
// canonical text its keys are hashed from: cheap to write and to read back, with no escaping.

#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace redraft::history {

inline void fold(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

template <typename Number>
void fold_number(std::string& out, Number value) {
    char digits[32];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    fold(out, std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

// Reads back what fold wrote; any malformed field makes the whole entry unreadable.
class FieldReader {
public:
    explicit FieldReader(std::string_view text) : rest_(text) {}

    std::optional<std::string_view> field() {
        const auto colon = rest_.find(':');
        std::size_t size = 0;
        if (colon == std::string_view::npos ||
            std::from_chars(rest_.data(), rest_.data() + colon, size).ptr != rest_.data() + colon ||
            size > rest_.size() - colon - 1) {
            return std::nullopt;
        }
        const std::string_view value = rest_.substr(colon + 1, size);
        rest_.remove_prefix(colon + 1 + size);
        return value;
    }

    template <typename Number>
    bool number(Number& value) {
        const auto text = field();
        return text && std::from_chars(text->data(), text->data() + text->size(), value).ptr ==
                           text->data() + text->size();
    }

    // A count of fields to come: each takes at least two bytes, so a larger count is damage.
    bool count(std::size_t& value) { return number(value) && value <= rest_.size() / 2; }

    bool done() const { return rest_.empty(); }

private:
    std::string_view rest_;
};

} // namespace redraft::history
