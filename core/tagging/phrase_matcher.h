#pragma once
// The domain's phrases compiled once into a trie over analysed tokens, so that a passage is
// matched in one pass, on stems (inflected forms count) with diacritics folded.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/analysis/token.h"
#include "core/tagging/domain.h"

namespace liaison {

class Analyzer;

/// Which table of the Domain an entry is in.
enum class EntryKind : std::uint8_t { Concept, Measure, Name };

/// One domain entry a phrase stands for, and the language the phrase was listed under.
struct EntryRef {
  EntryKind kind = EntryKind::Concept;
  std::uint32_t index = 0;  ///< into Domain::concepts, measures or names
  Language language = Language::Unknown;
  std::uint32_t phrase_tokens = 0;  ///< content tokens of the listed phrase
  bool broad = false;               ///< a measure's broad alias (MeasureEntry::broad_aliases)
  friend bool operator==(const EntryRef&, const EntryRef&) = default;
};

/// A run of tokens that spells a listed phrase.
struct PhraseMatch {
  std::size_t first = 0;  ///< index of its first token in the analysed tokens
  std::size_t last = 0;   ///< index of its last token
  const std::vector<EntryRef>* entries = nullptr;  ///< what it stands for; never empty
  /// Its words are all there, within one sentence, but not as the phrase is listed
  /// (find_loose): "support programmes that help civil-society groups" for "support
  /// programmes for civil society".
  bool loose = false;
};

/// Per token, the number of its sentence in `text` (which `tokens` were analysed from): a full
/// stop, question or exclamation mark, the Armenian full stop (։), a semicolon or an ellipsis
/// between two tokens starts a new one.
std::vector<std::uint32_t> sentence_numbers(std::string_view text, const std::vector<Token>& tokens);

/// The phrases of a Domain as sequences of match keys: the fold of each token's stem, stop
/// words left out (so "Know the Neighbors" also matches "know neighbors"); other words must
/// follow each other. Immutable after construction: const methods are safe from several
/// threads.
class PhraseMatcher {
 public:
  struct Options {
    bool concepts = true;  ///< thesaurus terms
    bool measures = true;  ///< measure names and aliases
    bool names = true;     ///< gazetteer names
    /// A person's last name alone ("Pashinyan" for "Nikol Pashinyan") also matches.
    bool surnames = true;
    /// An English phrase of one word matches only that word's inflections ("reporters",
    /// "reporter"), not every word with its stem ("report", "reported"): the English stemmer
    /// joins words of other senses (transition/transit, important/imports, universal/universities).
    bool english_word_forms = false;
    /// A measure alias of at least this many content words also matches loosely (find_loose);
    /// 0: never.
    std::size_t loose_min_words = 0;
    /// A capitalised word, which the analyser stems as a name (Алиев keeps its -ев), also
    /// stands for its common stem: at the start of a sentence it is as often a common word
    /// («Линия соприкосновения» is the listed «линия соприкосновения»).
    bool common_stems_of_capitals = false;
  };

  /// Analyses every phrase with `analyzer` in the language it is listed under. The Domain and
  /// the Analyzer must outlive the matcher.
  PhraseMatcher(const Domain& domain, const Analyzer& analyzer, const Options& options);

  /// The listed keys one token may stand for, most specific first: its own key, then the
  /// listed stems it extends by an ending the stemmer left on. Empty for a word no phrase has.
  struct TokenKeys {
    static constexpr std::size_t kMax = 4;
    std::uint32_t ids[kMax] = {};
    std::uint8_t count = 0;
    bool stop = false;  ///< a stop word: neither starts nor breaks a match
    void add(std::uint32_t id);
  };

  /// Each token's keys, for a caller that runs find_all and find_loose over one passage: the
  /// keys are a third of the tagger's own work, and the same for both.
  std::vector<TokenKeys> keys_of(const std::vector<Token>& tokens) const;

  /// Leftmost-longest matches over `tokens`, not overlapping, in order. Stop words neither
  /// start nor break a match. Appends to `out` (cleared first).
  void find_all(const std::vector<Token>& tokens, std::vector<PhraseMatch>& out) const;
  /// The same with the tokens' keys_of computed already.
  void find_all(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                std::vector<PhraseMatch>& out) const;

