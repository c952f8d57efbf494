#pragma once
#include <string>
#include <string_view>

#include "core/lang/language.h"

namespace liaison {

/// Stem of a normalised term: Snowball (Xapian::Stem) "english", "russian" (terms already have
/// е for ё, as it expects) and "armenian"; the light Azerbaijani suffix stripper for az; the
/// term itself for Unknown. Thread-safe: each thread has its own Xapian::Stem objects.
std::string stem_term(std::string_view term, Language language);

}  // namespace liaison
