// British and American spelling folded, word by word, for comparing two revisions' words.
#pragma once

#include <redraft/assess/assess.hpp>

#include <string>

namespace redraft::assess::detail {

// One lowercase word folded over British and American spelling, family by family. Each family
// rewrites the British core of a word followed by one of its endings, when at least `stem`
// letters come before the core; both spellings of a word then have the same key, while two
// different words never meet (no real word shares a key with another word's other spelling:
// tested on the shipped lexicon).
std::string fold_spelling(std::string word);

} // namespace redraft::assess::detail
