#include "core/query/word_forms.h"

#include <algorithm>

#include "core/index/schema.h"
#include "core/query/compose.h"
#include "core/query/ranking.h"
#include "core/query/wildcards.h"

namespace liaison::query::detail {
namespace {

using Xapian::Query;

std::vector<std::string> stems_of(std::string_view prefix, const QueryTerm& term) {
  std::vector<std::string> out;
  for (const auto& [language, stem] : term.stems) {
    std::string prefixed = schema::term(prefix, stem);
    if (std::find(out.begin(), out.end(), prefixed) == out.end()) out.push_back(std::move(prefixed));
  }
  return out;
}

}  // namespace

std::vector<std::string> fold_words(const QueryTerm& term, const QueryContext& context) {
  std::vector<std::string> out;
  if (context.indexed == nullptr) return out;
  const auto own = [&term](const std::string& word) {
    return std::find(term.terms.begin(), term.terms.end(), word) != term.terms.end() ||
           std::find(term.folds.begin(), term.folds.end(), word) != term.folds.end();
  };
  for (const std::string& fold : term.folds) {
    for (std::string& word : context.indexed->words_of_fold(fold)) {
      if (!own(word) && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
    }
  }
  return out;
}

Query typed_forms(const QueryTerm& term, const QueryContext& context) {
  const std::vector<std::string> stems = stems_of(schema::kStemPrefix, term);
  const Query any_form = terms_query(
      Query::OP_SYNONYM, joined({term.terms, term.folds, fold_words(term, context), stems}));
  // A form whose boost is set to 0 still matches, as any_form.
  const Query exact = scaled(terms_query(Query::OP_SYNONYM, term.terms), context.exact_boost, AtZero::MatchesUnweighted);
  const Query stem = scaled(terms_query(Query::OP_SYNONYM, stems), context.stem_boost, AtZero::MatchesUnweighted);
  return combine(Query::OP_OR, {any_form, exact, stem});
}

Query body_word(const QueryTerm& term, const QueryContext& context) {
  return combine(Query::OP_OR, {typed_forms(term, context), weaker_forms(term, context)});
}

Query title_word(const QueryTerm& term) {
  return terms_query(Query::OP_SYNONYM,
                     joined({with_prefix(schema::kTitlePrefix, term.terms), with_prefix(schema::kTitlePrefix, term.folds),
                             stems_of(schema::kTitleStemPrefix, term)}));
}

Query prefix_query(const QueryTerm& term, std::string_view title_prefix, const QueryContext& context) {
  std::vector<std::string> patterns;
  if (title_prefix.empty()) {
    patterns = joined({term.terms, term.folds});
  } else {
    patterns = joined({with_prefix(title_prefix, term.terms), with_prefix(title_prefix, term.folds)});
  }
  std::vector<Query> wildcards;
  for (const std::string& pattern : patterns) {
    wildcards.push_back(wildcard(context, pattern, context.prefix_expansion, Query::OP_SYNONYM));
  }
  // The body's words whose fold starts with a fold typed (bakin*: bakının), from the fold dictionary.
  if (title_prefix.empty() && context.indexed != nullptr) {
    for (const std::string& fold : term.folds) {
      wildcards.push_back(
          terms_query(Query::OP_SYNONYM, context.indexed->words_of_folds_starting(fold, context.prefix_expansion)));
    }
  }
  return combine(Query::OP_SYNONYM, wildcards);
}

Query phrase(const std::vector<QueryTerm>& terms, std::string_view prefix, const QueryContext& context) {
  std::vector<Query> slots;
  for (const QueryTerm& term : terms) {
    std::vector<std::string> forms = with_prefix(prefix, joined({term.terms, term.folds}));
    if (prefix.empty()) forms = joined({forms, fold_words(term, context)});
    slots.push_back(terms_query(Query::OP_OR, forms));
  }
  if (slots.size() == 1) return slots.front();
  return Query(Query::OP_PHRASE, slots.begin(), slots.end());
}

Query phrase_with_title(const std::vector<QueryTerm>& terms, const QueryContext& context) {
  if (terms.empty()) return Query();
  const Query title =
      scaled(phrase(terms, schema::kTitlePrefix, context), context.title_factor, AtZero::MatchesUnweighted);
  return combine(Query::OP_OR, {phrase(terms, "", context), title});
}

}  // namespace liaison::query::detail