  /// Measure aliases of at least Options::loose_min_words content words whose words all occur
  /// in one sentence of `text` (which `tokens` were analysed from), in any order and inflected,
  /// within kLooseSpanPerWord tokens per word, where `exact` (find_all's matches) has no match
  /// of the same measure. The leftmost such span per alias, appended to `out`.
  void find_loose(const std::string& text, const std::vector<Token>& tokens, const std::vector<PhraseMatch>& exact,
                  std::vector<PhraseMatch>& out) const;
  void find_loose(const std::string& text, const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                  const std::vector<PhraseMatch>& exact, std::vector<PhraseMatch>& out) const;
  static constexpr std::size_t kLooseSpanPerWord = 3;

  /// The entries that `tokens` spell as a whole (a query such as "demining" or "Никол
  /// Пашинян"), or null.
  const std::vector<EntryRef>* find_exact(const std::vector<Token>& tokens) const;

  /// The match key of one token: its stem, folded when the word has diacritics; "" for a
  /// stop word.
  std::string key_of(const Token& token) const;

  /// The inflection key of an English word: its form without plural, possessive, -ed, -ing
  /// and final -e ("reporters" → "reporter", "negotiated" → "negotiat"); derivations stay.
  static std::string english_inflection_key(std::string_view word);

  std::size_t phrase_count() const { return phrases_; }
  const Domain& domain() const { return domain_; }

 private:
  struct Node {
    std::uint32_t entries = 0;  ///< 1-based index into entry_lists_, 0: no phrase ends here
  };
  /// A long alias as the set of its content words, for find_loose.
  struct LoosePhrase {
    std::vector<std::uint32_t> keys;  ///< distinct key ids
    std::uint32_t entries = 0;        ///< index into loose_entries_
  };
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };

  void add_entry(EntryKind kind, std::uint32_t index, const PhrasesByLanguage& phrases, bool broad = false);
  /// The gazetteer's names, and with `surnames` a person's last word alone.
  void add_names(const Domain& domain, bool surnames);
  void add_phrase(const std::vector<Token>& tokens, const EntryRef& ref);
  std::uint32_t intern(const std::string& key);
  /// Keeps a measure alias of enough distinct content words for find_loose.
  void add_loose(std::vector<std::uint32_t> keys, const EntryRef& ref);
  TokenKeys token_keys(const Token& token) const;
  std::uint32_t lookup(std::string_view key) const;
  /// Adds the listed stems that `key` extends by an ending the stemmer left on, longest first.
  void add_stem_prefixes(std::string_view key, Language language, TokenKeys& keys) const;
  std::uint32_t child(std::uint32_t node, std::uint32_t key) const;
  /// The child of `node` under the first of the token's keys that has one, or 0.
  std::uint32_t child(std::uint32_t node, const TokenKeys& keys) const;
  /// Longest match starting at `start` (a content token): its last token, or npos.
  std::size_t longest_from(const std::vector<TokenKeys>& keys, std::size_t start, std::uint32_t& node_out) const;
  /// The entries `token` stands for at `node`, the end of a one-word phrase: with
  /// english_word_forms, an English token only those listed in one of its own inflections,
  /// or as written for a concept with exact_forms (and those of other languages); null when
  /// none is.
  const std::vector<EntryRef>* word_form_entries(const Token& token, std::uint32_t node) const;
  /// Groups the entries of each one-word English phrase by inflection (once, after adding).
  void group_english_forms();
  /// english_inflection_key, and whether the word has a verbal ending (-ing, -ed): "fighting"
  /// is a clash, "fight" any struggle; "concerted" is no concert, "rebuild" no rebuilding.
  static std::string english_form_key(std::string_view word);
  /// The key of a word listed by a concept with exact_forms: the word itself, marked apart.
  static std::string exact_form_key(std::string_view word);

  const Domain& domain_;
  const Analyzer& analyzer_;
  std::unordered_map<std::string, std::uint32_t, KeyHash, std::equal_to<>> vocabulary_;
  std::vector<Node> nodes_;                                 ///< node 0 is the root
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  ///< (node << 32 | key) → child node
  std::vector<std::vector<EntryRef>> entry_lists_;
  /// Per node of a one-word English phrase: each English entry with the form key of the word
  /// that lists it there (while adding), then the entries per form key (1-based into
  /// entry_lists_), each with the node's entries of other languages.
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::string, EntryRef>>> english_listed_;
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::string, std::uint32_t>>> english_forms_;
  std::vector<LoosePhrase> loose_;
  std::vector<std::vector<EntryRef>> loose_entries_;  ///< one entry each
  std::size_t loose_min_words_ = 0;
  bool english_word_forms_ = false;
  bool common_stems_of_capitals_ = false;  ///< Options::common_stems_of_capitals
  std::size_t phrases_ = 0;
};

}  // namespace liaison
