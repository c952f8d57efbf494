#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/token.h"
#include "core/lang/language.h"

namespace liaison {

/// What `Analyzer::analyze` computes besides the normalised term.
struct AnalyzeOptions {
  /// Stems cost most of the analysis; a caller that needs few of them (snippets) asks for none
  /// and calls `Analyzer::stem` on the tokens it cares about. Without stems, Token::stem is "".
  bool stems = true;
};

/// The one text pipeline for documents and queries:
/// segment (ICU words, original byte offsets kept) → normalise (NFKC + case fold, Turkic for az)
/// → per-language filters (Armenian marks, ё, stress, Cyrillic ә, apostrophes, …) → fold → stem.
/// Thread-safe: const methods may be called from many threads at once. Total: any bytes are
/// accepted (invalid UTF-8 is treated as U+FFFD and yields no token).
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// Analyses `text` written in `language`. Unknown: detected from the text itself.
  /// A word in a script the language does not use (a Cyrillic word in an English passage) is
  /// analysed in the language its script implies.
  std::vector<Token> analyze(std::string_view text, Language language = Language::Unknown) const;
  std::vector<Token> analyze(std::string_view text, Language language, const AnalyzeOptions& options) const;

  /// Normalised exact form of one word as `analyze` would give it (no segmentation).
  std::string normalize_word(std::string_view word, Language language) const;

  /// Diacritic-free form of a normalised term.
  std::string fold(std::string_view term) const;

  /// Stem of a normalised term in `language`; the term itself when there is no stemmer.
  std::string stem(std::string_view term, Language language) const;

  /// Stem of a normalised term whose word is capitalised, as `analyze` gives it (a Russian name
  /// keeps its whole stem: Алиев → алиев); `stem` in languages without a rule for names. A query
  /// word looks for both stems, since its case says little of how the text wrote it.
  std::string name_stem(std::string_view term, Language language) const;

  /// True for the common function words of `language` (and, of, и, և, və …) in normalised form.
  bool is_stop_word(std::string_view term, Language language) const;

 private:
  /// `analyze` without the thread's memo (analysis_memo.h).
  std::vector<Token> analyze_text(std::string_view text, Language language, const AnalyzeOptions& options) const;

  struct Stages;  // normaliser and filters, immutable after construction
  std::unique_ptr<const Stages> stages_;
};

}  // namespace liaison
