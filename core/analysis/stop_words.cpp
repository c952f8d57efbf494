#include "core/analysis/stop_words.h"

#include <array>
#include <unordered_set>

#include "core/lang/profile.h"

namespace liaison {

std::span<const std::string_view> stop_words(Language language) {
  return profile_of(language).stop_words;
}

bool is_stop_word(std::string_view term, Language language) {
  using WordSet = std::unordered_set<std::string_view>;
  // Built once, read-only afterwards: safe to share between threads. Indexed by Language, the
  // last one (Unknown) empty.
  static const std::array<WordSet, kLanguages.size() + 1> sets = [] {
    std::array<WordSet, kLanguages.size() + 1> out;
    for (Language listed : kLanguages) {
      const auto words = stop_words(listed);
      out[static_cast<std::size_t>(listed)] = WordSet(words.begin(), words.end());
    }
    return out;
  }();
  return sets[static_cast<std::size_t>(language)].contains(term);
}

}  // namespace liaison
