#include "core/query/ranking.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/lang/detect.h"
#include "core/query/compose.h"
#include "core/query/word_forms.h"

namespace liaison::query {
namespace {

using Xapian::Query;

/// One position slot of a word: its exact and folded forms and the index's words of its folds
/// (stems have no positions).
Query position_slot(const QueryTerm& term, const QueryContext& context) {
  return terms_query(Query::OP_OR, joined({term.terms, term.folds, detail::fold_words(term, context)}));
}

}  // namespace

// The weights below are bonuses and lesser ways to match: a weight of 0 switches one off.

Query weaker_forms(const QueryTerm& term, const QueryContext& context) {
  Query keys, typos, variants;
  if (context.name_key_weight > 0.0) {
    keys = scaled(terms_query(Query::OP_SYNONYM, with_prefix(schema::kNameKeyPrefix, term.name_keys)),
                  context.name_key_weight, AtZero::Dropped);
  }
  std::vector<std::string> variant_terms;
  if (context.variants != nullptr && !term.prefix) variant_terms = context.variants->variants_of(term);
  variants = scaled(terms_query(Query::OP_SYNONYM, variant_terms), context.variant_weight, AtZero::Dropped);
  // A word spelled otherwise (Aliev: aliyev) is no typo: its one-edit neighbours (alien, alive)
  // would only add noise.
  if (context.typos != nullptr && !term.prefix && variant_terms.empty()) {
    typos = scaled(terms_query(Query::OP_SYNONYM, context.typos->near_terms(term)), context.typo_weight, AtZero::Dropped);
  }
  return combine(Query::OP_OR, {keys, typos, variants});
}

Query proximity_bonus(const std::vector<QueryTerm>& words, const QueryContext& context) {
  constexpr std::size_t kMaxWords = 8;  // a longer query is not a phrase; its positions cost
  if (words.size() < 2 || words.size() > kMaxWords) return Query();
  std::vector<Query> slots;
  for (const QueryTerm& word : words) slots.push_back(position_slot(word, context));
  const auto count = static_cast<Xapian::termcount>(slots.size());
  const Xapian::termcount window = std::max(context.proximity_window, count);
  return combine(Query::OP_OR,
                 {scaled(Query(Query::OP_PHRASE, slots.begin(), slots.end(), count), context.phrase_weight, AtZero::Dropped),
                  scaled(Query(Query::OP_NEAR, slots.begin(), slots.end(), window), context.proximity_weight,
                         AtZero::Dropped)});
}

std::vector<Language> languages_of_query(const std::vector<QueryTerm>& words, const Analyzer& analyzer) {
  std::vector<Language> languages;
  bool english = false, azerbaijani = false;
  for (const QueryTerm& word : words) {
    for (const auto& [language, stem] : word.stems) {
      if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
    }
    const std::vector<Language> alphabet = languages_of_word(word.text);
    if (alphabet.size() == 1 && alphabet.front() == Language::Azerbaijani) azerbaijani = true;
    for (const std::string& term : word.terms) {
      const bool en_stop = analyzer.is_stop_word(term, Language::English);
      const bool az_stop = analyzer.is_stop_word(term, Language::Azerbaijani);
      english = english || (en_stop && !az_stop);
      azerbaijani = azerbaijani || (az_stop && !en_stop);
    }
  }
  if (english != azerbaijani) {
    const Language other = english ? Language::Azerbaijani : Language::English;
    std::erase(languages, other);
  }
  return languages;
}

Query with_language_bonus(const Query& query, const std::vector<Language>& languages, const QueryContext& context) {
  if (query.empty() || languages.empty() || context.query_language_bonus <= 0.0) return query;
  // The documents whose own language is one of them (XJ terms), each weighing the bonus: a
  // posting list walked beside the query's, cheaper than reading every match's DocLang value.
  std::vector<std::string> terms;
  for (const Language language : languages) terms.push_back(schema::term(schema::kDocLangPrefix, to_code(language)));
  const Query bonus(Query::OP_AND, unweighted(terms_query(Query::OP_OR, terms)),
                    Query((new Xapian::FixedWeightPostingSource(context.query_language_bonus))->release()));
  return Query(Query::OP_AND_MAYBE, query, bonus);
}

Xapian::BM25Weight bm25(const QueryContext& context) {
  // Xapian's defaults: k2 0, k3 1, min_normlen 0.5.
  return Xapian::BM25Weight(context.bm25_k1, 0.0, 1.0, context.bm25_b, 0.5);
}

}  // namespace liaison::query
