#pragma once
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

/// One spelling rule applied to a normalised (NFKC, case-folded) word. Each filter says which
/// languages it serves; the FilterChain runs the ones that apply.
class Filter {
 public:
  virtual ~Filter() = default;
  /// True when the rule holds for words of `language`.
  virtual bool applies_to(Language language) const = 0;
  /// Rewrites `word` in place.
  virtual void apply(icu::UnicodeString& word) const = 0;
};

/// Rewrites each code unit of `word` with `map(unit)`: the same unit keeps it, another unit
/// replaces it, 0 removes it. Untouched words are not copied.
template <typename Map>
void map_units(icu::UnicodeString& word, Map map) {
  std::int32_t first_change = 0;
  while (first_change < word.length() && map(word.charAt(first_change)) == word.charAt(first_change)) {
    ++first_change;
  }
  if (first_change == word.length()) return;
  std::int32_t out = first_change;
  for (std::int32_t in = first_change; in < word.length(); ++in) {
    const UChar mapped = map(word.charAt(in));
    if (mapped != 0) word.setCharAt(out++, mapped);
  }
  word.truncate(out);
}

/// The filters of the analysis pipeline, grouped by the language they apply to.
class FilterChain {
 public:
  /// The default rules: apostrophes (all), Armenian marks and եվ → եւ, Russian ё and stress marks,
  /// Azerbaijani schwa.
  FilterChain();
  /// A chain of the given filters, in order (for tests and custom pipelines).
  explicit FilterChain(std::vector<std::unique_ptr<Filter>> filters);

  /// Runs every filter that applies to `language` on `word`, in order.
  void apply(icu::UnicodeString& word, Language language) const;

 private:
  std::vector<std::unique_ptr<Filter>> filters_;
  std::array<std::vector<const Filter*>, kLanguages.size() + 1> by_language_;  // indexed by Language
};

/// The default filters, in the order the pipeline runs them.
std::vector<std::unique_ptr<Filter>> make_default_filters();

}  // namespace liaison
