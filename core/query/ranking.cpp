#include "core/query/ranking.h"

#include <algorithm>

#include "core/index/schema.h"
#include "core/query/compose.h"

namespace liaison::query {
namespace {

using Xapian::Query;

/// One position slot of a word: its exact and folded forms (stems have no positions).
Query position_slot(const QueryTerm& term) {
  std::vector<std::string> forms = term.terms;
  for (const std::string& fold : term.folds) {
    if (std::find(forms.begin(), forms.end(), fold) == forms.end()) forms.push_back(fold);
    forms.push_back(schema::term(schema::kFoldPrefix, fold));
  }
  return terms_query(Query::OP_OR, forms);
}

}  // namespace

// The weights below are bonuses and lesser ways to match: a weight of 0 switches one off.

Query weaker_forms(const QueryTerm& term, const QueryContext& options) {
  Query keys, typos;
  if (options.name_key_weight > 0.0) {
    keys = scaled(terms_query(Query::OP_SYNONYM, with_prefix(schema::kNameKeyPrefix, term.name_keys)),
                  options.name_key_weight, AtZero::Dropped);
  }
  if (options.typos != nullptr && !term.prefix) {
    typos = scaled(terms_query(Query::OP_SYNONYM, options.typos->near_terms(term)), options.typo_weight, AtZero::Dropped);
  }
  return combine(Query::OP_OR, {keys, typos});
}

Query proximity_bonus(const std::vector<QueryTerm>& words, const QueryContext& options) {
  constexpr std::size_t kMaxWords = 8;  // a longer query is not a phrase; its positions cost
  if (words.size() < 2 || words.size() > kMaxWords) return Query();
  std::vector<Query> slots;
  for (const QueryTerm& word : words) slots.push_back(position_slot(word));
  const auto count = static_cast<Xapian::termcount>(slots.size());
  const Xapian::termcount window = std::max(options.proximity_window, count);
  return combine(Query::OP_OR,
                 {scaled(Query(Query::OP_PHRASE, slots.begin(), slots.end(), count), options.phrase_weight, AtZero::Dropped),
                  scaled(Query(Query::OP_NEAR, slots.begin(), slots.end(), window), options.proximity_weight,
                         AtZero::Dropped)});
}

Query with_early_passage_bonus(const Query& query, const QueryContext& options) {
  if (query.empty() || options.early_passage_bonus <= 0.0) return query;
  auto* source = new Xapian::ValueMapPostingSource(schema::PassageNo);
  for (int n = 1; n <= 3; ++n) {
    source->add_mapping(Xapian::sortable_serialise(n), options.early_passage_bonus * (4 - n) / 3.0);
  }
  source->set_default_weight(0.0);
  return Query(Query::OP_AND_MAYBE, query, Query(source->release()));
}

Query with_language_bonus(const Query& query, const std::vector<Language>& languages, const QueryContext& options) {
  if (query.empty() || languages.empty() || options.query_language_bonus <= 0.0) return query;
  auto* source = new Xapian::ValueMapPostingSource(schema::DocLang);
  for (const Language language : languages) source->add_mapping(std::string(to_code(language)), options.query_language_bonus);
  source->set_default_weight(0.0);
  return Query(Query::OP_AND_MAYBE, query, Query(source->release()));
}

}  // namespace liaison::query
