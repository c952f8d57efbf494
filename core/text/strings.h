#pragma once
// Small string helpers shared by the loaders and parsers.
#include <string>
#include <string_view>

namespace liaison {

/// `text` without ASCII white space (space, tab, CR, LF, FF, VT) at either end.
std::string_view trim(std::string_view text);

/// `text` with ASCII letters lower-cased and every other byte unchanged (for keys, tag names).
std::string lower_ascii(std::string_view text);

/// `utf8` lower-cased by Unicode rules in the root locale (for matching words of any script).
std::string lower(std::string_view utf8);

}  // namespace liaison
