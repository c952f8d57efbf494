#include "core/query/builder.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/ingest/document.h"
#include "core/lang/detect.h"
#include "core/query/query_term.h"
#include "core/query/ranking.h"

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
  std::optional<QueryTerm> word{};  ///< the word, when the part is one plain word (for proximity)
  /// The part in the forms of the words typed (exact, stem, fold), without the weaker ways it can
  /// match (translations, name keys, typo neighbours); empty when it has none (then `query`).
  Query strong{};
  /// What a match must hold besides (+word, AND): the passage, or in documents mode any passage
  /// of its document; empty when nothing is required.
  Query must{};
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
Query everything() { return Query(Query::OP_SCALE_WEIGHT, Query(std::string()), 0.0); }

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

class Builder {
 public:
  Builder(const Analyzer& analyzer, const BuildOptions& options, BuiltQuery& out, const Node* root)
      : analyzer_(analyzer), options_(options), out_(out), root_(root) {}

  Part build(const Node& node) {
    return std::visit([this](const auto& value) { return build_node(value); }, node.value);
  }

  /// The query of the whole tree.
  Query finish(const Part& root) {
    out_.scored = root.role == Role::Scored;
    // The bonus reads a value per matching passage: not for wildcards and long queries, whose
    // matches can be most of the index and whose order a small bonus hardly changes.
    constexpr std::size_t kMaxWordsForBonus = 16;
    const bool cheap = !prefix_seen_ && out_.words.size() <= kMaxWordsForBonus;
    if (!out_.scored || !cheap) return standalone(root);
    return with_language_bonus(with_early_passage_bonus(standalone(root), options_), query_languages(), options_);
  }

