#pragma once
// Conflation quality of a stemmer on a list of (lemma, form) pairs: do the forms of one word get
// one stem (recall), and do different words keep different stems (precision)?
#include <functional>
#include <string>
#include <vector>

namespace liaison::stemming {

struct LemmaForm {
  std::string lemma;
  std::string upos;  ///< universal part of speech (NOUN, PROPN, ADJ, VERB, ADV)
  std::string form;
};

/// Figures over pairs of distinct forms.
struct Conflation {
  double recall = 0.0;     ///< pairs of forms of one lemma that share a stem / all such pairs
  double precision = 0.0;  ///< pairs of forms sharing a stem that belong to one lemma / all such pairs
  double one_stem = 0.0;   ///< lemmas with several forms whose forms all get one stem / such lemmas
  std::size_t lemmas = 0;  ///< lemmas with several forms
  std::size_t words = 0;   ///< (lemma, form) entries
  double f1() const { return recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0.0; }
};

/// Reads a word list: "lemma<TAB>UPOS<TAB>form" lines, '#' comments. Throws ConfigError if unreadable.
std::vector<LemmaForm> read_word_list(const std::string& path);

/// The nouns, proper nouns and adjectives of `words` (what the Azerbaijani stemmer handles).
std::vector<LemmaForm> nominals(const std::vector<LemmaForm>& words);

/// Conflation of `stem` (form → stem) on `words`, over distinct pairs of distinct forms: a pair
/// is of one word when its forms share a lemma (a form listed under two lemmas shares both).
Conflation measure_conflation(const std::vector<LemmaForm>& words, const std::function<std::string(const std::string&)>& stem);

/// Up to `limit` lemmas whose forms get more than one stem, as "lemma: form→stem …" lines.
std::vector<std::string> split_lemmas(const std::vector<LemmaForm>& words,
                                      const std::function<std::string(const std::string&)>& stem, std::size_t limit);

/// Up to `limit` stems shared by forms of more than one lemma, as "stem: form(lemma) …" lines.
std::vector<std::string> merged_stems(const std::vector<LemmaForm>& words,
                                      const std::function<std::string(const std::string&)>& stem, std::size_t limit);

}  // namespace liaison::stemming
