#pragma once
#include <string>
#include <string_view>

#include "core/lang/language.h"
#include "core/lang/profile.h"

namespace liaison {

/// Stem of a normalised term by the stemmer of the language's profile (core/lang/profile.h):
/// Snowball (Xapian::Stem) "english" and "russian" (terms already have е for ё, as it expects),
/// except for the forms of known Russian names (russian_names.h: Карабах, карабахских →
/// карабах); our own rule-based stemmers for hy (armenian_stemmer.h) and az
/// (azerbaijani_stemmer.h); the term itself for Unknown.
/// Thread-safe: each thread has its own Xapian::Stem objects.
std::string stem_term(std::string_view term, Language language);

/// Stem of a normalised term whose word is written like a name (capitalised): in Russian, case
/// endings only (russian_name_stem: Мамедова, Мамедовым → мамедов, where Snowball cuts Мамедов to
/// мамед); in the other languages, `stem_term`.
std::string stem_name_term(std::string_view term, Language language);

/// True when the stemmer a profile names exists: a Snowball algorithm Xapian knows, or one of
/// our own stemmers (and its name rule, if the profile asks for one).
bool stemmer_exists(const StemmerChoice& choice);

}  // namespace liaison
