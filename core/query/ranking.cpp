#include "core/query/ranking.h"

#include <algorithm>

#include "core/index/schema.h"

namespace liaison::query {
namespace {

using Xapian::Query;

Query synonym_of(std::string_view prefix, const std::vector<std::string>& values) {
  std::vector<std::string> terms;
  for (const std::string& value : values) terms.push_back(schema::term(prefix, value));
  if (terms.empty()) return Query();
  if (terms.size() == 1) return Query(terms.front());
  return Query(Query::OP_SYNONYM, terms.begin(), terms.end());
}

Query scaled(const Query& query, double factor) {
  return query.empty() || factor <= 0.0 ? Query() : Query(Query::OP_SCALE_WEIGHT, query, factor);
}

/// One position slot of a word: its exact and folded forms (stems have no positions).
Query position_slot(const QueryTerm& term) {
  std::vector<std::string> forms = term.terms;
  for (const std::string& fold : term.folds) {
    if (std::find(forms.begin(), forms.end(), fold) == forms.end()) forms.push_back(fold);
    forms.push_back(schema::term(schema::kFoldPrefix, fold));
  }
  if (forms.size() == 1) return Query(forms.front());
  return Query(Query::OP_OR, forms.begin(), forms.end());
}

}  // namespace

Query weaker_forms(const QueryTerm& term, const BuildOptions& options) {
  std::vector<Query> parts;
  if (options.name_key_weight > 0.0) {
    Query keys = scaled(synonym_of(schema::kNameKeyPrefix, term.name_keys), options.name_key_weight);
    if (!keys.empty()) parts.push_back(keys);
  }
  if (options.typos != nullptr && !term.prefix) {
    const std::vector<std::string> near = options.typos->near_terms(term);
    if (Query typos = scaled(synonym_of("", near), options.typo_weight); !typos.empty()) parts.push_back(typos);
  }
  if (parts.empty()) return Query();
  if (parts.size() == 1) return parts.front();
  return Query(Query::OP_OR, parts.begin(), parts.end());
}

Query proximity_bonus(const std::vector<QueryTerm>& words, const BuildOptions& options) {
  constexpr std::size_t kMaxWords = 8;  // a longer query is not a phrase; its positions cost
  if (words.size() < 2 || words.size() > kMaxWords) return Query();
  std::vector<Query> slots;
  for (const QueryTerm& word : words) slots.push_back(position_slot(word));
  const auto count = static_cast<Xapian::termcount>(slots.size());
  std::vector<Query> bonuses;
  if (Query phrase = scaled(Query(Query::OP_PHRASE, slots.begin(), slots.end(), count), options.phrase_weight);
      !phrase.empty()) {
    bonuses.push_back(phrase);
  }
  const Xapian::termcount window = std::max(options.proximity_window, count);
  if (Query near = scaled(Query(Query::OP_NEAR, slots.begin(), slots.end(), window), options.proximity_weight);
      !near.empty()) {
    bonuses.push_back(near);
  }
  if (bonuses.empty()) return Query();
  if (bonuses.size() == 1) return bonuses.front();
  return Query(Query::OP_OR, bonuses.begin(), bonuses.end());
}

Query with_early_passage_bonus(const Query& query, const BuildOptions& options) {
  if (query.empty() || options.early_passage_bonus <= 0.0) return query;
  auto* source = new Xapian::ValueMapPostingSource(schema::PassageNo);
  for (int n = 1; n <= 3; ++n) {
    source->add_mapping(Xapian::sortable_serialise(n), options.early_passage_bonus * (4 - n) / 3.0);
  }
  source->set_default_weight(0.0);
  return Query(Query::OP_AND_MAYBE, query, Query(source->release()));
}

Query with_language_bonus(const Query& query, const std::vector<Language>& languages, const BuildOptions& options) {
  if (query.empty() || languages.empty() || options.query_language_bonus <= 0.0) return query;
  auto* source = new Xapian::ValueMapPostingSource(schema::DocLang);
  for (const Language language : languages) source->add_mapping(std::string(to_code(language)), options.query_language_bonus);
  source->set_default_weight(0.0);
  return Query(Query::OP_AND_MAYBE, query, Query(source->release()));
}

}  // namespace liaison::query
