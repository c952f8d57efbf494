#include "core/query/builder.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/ingest/document.h"
#include "core/query/query_term.h"

namespace liaison::query {
namespace {

using Xapian::Query;

/// What a built part does where it is combined.
enum class Role {
  Scored,     ///< matches and weighs
  Filter,     ///< matches without weight (lang:, kind:, source:)
  Exclusion,  ///< `query` holds what is excluded
};

struct Part {
  Query query;
  Role role = Role::Scored;
  bool stop = false;  ///< a lone stop word: dropped from an implicit AND with other words
};

std::vector<std::string> with_prefix(std::string_view prefix, const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) out.push_back(schema::term(prefix, value));
  return out;
}

std::vector<std::string> stems_of(std::string_view prefix, const QueryTerm& term) {
  std::vector<std::string> out;
  for (const auto& [language, stem] : term.stems) {
    std::string prefixed = schema::term(prefix, stem);
    if (std::find(out.begin(), out.end(), prefixed) == out.end()) out.push_back(std::move(prefixed));
  }
  return out;
}

std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> lists) {
  std::vector<std::string> out;
  for (const auto& list : lists) {
    for (const std::string& value : list) {
      if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
    }
  }
  return out;
}

/// One query over a list of terms joined by `op`; a single term stays a plain term query.
Query terms_query(Query::op op, const std::vector<std::string>& terms) {
  if (terms.empty()) return Query();
  if (terms.size() == 1) return Query(terms.front());
  return Query(op, terms.begin(), terms.end());
}

Query combine(Query::op op, const std::vector<Query>& queries) {
  std::vector<Query> present;
  for (const Query& query : queries) {
    if (!query.empty()) present.push_back(query);
  }
  if (present.empty()) return Query();
  if (present.size() == 1) return present.front();
  return Query(op, present.begin(), present.end());
}

Query scaled(const Query& query, double factor) {
  return query.empty() ? query : Query(Query::OP_SCALE_WEIGHT, query, factor);
}

/// Every document, without weight: the left side of a query made only of exclusions.
Query everything() { return Query(Query::OP_SCALE_WEIGHT, Query::MatchAll, 0.0); }

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

class Builder {
 public:
  Builder(const Analyzer& analyzer, const BuildOptions& options, BuiltQuery& out)
      : analyzer_(analyzer), options_(options), out_(out) {}

  Part build(const Node& node) {
    return std::visit([this](const auto& value) { return build_node(value); }, node.value);
  }

  /// The query of the whole tree.
  Query finish(const Part& root) {
    out_.scored = root.role == Role::Scored;
    return standalone(root);
  }

 private:
  // --- words and phrases ---------------------------------------------------------------

  std::vector<QueryTerm> analyze(std::string_view text, bool prefix) {
    std::vector<QueryTerm> terms = analyze_query_word(analyzer_, text);
    if (prefix && terms.size() == 1) terms.front().prefix = true;
    if (negated_ == 0) out_.words.insert(out_.words.end(), terms.begin(), terms.end());
    return terms;
  }

  Part build_node(const Word& word) {
    const std::vector<QueryTerm> terms = analyze(word.text, word.prefix);
    if (terms.empty()) return {};
    if (terms.size() > 1) return {.query = phrase_with_title(terms)};
    const QueryTerm& term = terms.front();
    if (term.prefix) return {.query = prefix_query(term, "")};
    return {.query = combine(Query::OP_OR, {body_word(term), scaled(title_word(term), options_.title_factor)}),
            .stop = term.stop};
  }

  Part build_node(const Phrase& phrase) {
    std::vector<QueryTerm> terms;
    for (const std::string& word : phrase.words) {
      std::vector<QueryTerm> analysed = analyze(word, /*prefix=*/false);
      terms.insert(terms.end(), analysed.begin(), analysed.end());
    }
    return {.query = phrase_with_title(terms)};
  }

  /// Exact, folded and stemmed forms as one synonym, with extra weight for the exact form and
  /// for stems, so that exact > stem > fold.
  Query body_word(const QueryTerm& term) const {
    const std::vector<std::string> stems = stems_of(schema::kStemPrefix, term);
    const Query any_form = terms_query(
        Query::OP_SYNONYM, joined({term.terms, term.folds, with_prefix(schema::kFoldPrefix, term.folds), stems}));
    return combine(Query::OP_OR, {any_form, scaled(terms_query(Query::OP_SYNONYM, term.terms), options_.exact_boost),
                                  scaled(terms_query(Query::OP_SYNONYM, stems), options_.stem_boost)});
  }

