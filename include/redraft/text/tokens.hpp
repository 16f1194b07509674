#pragma once
// Word tokens as spans into the original bytes, and interned ids so that diffs compare integers.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace redraft::text {

enum class TokenKind : std::uint8_t { word, number, punctuation };

// A token is [begin, end) in the text it was cut from. White space is never a token.
struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
};

// Words keep inner apostrophes and hyphens ("Rutte's", "de-escalatory"); numbers keep inner
// separators and a trailing percent sign ("2.5", "1,000", "2%"); other symbols are one token
// each. Appends to `out`, with offsets shifted by `offset`.
void tokenize_into(std::string_view text, std::vector<Token>& out, std::uint32_t offset = 0);
// tokenize_into by the rules in full, one token at a time, without its 64-byte windows of
// ASCII prose: the reference the fast path is tested against (tests/unit/tokens_reference_test).
void tokenize_into_bytewise(std::string_view text, std::vector<Token>& out,
                            std::uint32_t offset = 0);
std::vector<Token> tokenize(std::string_view text);

// How two pieces of text are compared.
enum class Comparison {
    normalized, // case, quotes, dashes, white space and Unicode composition do not count
    exact,      // every byte counts
};

// The text two tokens (or paragraphs) are compared by.
std::string comparison_key(std::string_view text, Comparison comparison);

// Gives each distinct string a small integer id. Ids are dense: 0, 1, 2, ...
class Interner {
public:
    std::uint32_t intern(std::string_view key);
    // Id of `key`, or none() when it was never interned.
    std::uint32_t find(std::string_view key) const;
    std::string_view text(std::uint32_t id) const { return strings_[id]; }
    std::size_t size() const { return strings_.size(); }
    static constexpr std::uint32_t none() { return UINT32_MAX; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::deque<std::string> strings_;
    std::unordered_map<std::string_view, std::uint32_t, Hash, std::equal_to<>> ids_;
};

} // namespace redraft::text
