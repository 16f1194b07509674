#pragma once
// The offices choose_subjects learns a subject's titles from ("Archbishop Eamon Kearsley" gives
// "the archbishop"), for the tests of the quick test it reads most capitals with.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::claims::detail {

// The offices, in lowercase, sorted ("prime minister", "archbishop").
const std::vector<std::string_view>& office_list();

// Whether `words` (in lowercase) is one of office_list.
bool is_listed_office(std::string_view words);

// The office written right before the word at `name_at` of `text` (after a space or a line
// break), its two-word form first; empty when there is none.
std::string office_written_before(std::string_view text, std::size_t name_at);

// False only where office_written_before is empty: the three bytes before the space at
// `name_at - 1` end no office's last word.
bool may_write_office_before(std::string_view text, std::size_t name_at);

} // namespace redraft::claims::detail