  Query title_word(const QueryTerm& term) const {
    return terms_query(Query::OP_SYNONYM,
                       joined({with_prefix(schema::kTitlePrefix, term.terms), with_prefix(schema::kTitlePrefix, term.folds),
                               stems_of(schema::kTitleStemPrefix, term)}));
  }

  /// prefix*: bounded wildcards over the exact and folded prefixes (body), or the title's.
  Query prefix_query(const QueryTerm& term, std::string_view title_prefix) const {
    std::vector<std::string> patterns;
    if (title_prefix.empty()) {
      patterns = joined({term.terms, term.folds, with_prefix(schema::kFoldPrefix, term.folds)});
    } else {
      patterns = joined({with_prefix(title_prefix, term.terms), with_prefix(title_prefix, term.folds)});
    }
    std::vector<Query> wildcards;
    for (const std::string& pattern : patterns) {
      wildcards.emplace_back(Query::OP_WILDCARD, pattern, options_.prefix_expansion,
                             Query::WILDCARD_LIMIT_MOST_FREQUENT, Query::OP_SYNONYM);
    }
    return combine(Query::OP_SYNONYM, wildcards);
  }

  /// Words in order, each as its exact or folded form (stems have no positions).
  static Query phrase(const std::vector<QueryTerm>& terms, std::string_view prefix) {
    std::vector<Query> slots;
    for (const QueryTerm& term : terms) {
      std::vector<std::string> forms = with_prefix(prefix, joined({term.terms, term.folds}));
      if (prefix.empty()) forms = joined({forms, with_prefix(schema::kFoldPrefix, term.folds)});
      slots.push_back(terms_query(Query::OP_OR, forms));
    }
    if (slots.size() == 1) return slots.front();
    return Query(Query::OP_PHRASE, slots.begin(), slots.end());
  }

  Query phrase_with_title(const std::vector<QueryTerm>& terms) const {
    if (terms.empty()) return Query();
    return combine(Query::OP_OR, {phrase(terms, ""), scaled(phrase(terms, schema::kTitlePrefix), options_.title_factor)});
  }

  // --- fields ----------------------------------------------------------------------------

  Part build_node(const Field& field) {
    if (!field.value) return {};
    if (field.name == "title") return {.query = scaled(title_query(*field.value), options_.title_factor)};
    const std::string value = field_text(*field.value);
    if (field.name == "lang") return {.query = Query(language_term(value)), .role = Role::Filter};
    if (field.name == "kind") return {.query = Query(kind_term(value)), .role = Role::Filter};
    // source: by prefix of the lower-cased name, so source:osce finds "OSCE Minsk Group".
    const std::string pattern = schema::term(schema::kSourcePrefix, source_key(value));
    return {.query = Query(Query::OP_WILDCARD, pattern, 0, Query::WILDCARD_LIMIT_ERROR, Query::OP_OR),
            .role = Role::Filter};
  }

  Query title_query(const Node& value) {
    if (const auto* phrase_value = std::get_if<Phrase>(&value.value)) {
      std::vector<QueryTerm> terms;
      for (const std::string& word : phrase_value->words) {
        std::vector<QueryTerm> analysed = analyze(word, /*prefix=*/false);
        terms.insert(terms.end(), analysed.begin(), analysed.end());
      }
      return terms.empty() ? Query() : phrase(terms, schema::kTitlePrefix);
    }
    const auto& word = std::get<Word>(value.value);
    const std::vector<QueryTerm> terms = analyze(word.text, word.prefix);
    if (terms.size() > 1) return phrase(terms, schema::kTitlePrefix);
    if (terms.empty()) return Query();
    if (terms.front().prefix) return prefix_query(terms.front(), schema::kTitlePrefix);
    return title_word(terms.front());
  }

  static std::string field_text(const Node& value) {
    if (const auto* word = std::get_if<Word>(&value.value)) return word->text;
    std::string text;
    for (const std::string& word : std::get<Phrase>(value.value).words) {
      if (!text.empty()) text += ' ';
      text += word;
    }
    return text;
  }

