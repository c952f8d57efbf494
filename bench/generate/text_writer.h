#pragma once
#include <map>
#include <string>
#include <vector>

#include "bench/generate/rng.h"
#include "bench/generate/vocabulary.h"
#include "bench/generate/word_lists.h"

namespace liaison::bench {

/// Writes sentences and paragraphs from Zipf-drawn words with the punctuation and the quirks of
/// each language (Armenian ՞ ՛ inside words and ։ or ':' as full stop, և for եւ, Russian ё written
/// е and stress marks, Cyrillic ә or ä for ə in Azerbaijani, soft hyphens, zero-width spaces, the
/// ﬁ ligature, several quote shapes). Keeps a sample of its word sequences for phrase queries.
class TextWriter {
 public:
  explicit TextWriter(const std::map<std::string, Vocabulary>& vocabularies) : vocabularies_(vocabularies) {}

  /// A paragraph of about `words` words (whole sentences).
  std::string paragraph(const std::string& lang, int words, Rng& rng);
  /// A title: a few capitalised words, often with a name, no final stop.
  std::string title(const std::string& lang, Rng& rng);
  /// Sequences of 2–3 adjacent words (lower case, as a user would type them) seen in the text.
  const std::vector<std::vector<std::string>>& phrases(const std::string& lang) { return phrases_[lang]; }

 private:
  struct Word {
    std::string plain;    ///< as drawn, lower case
    std::string surface;  ///< as written in the text
  };

  std::vector<Word> draw_words(const LanguageData& language, int count, Rng& rng);
  std::string sentence(const LanguageData& language, int words, Rng& rng);
  void remember_phrase(const std::string& lang, const std::vector<Word>& words, Rng& rng);

  const std::map<std::string, Vocabulary>& vocabularies_;
  std::map<std::string, std::vector<std::vector<std::string>>> phrases_;
  std::map<std::string, std::size_t> phrases_seen_;
};

/// The in-word quirks of `language` applied to one word, each with a small probability.
std::string with_quirks(const std::string& word, const LanguageData& language, Rng& rng);
/// The Armenian question mark ՞ put inside `word`, after its last vowel.
std::string with_armenian_question_mark(const std::string& word);

}  // namespace liaison::bench