  /// The languages the typed words can be in. Latin words are English or Azerbaijani; a function
  /// word of one of them only (on, the / və, ilə) or an Azerbaijani letter decides.
  std::vector<Language> query_languages() const {
    std::vector<Language> languages;
    bool english = false, azerbaijani = false;
    for (const QueryTerm& word : out_.words) {
      for (const auto& [language, stem] : word.stems) {
        if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
      }
      const std::vector<Language> alphabet = languages_of_word(word.text);
      if (alphabet.size() == 1 && alphabet.front() == Language::Azerbaijani) azerbaijani = true;
      for (const std::string& term : word.terms) {
        const bool en_stop = analyzer_.is_stop_word(term, Language::English);
        const bool az_stop = analyzer_.is_stop_word(term, Language::Azerbaijani);
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

 private:
  // --- words and phrases ---------------------------------------------------------------

  std::vector<QueryTerm> analyze(std::string_view text, bool prefix) {
    std::vector<QueryTerm> terms = analyze_query_word(analyzer_, text);
    if (prefix && terms.size() == 1) terms.front().prefix = true;
    if (prefix) prefix_seen_ = true;
    if (negated_ == 0) out_.words.insert(out_.words.end(), terms.begin(), terms.end());
    return terms;
  }

  Part build_node(const Word& word) {
    Part part = typed_word(word);
    if (part.query.empty() || word.prefix) return part;
    if (const auto entry = whole_entry({word.text})) {
      if (part.strong.empty()) part.strong = part.query;
      part.query = with_translations(part.query, {word.text}, *entry);
      part.stop = false;
    }
    return part;
  }

  Part typed_word(const Word& word) {
    const std::vector<QueryTerm> terms = analyze(word.text, word.prefix);
    if (terms.empty()) return {};
    if (terms.size() > 1) return {.query = phrase_with_title(terms)};
    const QueryTerm& term = terms.front();
    if (term.prefix) return {.query = prefix_query(term, "")};
    const Query title = scaled(title_word(term), options_.title_factor);
    const Query strong = combine(Query::OP_OR, {typed_forms(term), title});
    const Query weaker = weaker_forms(term, options_);
    if (weaker.empty()) return {.query = strong, .stop = term.stop, .word = term};
    return {.query = combine(Query::OP_OR, {strong, weaker}), .stop = term.stop, .word = term, .strong = strong};
  }

  Part build_node(const Phrase& phrase) {
    std::vector<QueryTerm> terms;
    for (const std::string& word : phrase.words) {
      std::vector<QueryTerm> analysed = analyze(word, /*prefix=*/false);
      terms.insert(terms.end(), analysed.begin(), analysed.end());
    }
    Part part{.query = phrase_with_title(terms)};
    if (part.query.empty()) return part;
    if (const auto entry = whole_entry(phrase.words)) {
      part.strong = part.query;
      part.query = with_translations(part.query, phrase.words, *entry);
    }
    return part;
  }

  // --- cross-language ----------------------------------------------------------------------

  /// The domain entry `words` spell as a whole, when cross-language search is on.
  std::optional<EntryMatch> whole_entry(const std::vector<std::string>& words) const {
    if (!options_.cross_language || negated_ > 0 || words.empty()) return std::nullopt;
    std::optional<EntryMatch> match = options_.cross_language->longest_prefix(words);
    if (!match || match->words != words.size()) return std::nullopt;
    return match;
  }

  /// True when `form` is what the user typed (it is matched at full weight already).
  bool is_typed(const std::string& typed, const EntryForm& form) const {
    const auto terms = [this, &form](const std::string& text) {
      std::vector<std::string> out;
      for (const QueryTerm& term : analyze_query_text(analyzer_, text, form.language)) out.push_back(term.terms.front());
      return out;
    };
    return terms(typed) == terms(form.text);
  }

  /// The query of `typed` OR, weighted lower, the entry's other forms; each form of several
  /// words as all of them (stems included, so inflected forms count) in one passage.
  Query with_translations(const Query& typed_query, const std::vector<std::string>& typed, const EntryMatch& entry) {
    Expansion expansion{.typed = "", .entry = entry.entry};
    for (const std::string& word : typed) expansion.typed += (expansion.typed.empty() ? "" : " ") + word;
    std::vector<Query> forms;
    for (const EntryForm& form : entry.forms) {
      std::vector<QueryTerm> terms = analyze_query_text(analyzer_, form.text, form.language);
      if (terms.empty() || is_typed(expansion.typed, form)) continue;
      if (std::any_of(terms.begin(), terms.end(), [](const QueryTerm& t) { return !t.stop; }))
        terms.erase(std::remove_if(terms.begin(), terms.end(), [](const QueryTerm& t) { return t.stop; }), terms.end());
      std::vector<Query> words;
      for (const QueryTerm& term : terms) words.push_back(form_word(term, form.language));
      forms.push_back(combine(Query::OP_AND, words));
      out_.expansion_words.insert(out_.expansion_words.end(), terms.begin(), terms.end());
      expansion.forms.push_back(form);
    }
    if (forms.empty()) return typed_query;
    out_.expansions.push_back(std::move(expansion));
    return combine(Query::OP_OR, {typed_query, scaled(combine(Query::OP_OR, forms), options_.cross_language_weight)});
  }

  /// A word of a domain form in `language`; in Armenian and Russian also the longer stems that
  /// start with its stem, as Snowball leaves some endings on (ականազերծում → ականազերծ but
  /// ականազերծման → ականազերծմ; Пашинян → пашиня but Пашиняном → пашинян).
  Query form_word(const QueryTerm& term, Language language) const {
    const Query word = body_word(term);
    if (language != Language::Armenian && language != Language::Russian) return word;
    const std::size_t min_letters = language == Language::Armenian ? 4 : 5;
    std::vector<Query> longer;
    for (const auto& [stem_language, stem] : term.stems) {
      const auto letters = std::count_if(stem.begin(), stem.end(), [](char c) { return (c & 0xC0) != 0x80; });
      if (static_cast<std::size_t>(letters) < min_letters) continue;
      longer.emplace_back(Query::OP_WILDCARD, schema::term(schema::kStemPrefix, stem), options_.prefix_expansion,
                          Query::WILDCARD_LIMIT_MOST_FREQUENT, Query::OP_SYNONYM);
    }
    return combine(Query::OP_OR, {word, combine(Query::OP_SYNONYM, longer)});
  }

  /// Children from `i` on: a run of plain words that spells an entry of several words ("peace
  /// treaty") is one part, its words or its translations; else child i alone. Advances `i`
  /// past what it used.
  Part build_child(const std::vector<NodePtr>& children, std::size_t& i) {
    std::vector<std::string> run;
    for (std::size_t j = i; j < children.size() && children[j]; ++j) {
      const auto* word = std::get_if<Word>(&children[j]->value);
      if (!word || word->prefix) break;
      run.push_back(word->text);
    }
    std::optional<EntryMatch> entry;
    if (options_.cross_language && negated_ == 0 && run.size() >= 2) entry = options_.cross_language->longest_prefix(run);
    if (!entry || entry->words < 2) return build(*children[i]);
    std::vector<Part> words;
    for (std::size_t k = 0; k < entry->words; ++k) words.push_back(typed_word(std::get<Word>(children[i + k]->value)));
    std::erase_if(words, [](const Part& p) { return p.query.empty(); });
    drop_stop_words(words);
    run.resize(entry->words);
    i += entry->words - 1;
    if (words.empty()) return {};
    const Query typed = all_words_first(words);
    return {.query = with_translations(typed, run, *entry), .strong = strong_words_first(words)};
  }

  /// The word in the body, in every way it can match: typed_forms and the weaker forms.
  Query body_word(const QueryTerm& term) const {
    return combine(Query::OP_OR, {typed_forms(term), weaker_forms(term, options_)});
  }

  /// Exact, folded and stemmed forms as one synonym, with extra weight for the exact form and
  /// for stems, so that exact > stem > fold.
  Query typed_forms(const QueryTerm& term) const {
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
    const std::string pattern = schema::term(schema::kSourcePrefix, schema::source_key(value));
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
    return {.query = whole_documents(standalone(operand)), .role = Role::Exclusion};
  }

  Part build_node(const Must& node) {
    if (!node.operand) return {};
    Part operand = build(*node.operand);
    // A filter or an exclusion is required already.
    if (operand.role != Role::Scored || operand.query.empty()) return operand;
    const Query requirement = scaled(whole_documents(standalone(operand)), 0.0);
    operand.must = operand.must.empty() ? requirement : Query(Query::OP_AND, operand.must, requirement);
    operand.stop = false;  // a required stop word is looked for
    return operand;
  }

  /// `query` widened to whole documents in documents mode (BuildOptions::documents).
  Query whole_documents(const Query& query) {
    if (!options_.documents || query.empty()) return query;
    if (std::optional<Query> scope = options_.documents->documents_matching(query)) return *scope;
    out_.warnings.push_back("A word excluded or required in too many documents applies to passages only.");
    return query;
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
    ++all_depth_;
    for (std::size_t i = 0; i < node.parts.size(); ++i) {
      if (!node.parts[i]) continue;
      Part part = build_child(node.parts, i);
      if (part.query.empty()) continue;
      (part.role == Role::Filter ? filters : part.role == Role::Exclusion ? exclusions : scored)
          .push_back(std::move(part));
    }
    --all_depth_;
    drop_stop_words(scored);
    std::vector<Query> filter_queries, exclusion_queries;
    for (const Part& part : filters) filter_queries.push_back(part.query);
    for (const Part& part : scored) filter_queries.push_back(part.must);
    for (const Part& part : exclusions) exclusion_queries.push_back(part.query);
    const Query filter = combine(Query::OP_AND, filter_queries);
    const Query excluded = combine(Query::OP_OR, exclusion_queries);
    if (scored.empty() && filter.empty()) return {.query = excluded, .role = Role::Exclusion};
    Part result{.query = filter, .role = Role::Filter};
    if (!scored.empty()) {
      // all_words_first repeats every part, so an AND inside another one's brackets would double
      // the query per level (16 levels of "a (b (c …" made 800,000 terms): only the outermost
      // AND ranks all-words passages first; inner ones match the same passages as alternatives.
      const Query ranked = all_depth_ == 0 ? all_words_first(scored) : any_part(scored);
      const bool top_level = root_ && std::get_if<All>(&root_->value) == &node;
      if (top_level) out_.proximity_bonus = proximity_bonus(plain_words(scored), options_);
      result = {.query = top_level ? ranked : with_proximity_bonus(ranked, scored), .role = Role::Scored};
      if (!filter.empty()) result.query = Query(Query::OP_FILTER, result.query, filter);
      if (top_level && scored.size() >= 2) {
        for (const Part& part : scored) {
          const Query strong = part.strong.empty() ? part.query : part.strong;
          out_.coverage_parts.push_back(filter.empty() ? strong : Query(Query::OP_FILTER, strong, filter));
        }
      }
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

  /// The plain words among `scored` (not phrases, fields or stop words).
  static std::vector<QueryTerm> plain_words(const std::vector<Part>& scored) {
    std::vector<QueryTerm> words;
    for (const Part& part : scored) {
      if (part.word && !part.stop) words.push_back(*part.word);
    }
    return words;
  }

  /// `query` plus a bonus where the plain words among `scored` stand close together.
  Query with_proximity_bonus(const Query& query, const std::vector<Part>& scored) const {
    const Query bonus = proximity_bonus(plain_words(scored), options_);
    return bonus.empty() ? query : Query(Query::OP_AND_MAYBE, query, bonus);
  }

  /// Passages with every part in the forms typed first (a fixed bonus on top of their weights),
  /// then those with every part when weaker forms count (translations, name keys, typo
  /// neighbours: a bonus as much smaller as a translation weighs), then with some. A passage that
  /// answers the query only through a transliteration must not tie with one that answers it in
  /// the words typed.
  Query all_words_first(const std::vector<Part>& scored) const {
    if (scored.size() == 1) return scored.front().query;
    std::vector<Query> queries, strong;
    bool weaker = false;
    for (const Part& part : scored) {
      queries.push_back(part.query);
      strong.push_back(part.strong.empty() ? part.query : part.strong);
      weaker = weaker || !part.strong.empty();
    }
    std::vector<Query> alternatives{every_part(strong, options_.all_words_bonus)};
    if (weaker) alternatives.push_back(every_part(queries, options_.all_words_bonus * options_.cross_language_weight));
    alternatives.emplace_back(Query::OP_OR, queries.begin(), queries.end());
    return Query(Query::OP_OR, alternatives.begin(), alternatives.end());
  }

  /// The passages with every part in the forms typed: what all_words_first gives its full bonus.
  static Query strong_words_first(const std::vector<Part>& scored) {
    std::vector<Query> strong;
    for (const Part& part : scored) strong.push_back(part.strong.empty() ? part.query : part.strong);
    return combine(Query::OP_AND, strong);
  }

  static Query every_part(std::vector<Query> parts, double bonus) {
    parts.emplace_back((new Xapian::FixedWeightPostingSource(bonus))->release());
    return Query(Query::OP_AND, parts.begin(), parts.end());
  }

  /// Passages with some part, each part once (the passages all_words_first matches).
  static Query any_part(const std::vector<Part>& scored) {
    std::vector<Query> queries;
    for (const Part& part : scored) queries.push_back(part.query);
    return combine(Query::OP_OR, queries);
  }

  /// A part as a query of its own: exclusions need something to exclude from.
  static Query standalone(const Part& part) {
    if (part.query.empty()) return part.query;
    switch (part.role) {
      case Role::Scored: return part.must.empty() ? part.query : Query(Query::OP_FILTER, part.query, part.must);
      case Role::Filter: return scaled(part.query, 0.0);
      case Role::Exclusion: return Query(Query::OP_AND_NOT, everything(), part.query);
    }
    return part.query;
  }

  const Analyzer& analyzer_;
  const BuildOptions& options_;
  BuiltQuery& out_;
  const Node* root_;  ///< the tree's root: only its implicit AND gives coverage parts
  int negated_ = 0;
  int all_depth_ = 0;  ///< implicit ANDs being built around the current node
  bool prefix_seen_ = false;  ///< a prefix* word: the query may match most of the index
};

}  // namespace

BuiltQuery build_query(const Node* root, const Analyzer& analyzer, const BuildOptions& options) {
  BuiltQuery out;
  if (!root) return out;
  Builder builder(analyzer, options, out, root);
  out.query = builder.finish(builder.build(*root));
  return out;
}

}  // namespace liaison::query