  std::string language_term(const std::string& value) {
    if (const auto language = parse_language(value)) return schema::term(schema::kLangPrefix, to_code(*language));
    out_.warnings.push_back("Unknown language '" + value + "' in lang: (use en, hy, az or ru).");
    return schema::term(schema::kLangPrefix, ascii_lower(value));
  }

  std::string kind_term(const std::string& value) {
    const std::string kind = ascii_lower(value);
    const auto& kinds = document_kinds();
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      out_.warnings.push_back("Unknown kind '" + value + "' in kind:.");
    }
    return schema::term(schema::kKindPrefix, kind);
  }

  // --- operators -------------------------------------------------------------------------

  Part build_node(const Not& node) {
    if (!node.operand) return {};
    ++negated_;
    Part operand = build(*node.operand);
    --negated_;
    return {.query = standalone(operand), .role = Role::Exclusion};
  }

  Part build_node(const Any& node) {
    std::vector<Part> parts;
    for (const NodePtr& child : node.parts) {
      if (child) parts.push_back(build(*child));
    }
    const bool all_filters =
        std::all_of(parts.begin(), parts.end(), [](const Part& p) { return p.role == Role::Filter; });
    std::vector<Query> queries;
    for (const Part& part : parts) queries.push_back(all_filters ? part.query : standalone(part));
    return {.query = combine(Query::OP_OR, queries), .role = all_filters ? Role::Filter : Role::Scored};
  }

  Part build_node(const All& node) {
    std::vector<Part> scored, filters, exclusions;
    for (const NodePtr& child : node.parts) {
      if (!child) continue;
      Part part = build(*child);
      if (part.query.empty()) continue;
      (part.role == Role::Filter ? filters : part.role == Role::Exclusion ? exclusions : scored)
          .push_back(std::move(part));
    }
    drop_stop_words(scored);
    std::vector<Query> filter_queries, exclusion_queries;
    for (const Part& part : filters) filter_queries.push_back(part.query);
    for (const Part& part : exclusions) exclusion_queries.push_back(part.query);
    const Query filter = combine(Query::OP_AND, filter_queries);
    const Query excluded = combine(Query::OP_OR, exclusion_queries);
    if (scored.empty() && filter.empty()) return {.query = excluded, .role = Role::Exclusion};
    Part result{.query = filter, .role = Role::Filter};
    if (!scored.empty()) {
      result = {.query = all_words_first(scored), .role = Role::Scored};
      if (!filter.empty()) result.query = Query(Query::OP_FILTER, result.query, filter);
    }
    if (!excluded.empty()) result.query = Query(Query::OP_AND_NOT, result.query, excluded);
    return result;
  }

  /// Stop words neither gate nor drive a query with other words in it.
  static void drop_stop_words(std::vector<Part>& scored) {
    const bool has_content = std::any_of(scored.begin(), scored.end(), [](const Part& p) { return !p.stop; });
    if (!has_content) return;
    scored.erase(std::remove_if(scored.begin(), scored.end(), [](const Part& p) { return p.stop; }), scored.end());
  }

  /// Passages with every part first (a fixed bonus on top of their weights), then with some.
  Query all_words_first(const std::vector<Part>& scored) const {
    if (scored.size() == 1) return scored.front().query;
    std::vector<Query> queries;
    for (const Part& part : scored) queries.push_back(part.query);
    std::vector<Query> every = queries;
    every.emplace_back((new Xapian::FixedWeightPostingSource(options_.all_words_bonus))->release());
    return Query(Query::OP_OR, Query(Query::OP_AND, every.begin(), every.end()),
                 Query(Query::OP_OR, queries.begin(), queries.end()));
  }

  /// A part as a query of its own: exclusions need something to exclude from.
  static Query standalone(const Part& part) {
    if (part.query.empty()) return part.query;
    switch (part.role) {
      case Role::Scored: return part.query;
      case Role::Filter: return scaled(part.query, 0.0);
      case Role::Exclusion: return Query(Query::OP_AND_NOT, everything(), part.query);
    }
    return part.query;
  }

  const Analyzer& analyzer_;
  const BuildOptions& options_;
  BuiltQuery& out_;
  int negated_ = 0;
};

}  // namespace

BuiltQuery build_query(const Node* root, const Analyzer& analyzer, const BuildOptions& options) {
  BuiltQuery out;
  if (!root) return out;
  Builder builder(analyzer, options, out);
  out.query = builder.finish(builder.build(*root));
  return out;
}

}  // namespace liaison::query
