#pragma once
#include <span>
#include <string_view>

#include "core/lang/language.h"

namespace liaison {

/// The common function words of `language` in normalised form (lowercase, ё as е, և as եւ), as
/// its profile lists them (core/lang/profile_<code>.cpp):
/// about 50–80 per language, none for Unknown.
std::span<const std::string_view> stop_words(Language language);

/// True when `term` (normalised) is one of stop_words(language).
bool is_stop_word(std::string_view term, Language language);

}  // namespace liaison
