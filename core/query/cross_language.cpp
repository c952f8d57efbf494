#include "core/query/cross_language.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/lang/profile.h"
#include "core/query/compose.h"
#include "core/query/query_term.h"
#include "core/query/wildcards.h"
#include "core/query/word_forms.h"

namespace liaison::query::detail {
namespace {

using Xapian::Query;

std::size_t letters_in(const std::string& utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string joined_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

std::optional<EntryMatch> CrossLanguage::whole_entry(const std::vector<std::string>& words) const {
  if (!context_.cross_language || words.empty()) return std::nullopt;
  std::optional<EntryMatch> match = context_.cross_language->longest_prefix(words);
  if (!match || match->words != words.size()) return std::nullopt;
  return match;
}

std::optional<EntryMatch> CrossLanguage::entry_of_several_words(const std::vector<std::string>& run) const {
  if (!context_.cross_language || run.size() < 2) return std::nullopt;
  std::optional<EntryMatch> match = context_.cross_language->longest_prefix(run);
  if (!match || match->words < 2) return std::nullopt;
  return match;
}

/// True when `form` is what the user typed (it is matched at full weight already).
bool CrossLanguage::is_typed(const std::string& typed, const EntryForm& form) const {
  const auto terms = [this, &form](const std::string& text) {
    std::vector<std::string> out;
    for (const QueryTerm& term : analyze_query_text(analyzer_, text, form.language)) out.push_back(term.terms.front());
    return out;
  };
  return terms(typed) == terms(form.text);
}

Query CrossLanguage::with_translations(const Query& typed_query, const std::vector<std::string>& typed,
                                       const EntryMatch& entry, FormWords form_words) {
  return combine(Query::OP_OR, {typed_query, translations(typed, entry, form_words)});
}

Query CrossLanguage::translations(const std::vector<std::string>& typed, const EntryMatch& entry,
                                  FormWords form_words) {
  Expansion expansion{.typed = joined_words(typed), .entry = entry.entry};
  std::vector<Query> forms;
  for (const EntryForm& form : entry.forms) {
    std::vector<QueryTerm> terms = analyze_query_text(analyzer_, form.text, form.language);
    if (terms.empty() || is_typed(expansion.typed, form)) continue;
    if (terms.size() > 1) {
      ++out_.form_groups;
      for (QueryTerm& term : terms) term.form_group = out_.form_groups;
    }
    out_.expansion_words.insert(out_.expansion_words.end(), terms.begin(), terms.end());
    expansion.forms.push_back(form);
    if (form_words == FormWords::AsPhrase && terms.size() > 1) {
      forms.push_back(form_phrase(terms));
      continue;
    }
    if (std::any_of(terms.begin(), terms.end(), [](const QueryTerm& t) { return !t.stop; }))
      terms.erase(std::remove_if(terms.begin(), terms.end(), [](const QueryTerm& t) { return t.stop; }), terms.end());
    std::vector<Query> words;
    for (const QueryTerm& term : terms) words.push_back(form_word(term, form.language));
    forms.push_back(combine(Query::OP_AND, words));
  }
  if (forms.empty()) return Query();
  out_.expansions.push_back(std::move(expansion));
  // A weight of 0 keeps the translations matching, unweighted.
  return scaled(combine(Query::OP_OR, forms), context_.cross_language_weight, AtZero::MatchesUnweighted);
}

/// A word of a domain form in `language`, with the longer stems that start with its stem where
/// the language's stems are extended.
Query CrossLanguage::form_word(const QueryTerm& term, Language language) const {
  const Query word = body_word(term, context_);
  // How far a stem may extend is the language's (core/lang/profile.h); 0: not at all.
  const std::size_t min_letters = profile_of(language).stem_extension.query_min_letters;
  if (min_letters == 0) return word;
  std::vector<Query> longer;
  for (const auto& [stem_language, stem] : term.stems) {
    if (letters_in(stem) < min_letters) continue;
    longer.push_back(wildcard(context_, schema::term(schema::kStemPrefix, stem), context_.prefix_expansion, Query::OP_SYNONYM));
  }
  return combine(Query::OP_OR, {word, combine(Query::OP_SYNONYM, longer)});
}

/// A form's words as a phrase: a quoted query's translation stands as the quote does, not as its
/// words scattered over a passage ("communities on both sides of the border" is not "border
/// communities … on both sides"). Stems have no positions, so an inflected word is found through
/// the positional words that start with its stem (the phrase keeps such a prefix to its place:
/// "heal" alone would find "health", in a phrase of several words hardly).
Query CrossLanguage::form_phrase(const std::vector<QueryTerm>& terms) const {
  // A shorter stem starts too many words even in a phrase.
  constexpr std::size_t kMinStemLetters = 4;
  std::vector<Query> slots;
  // Stop words may be left out or put otherwise ("Знай соседей" for «Знай своих соседей»): the
  // other words within as many positions as the form has words.
  const bool all_stop = std::all_of(terms.begin(), terms.end(), [](const QueryTerm& t) { return t.stop; });
  for (const QueryTerm& term : terms) {
    if (term.stop && !all_stop) continue;
    std::vector<Query> forms{phrase({term}, "", context_)};
    for (const auto& [stem_language, stem] : term.stems) {
      if (letters_in(stem) < kMinStemLetters) continue;
      forms.push_back(wildcard(context_, stem, context_.prefix_expansion, Query::OP_OR));
    }
    slots.push_back(combine(Query::OP_OR, forms));
  }
  if (slots.size() == 1) return slots.front();
  return Query(Query::OP_PHRASE, slots.begin(), slots.end(), static_cast<Xapian::termcount>(terms.size()));
}

}  // namespace liaison::query::detail
