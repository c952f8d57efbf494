#pragma once
#include <string>
#include <string_view>

#include "core/lang/language.h"

namespace liaison {

/// Stem of a normalised term: Snowball (Xapian::Stem) "english" and "russian" (terms already
/// have е for ё, as it expects), except for the forms of known Russian names
/// (russian_names.h: Карабах, карабахских → карабах); our own rule-based stemmers for hy
/// (armenian_stemmer.h) and az (azerbaijani_stemmer.h); the term itself for Unknown.
/// Thread-safe: each thread has its own Xapian::Stem objects.
std::string stem_term(std::string_view term, Language language);

/// Stem of a normalised term whose word is written like a name (capitalised): in Russian, case
/// endings only (russian_name_stem: Мамедова, Мамедовым → мамедов, where Snowball cuts Мамедов to
/// мамед); in the other languages, `stem_term`.
std::string stem_name_term(std::string_view term, Language language);

}  // namespace liaison
