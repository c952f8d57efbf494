#pragma once
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "bench/generate/rng.h"

namespace liaison::bench {

/// What the generator knows about one language beyond its word list.
struct LanguageData {
  std::string code;
  std::string icu_locale;                       ///< for casing (Turkic I for az)
  std::vector<std::string> function_words;      ///< the most frequent words, most frequent first
  std::vector<std::string> names;               ///< domain names as written (may hold spaces)
  std::vector<std::string> sources;             ///< issuers for the `source` field
  std::vector<std::pair<std::string, std::string>> quotes;  ///< opening and closing marks in use
};

/// en, hy, az, ru.
const std::vector<LanguageData>& languages();
const LanguageData& language(const std::string& code);

/// Where real words come from. A missing `ntrex` folder is fine (the words then come from the
/// bundled corpus and the dictionaries only).
struct WordSources {
  std::filesystem::path dictionaries;    ///< the hunspell folder (ru_RU.dic, hy_AM.dic, en_US.dic)
  std::filesystem::path bundled_corpus;  ///< corpus/documents
  std::filesystem::path ntrex;           ///< NTREX-128 folder, optional
};

struct RankedWords {
  std::vector<std::string> words;  ///< most frequent first
  std::size_t from_text = 0;       ///< words ranked by their counts in real text
  std::size_t from_dictionary = 0; ///< dictionary stems and their simple inflected forms
  std::vector<std::string> files;  ///< the files read
};

/// Ranked lower-case vocabulary: function words, then words of real text by count, then the
/// dictionary's stems with a few simple suffixes (for az: the text's words with suffixes that
/// follow vowel harmony), shuffled with `rng`.
RankedWords rank_words(const LanguageData& language, const WordSources& sources, Rng& rng);

/// `text` lower-cased the way of `language` (Turkic I for az).
std::string to_lower(const std::string& text, const LanguageData& language);
/// The first letter upper-cased, the Turkic way for az (i → İ).
std::string capitalize(const std::string& word, const LanguageData& language);

}  // namespace liaison::bench
