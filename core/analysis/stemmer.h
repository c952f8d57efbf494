#pragma once
#include <string>
#include <string_view>

#include "core/lang/language.h"

namespace liaison {

/// Stem of a normalised term: Snowball (Xapian::Stem) "english" and "russian" (terms already
/// have е for ё, as it expects); our own rule-based stemmers for hy (armenian_stemmer.h) and az
/// (azerbaijani_stemmer.h); the term itself for Unknown. Thread-safe: each thread has its own Xapian::Stem objects.
std::string stem_term(std::string_view term, Language language);

}  // namespace liaison
