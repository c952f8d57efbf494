#pragma once
// Compounds written together, apart or hyphenated (peacebuilding, peace building,
// peace-building): the one word also matches its two parts as a phrase, and two words side by
// side (or hyphenated, which the analyser splits) also match the one word, where the index holds
// the other spelling. Languages say whether they write compounds so (core/lang/profile.h).
// Internal to the builder.
#include <string>
#include <utility>
#include <vector>

#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query::detail {

/// The ways the index splits `word` into two words (peacebuilding → peace + building): both
/// parts in the index, neither a stop word, each at least three letters (or the first one of
/// the language's short first parts: de + mining); the longest first part first, at most two.
/// Empty without context.indexed or for a word of no compounding language.
std::vector<std::pair<std::string, std::string>> compound_splits(const QueryTerm& word, const QueryContext& context);

/// `first` and `second` written as one word (peace, building → peacebuilding) when both are
/// words of a compounding language and neither is a stop word; else "".
std::string joined_spelling(const QueryTerm& first, const QueryTerm& second);

/// The one word that `first` and `second` written apart make (peace, building → peacebuilding)
/// when the index holds it; "" when it does not, or for words of no compounding language.
std::string joined_compound(const QueryTerm& first, const QueryTerm& second, const QueryContext& context);

/// True when `first` and `second` written as one make a compound the language knows
/// (LanguageProfile::compounds.known: cross border → cross-border, peace keepers →
/// peacekeepers), in that form or another with the same stem.
bool known_compound(const QueryTerm& first, const QueryTerm& second, const Analyzer& analyzer);

}  // namespace liaison::query::detail
