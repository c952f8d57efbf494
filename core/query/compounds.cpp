#include "core/query/compounds.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/lang/detect.h"
#include "core/lang/profile.h"

namespace liaison::query::detail {
namespace {

/// A part shorter than this makes too many chance splits (a + mend).
constexpr std::size_t kMinPartLetters = 3;
/// Splits tried per word: each is a phrase to check in the passages.
constexpr std::size_t kMaxSplits = 2;

/// The profile of the compounding language `term` can be in, or null. Only words of ASCII
/// letters: the compounding languages write theirs so.
const LanguageProfile* compounding_language(const QueryTerm& term) {
  if (term.terms.size() != 1 || term.prefix) return nullptr;
  const std::string& word = term.terms.front();
  if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return nullptr;
  for (const Language language : languages_of_word(word)) {
    const LanguageProfile& profile = profile_of(language);
    if (profile.compounds.written_three_ways) return &profile;
  }
  return nullptr;
}

bool is_stop_word(const LanguageProfile& profile, std::string_view word) {
  return std::find(profile.stop_words.begin(), profile.stop_words.end(), word) != profile.stop_words.end();
}

bool usable_part(const LanguageProfile& profile, std::string_view part, bool first) {
  if (is_stop_word(profile, part)) return false;
  if (part.size() >= kMinPartLetters) return true;
  const auto& short_parts = profile.compounds.short_first_parts;
  return first && std::find(short_parts.begin(), short_parts.end(), part) != short_parts.end();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> compound_splits(const QueryTerm& word, const QueryContext& context) {
  std::vector<std::pair<std::string, std::string>> out;
  const LanguageProfile* profile = compounding_language(word);
  if (context.indexed == nullptr || profile == nullptr) return out;
  const std::string& text = word.terms.front();
  for (std::size_t cut = text.size() - 1; cut >= 2 && out.size() < kMaxSplits; --cut) {
    const std::string first = text.substr(0, cut), second = text.substr(cut);
    if (!usable_part(*profile, first, true) || !usable_part(*profile, second, false)) continue;
    if (context.indexed->passages_with(first) > 0 && context.indexed->passages_with(second) > 0) {
      out.emplace_back(first, second);
    }
  }
  return out;
}

std::string joined_spelling(const QueryTerm& first, const QueryTerm& second) {
  const LanguageProfile* profile = compounding_language(first);
  if (profile == nullptr || compounding_language(second) != profile) return "";
  if (is_stop_word(*profile, first.terms.front()) || is_stop_word(*profile, second.terms.front())) return "";
  return first.terms.front() + second.terms.front();
}

std::string joined_compound(const QueryTerm& first, const QueryTerm& second, const QueryContext& context) {
  if (context.indexed == nullptr) return "";
  std::string joined = joined_spelling(first, second);
  return !joined.empty() && context.indexed->passages_with(joined) > 0 ? joined : "";
}

bool known_compound(const QueryTerm& first, const QueryTerm& second, const Analyzer& analyzer) {
  const std::string joined = joined_spelling(first, second);
  if (joined.empty()) return false;
  const LanguageProfile& profile = *compounding_language(first);
  const std::string joined_stem = analyzer.stem(joined, profile.language);
  return std::any_of(profile.compounds.known.begin(), profile.compounds.known.end(), [&](std::string_view known) {
    std::string written(known);
    std::erase(written, '-');
    return written == joined || analyzer.stem(written, profile.language) == joined_stem;
  });
}

}  // namespace liaison::query::detail
