// The builder's walk over the query tree and its operators (implicit AND, OR, NOT, +, fields).
// The forms of one word are in word_forms.h, the joining of parts in parts.h, cross-language
// expansion in cross_language.h and the ranking bonuses in ranking.h.
#include "core/query/builder.h"

#include <algorithm>
#include <map>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/query/compose.h"
#include "core/query/compounds.h"
#include "core/query/cross_language.h"
#include "core/query/fields.h"
#include "core/query/parts.h"
#include "core/query/query_term.h"
#include "core/query/ranking.h"
#include "core/query/word_forms.h"

namespace liaison::query {
namespace {

using Xapian::Query;
using namespace detail;

/// A field's value as one text: a word, or a phrase's words joined by spaces.
std::string field_text(const Node& value) {
  if (const auto* word = std::get_if<Word>(&value.value)) return word->text;
  std::string text;
  for (const std::string& word : std::get<Phrase>(value.value).words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

class Builder {
 public:
  Builder(const Analyzer& analyzer, const QueryContext& context, BuiltQuery& out, const Node* root)
      : analyzer_(analyzer), context_(context), out_(out), root_(root), cross_language_(analyzer, context, out) {}

  Part build(const Node& node) {
    return std::visit([this](const auto& value) { return build_node(value); }, node.value);
  }

  /// The query of the whole tree.
  Query finish(const Part& root) {
    out_.scored = root.role == PartRole::Scored;
    // Only exclusions, about the passage: every document, whose passages the searcher sifts.
    if (root.query.empty() && context_.passage_scope && !out_.excluded_words.empty()) return match_all();
    // The bonus reads a value per matching passage: not for wildcards and long queries, whose
    // matches can be most of the index and whose order a small bonus hardly changes.
    constexpr std::size_t kMaxWordsForBonus = 16;
    const bool cheap = !prefix_seen_ && out_.words.size() <= kMaxWordsForBonus;
    if (!out_.scored || !cheap) return standalone(root);
    const std::vector<Language> languages = languages_of_query(out_.words, analyzer_);
    if (!out_.all_words_tier.empty()) out_.all_words_tier = with_language_bonus(out_.all_words_tier, languages, context_);
    return with_language_bonus(standalone(root), languages, context_);
  }

 private:
  // --- words and phrases ---------------------------------------------------------------

  /// The query terms of a word as typed; recorded in out_.words unless excluded.
  std::vector<QueryTerm> analyze(std::string_view text, bool prefix) {
    std::vector<QueryTerm> terms = analysed(text);
    if (prefix && terms.size() == 1) terms.front().prefix = true;
    if (prefix) prefix_seen_ = true;
    if (negated_ == 0) out_.words.insert(out_.words.end(), terms.begin(), terms.end());
    if (negated_ > 0) out_.excluded_words.insert(out_.excluded_words.end(), terms.begin(), terms.end());
    if (negated_ == 0 && required_ > 0) out_.required_words.insert(out_.required_words.end(), terms.begin(), terms.end());
    return terms;
  }

  std::vector<QueryTerm> analyze_phrase(const std::vector<std::string>& words) {
    std::vector<QueryTerm> terms;
    for (const std::string& word : words) {
      std::vector<QueryTerm> analysed = analyze(word, /*prefix=*/false);
      terms.insert(terms.end(), analysed.begin(), analysed.end());
    }
    return terms;
  }

  /// The domain entry `words` spell as a whole; none inside an exclusion.
  std::optional<EntryMatch> whole_entry(const std::vector<std::string>& words) const {
    if (negated_ > 0) return std::nullopt;
    return cross_language_.whole_entry(words);
  }

  Part build_node(const Word& word) {
    const std::size_t first_word = out_.words.size();
    Part part = typed_word(word);
    if (part.query.empty() || word.prefix) return part;
    std::optional<EntryMatch> entry = whole_entry({word.text});
    if (!entry) entry = hyphenated_entry(word.text);
    if (entry) {
      if (part.strong.empty()) part.strong = part.query;
      const Query translations = cross_language_.translations({word.text}, *entry);
      part.query = combine(Query::OP_OR, {part.query, translations});
      part.extra = combine(Query::OP_OR, {part.extra, translations});
      part.stop = false;
      mark_domain_words(first_word);
    }
    return part;
  }

  /// The words typed since out_.words[from] spell a domain entry (QueryTerm::domain_word).
  void mark_domain_words(std::size_t from) {
    for (std::size_t i = from; i < out_.words.size(); ++i) out_.words[i].domain_word = true;
  }

  /// The entry a hyphenated compound names written as one (peace-building: peacebuilding).
  std::optional<EntryMatch> hyphenated_entry(const std::string& text) const {
    const std::vector<QueryTerm>& terms = analysed(text);
    if (terms.size() != 2) return std::nullopt;
    const std::string joined = joined_spelling(terms[0], terms[1]);
    return joined.empty() ? std::nullopt : whole_entry({joined});
  }

  /// A word in its own forms (body and title), without translations.
  Part typed_word(const Word& word) {
    const std::vector<QueryTerm> terms = analyze(word.text, word.prefix);
    if (terms.empty()) return {};
    if (terms.size() > 1) return {.query = phrase_or_compound(terms)};
    const QueryTerm& term = terms.front();
    if (term.prefix) return {.query = prefix_query(term, "", context_)};
    const Query title = scaled(title_word(term), context_.title_factor, AtZero::MatchesUnweighted);
    const Query strong = combine(Query::OP_OR, {typed_forms(term, context_), title, split_compound(term)});
    const Query weaker = weaker_forms(term, context_);
    if (weaker.empty()) return {.query = strong, .stop = term.stop, .word = term};
    return {.query = combine(Query::OP_OR, {strong, weaker}), .stop = term.stop, .word = term, .strong = strong,
            .extra = weaker};
  }

  /// A word in its forms, as typed_word has it, but not recorded among the words typed.
  Query word_forms(const QueryTerm& term) const {
    const Query title = scaled(title_word(term), context_.title_factor, AtZero::MatchesUnweighted);
    return combine(Query::OP_OR, {typed_forms(term, context_), title});
  }

  /// `terms` as a phrase or, for two words that the index also holds written as one
  /// (peace building, peace-building), as that word.
  Query phrase_or_compound(const std::vector<QueryTerm>& terms) {
    const Query typed = phrase_with_title(terms, context_);
    if (terms.size() != 2) return typed;
    const std::string joined = joined_compound(terms[0], terms[1], context_);
    if (joined.empty()) return typed;
    const std::vector<QueryTerm>& compound = analysed(joined);
    if (compound.size() != 1) return typed;
    out_.expansion_words.push_back(compound.front());
    return combine(Query::OP_OR, {typed, word_forms(compound.front())});
  }

  /// The phrases of the two words the index splits `term` into (peacebuilding: "peace
  /// building", which a hyphenated peace-building is too); empty when there are none. The two
  /// parts are highlighted where they stand together, as a form of several words is.
  Query split_compound(const QueryTerm& term) {
    std::vector<Query> phrases;
    for (const auto& [first, second] : compound_splits(term, context_)) {
      std::vector<QueryTerm> parts = analysed(first);
      const std::vector<QueryTerm>& rest = analysed(second);
      parts.insert(parts.end(), rest.begin(), rest.end());
      if (parts.size() != 2) continue;
      phrases.push_back(phrase_with_title(parts, context_));
      if (negated_ > 0) continue;
      ++out_.form_groups;
      for (QueryTerm& part : parts) part.form_group = out_.form_groups;
      out_.expansion_words.insert(out_.expansion_words.end(), parts.begin(), parts.end());
    }
    return combine(Query::OP_OR, phrases);
  }

  /// A quoted phrase's translations stand as phrases too ("Know the Neighbors").
  Part build_node(const Phrase& phrase) { return phrase_part(phrase.words, CrossLanguage::FormWords::AsPhrase); }

  /// `words` as a phrase or the compound they write, and its translations with their words
  /// standing as `form_words` says.
  Part phrase_part(const std::vector<std::string>& words, CrossLanguage::FormWords form_words) {
    const std::size_t first_word = out_.words.size();
    const std::vector<QueryTerm> terms = analyze_phrase(words);
    Part part{.query = phrase_or_compound(terms)};
    if (part.query.empty()) return part;
    // A compound written apart is the entry written as one (peace building: peacebuilding).
    const std::string joined = terms.size() == 2 ? joined_spelling(terms[0], terms[1]) : "";
    std::optional<EntryMatch> entry = whole_entry(words);
    if (!entry && !joined.empty()) entry = whole_entry({joined});
    if (entry) {
      part.strong = part.query;
      part.extra = cross_language_.translations(words, *entry, form_words);
      part.query = combine(Query::OP_OR, {part.query, part.extra});
      mark_domain_words(first_word);
    }
    return part;
  }

  /// Children from `i` on: two words that the index also holds as one are that compound ("peace
  /// building"); a run of plain words that spells an entry of several words ("peace treaty") is
  /// one part, its words or its translations; else child i alone. Advances `i` past what it used.
  Part build_child(const std::vector<NodePtr>& children, std::size_t& i) {
    std::vector<std::string> run;
    for (std::size_t j = i; j < children.size() && children[j]; ++j) {
      const auto* word = std::get_if<Word>(&children[j]->value);
      if (!word || word->prefix) break;
      run.push_back(word->text);
    }
    std::optional<EntryMatch> entry;
    if (negated_ == 0) entry = cross_language_.entry_of_several_words(run);
    // A compound written apart is one word, also when it is an entry of two (cease fire), but
    // not inside a longer entry (confidence building measures).
    if ((!entry || entry->words <= 2) && written_apart(run)) {
      i += 1;
      // Unquoted, it is the word written hyphenated (cross border: cross-border), translations
      // included.
      return phrase_part({run[0], run[1]}, CrossLanguage::FormWords::Anywhere);
    }
    if (!entry) return build(*children[i]);
    std::vector<Part> words;
    const std::size_t first_word = out_.words.size();
    for (std::size_t k = 0; k < entry->words; ++k) words.push_back(typed_word(std::get<Word>(children[i + k]->value)));
    mark_domain_words(first_word);
    std::erase_if(words, [](const Part& p) { return p.query.empty(); });
    drop_stop_words(words);
    run.resize(entry->words);
    i += entry->words - 1;
    if (words.empty()) return {};
    const Query typed = all_words_first(words, context_);
    return {.query = cross_language_.with_translations(typed, run, *entry), .strong = strong_words_first(words),
            .split_known = false};
  }

  /// True when the run starts with two words that the index also holds written as one
  /// (peace building: peacebuilding) or that make a compound the language knows (cross border:
  /// cross-border); they are then that compound, a phrase, not two words apart.
  bool written_apart(const std::vector<std::string>& run) const {
    if (run.size() < 2) return false;
    const std::vector<QueryTerm>& first = analysed(run[0]);
    const std::vector<QueryTerm>& second = analysed(run[1]);
    if (first.size() != 1 || second.size() != 1) return false;
    return !joined_compound(first[0], second[0], context_).empty() || known_compound(first[0], second[0], analyzer_);
  }

  // --- fields ----------------------------------------------------------------------------

  Part build_node(const Field& field) {
    if (!field.value) return {};
    const FieldSpec& spec = spec_of(field.field);
    if (spec.role == FieldRole::Text) {
      return {.query = scaled(title_query(*field.value), context_.title_factor, AtZero::MatchesUnweighted)};
    }
    FilterValue value = normalise_filter_value(spec, field_text(*field.value));
    if (!value.warning.empty()) out_.warnings.push_back(std::move(value.warning));
    const Query filter = filter_query(spec, value.value);
    // A passage's language or speaker: the passages of a match are checked too (when the
    // filter is required of every match: not negated, not one of alternatives).
    const bool passage_level = spec.term_prefix == schema::kLangPrefix || spec.term_prefix == schema::kSpeakerPrefix;
    if (passage_level && negated_ == 0 && alternatives_ == 0 && !value.value.empty())
      out_.passage_filters.push_back(schema::term(spec.term_prefix, value.value));
    return {.query = filter, .role = PartRole::Filter};
  }

  /// title:'s value in the title only: a word, prefix* or phrase.
  Query title_query(const Node& value) {
    if (const auto* phrase_value = std::get_if<Phrase>(&value.value)) {
      const std::vector<QueryTerm> terms = analyze_phrase(phrase_value->words);
      return terms.empty() ? Query() : phrase(terms, schema::kTitlePrefix, context_);
    }
    const auto& word = std::get<Word>(value.value);
    const std::vector<QueryTerm> terms = analyze(word.text, word.prefix);
    if (terms.size() > 1) return phrase(terms, schema::kTitlePrefix, context_);
    if (terms.empty()) return Query();
    if (terms.front().prefix) return prefix_query(terms.front(), schema::kTitlePrefix, context_);
    return title_word(terms.front());
  }

  // --- operators -------------------------------------------------------------------------

  Part build_node(const Not& node) {
    if (!node.operand) return {};
    ++negated_;
    Part operand = build(*node.operand);
    --negated_;
    // About the passage: the searcher drops the passages holding the words (excluded_words).
    if (context_.passage_scope) return {};
    return {.query = standalone(operand), .role = PartRole::Exclusion};
  }

  Part build_node(const Must& node) {
    if (!node.operand) return {};
    ++required_;
    Part operand = build(*node.operand);
    --required_;
    // A filter or an exclusion is required already.
    if (operand.role != PartRole::Scored || operand.query.empty()) return operand;
    const Query requirement = unweighted(standalone(operand));
    operand.must = operand.must.empty() ? requirement : Query(Query::OP_AND, operand.must, requirement);
    operand.stop = false;  // a required stop word is looked for
    return operand;
  }

  Part build_node(const Any& node) {
    std::vector<Part> parts;
    ++alternatives_;
    for (const NodePtr& child : node.parts) {
      if (child) parts.push_back(build(*child));
    }
    --alternatives_;
    const bool all_filters =
        std::all_of(parts.begin(), parts.end(), [](const Part& p) { return p.role == PartRole::Filter; });
    std::vector<Query> queries;
    for (const Part& part : parts) queries.push_back(all_filters ? part.query : standalone(part));
    return {.query = combine(Query::OP_OR, queries), .role = all_filters ? PartRole::Filter : PartRole::Scored};
  }

  /// The parts of an implicit AND, sorted by role.
  struct AllParts {
    std::vector<Part> scored, filters, exclusions;
  };

  AllParts build_parts(const All& node) {
    AllParts parts;
    ++all_depth_;
    for (std::size_t i = 0; i < node.parts.size(); ++i) {
      if (!node.parts[i]) continue;
      Part part = build_child(node.parts, i);
      if (part.query.empty()) continue;
      auto& list = part.role == PartRole::Filter      ? parts.filters
                   : part.role == PartRole::Exclusion ? parts.exclusions
                                                      : parts.scored;
      list.push_back(std::move(part));
    }
    --all_depth_;
    drop_stop_words(parts.scored);
    return parts;
  }

  Part build_node(const All& node) {
    const AllParts parts = build_parts(node);
    std::vector<Query> filter_queries, exclusion_queries;
    for (const Part& part : parts.filters) filter_queries.push_back(part.query);
    for (const Part& part : parts.scored) filter_queries.push_back(part.must);
    for (const Part& part : parts.exclusions) exclusion_queries.push_back(part.query);
    const Query filter = combine(Query::OP_AND, filter_queries);
    const Query excluded = combine(Query::OP_OR, exclusion_queries);
    if (parts.scored.empty() && filter.empty()) return {.query = excluded, .role = PartRole::Exclusion};
    Part result{.query = filter, .role = PartRole::Filter};
    if (!parts.scored.empty()) result = ranked_all(node, parts.scored, filter);
    if (!excluded.empty()) result.query = Query(Query::OP_AND_NOT, result.query, excluded);
    const bool top_level = root_ && std::get_if<All>(&root_->value) == &node;
    if (top_level && !excluded.empty() && !out_.all_words_tier.empty())
      out_.all_words_tier = Query(Query::OP_AND_NOT, out_.all_words_tier, excluded);
    if (top_level && !excluded.empty() && !out_.all_matches.empty())
      out_.all_matches = Query(Query::OP_AND_NOT, out_.all_matches, excluded);
    return result;
  }

  /// The scored parts of an implicit AND ranked, within `filter`.
  Part ranked_all(const All& node, const std::vector<Part>& scored, const Query& filter) {
    // all_words_first repeats every part, so an AND inside another one's brackets would double
    // the query per level (16 levels of "a (b (c …" made 800,000 terms): only the outermost
    // AND ranks all-words passages first; inner ones match the same passages as alternatives.
    const Query ranked = all_depth_ == 0 ? all_words_first(scored, context_) : any_part(scored);
    const bool top_level = root_ && std::get_if<All>(&root_->value) == &node;
    if (top_level) {
      out_.proximity_bonus = proximity_bonus(plain_words(scored), context_);
      out_.all_words_tier = all_words_tier(scored, context_);
      if (!filter.empty() && !out_.all_words_tier.empty())
        out_.all_words_tier = Query(Query::OP_FILTER, out_.all_words_tier, filter);
      // all_words_first's rungs are subsets of its last one, some part: the same documents.
      out_.all_matches = filter.empty() ? any_part(scored) : Query(Query::OP_FILTER, any_part(scored), filter);
    }
    Part result{.query = top_level ? ranked : with_proximity_bonus(ranked, scored, context_), .role = PartRole::Scored};
    if (!filter.empty()) result.query = Query(Query::OP_FILTER, result.query, filter);
    return result;
  }

  /// The query terms of `text` (analyze_query_word), analysed once per query: written_apart,
  /// typed_word and hyphenated_entry each look at the same word.
  const std::vector<QueryTerm>& analysed(std::string_view text) const {
    auto found = analysed_.find(text);
    if (found == analysed_.end()) found = analysed_.emplace(std::string(text), analyze_query_word(analyzer_, text)).first;
    return found->second;
  }

  const Analyzer& analyzer_;
  const QueryContext& context_;
  BuiltQuery& out_;
  const Node* root_;  ///< the tree's root: only its implicit AND gives coverage parts
  CrossLanguage cross_language_;
  int negated_ = 0;
  int required_ = 0;
  int alternatives_ = 0;  ///< inside an OR  ///< inside a +word or AND: its words go to out_.required_words too
  int all_depth_ = 0;  ///< implicit ANDs being built around the current node
  bool prefix_seen_ = false;  ///< a prefix* word: the query may match most of the index
  mutable std::map<std::string, std::vector<QueryTerm>, std::less<>> analysed_;  ///< by text, for analysed()
};

}  // namespace

BuiltQuery build_query(const Node* root, const Analyzer& analyzer, const QueryContext& context) {
  BuiltQuery out;
  if (!root) return out;
  Builder builder(analyzer, context, out, root);
  out.query = builder.finish(builder.build(*root));
  return out;
}

}  // namespace liaison::query
