#include "core/analysis/azerbaijani_lists.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <span>
#include <vector>

#include "core/analysis/azerbaijani_letters.h"
#include "core/analysis/utf32.h"
#include "core/lang/profile.h"

namespace liaison::azerbaijani {
namespace {

const StemmerChoice& choice() {
  return profile_of(Language::Azerbaijani).stemmer;
}

/// A word list of the profile, decoded.
std::vector<std::u32string> decoded(std::span<const std::string_view> words) {
  std::vector<std::u32string> out;
  for (std::string_view word : words) out.push_back(utf32::decode(word));
  return out;
}

/// The profile's kept roots (StemmerChoice::kept_roots: Laçın, qanun), decoded once.
const std::vector<std::u32string>& kept_roots() {
  static const std::vector<std::u32string> roots = decoded(choice().kept_roots);
  return roots;
}

}  // namespace

bool is_whole_noun(std::u32string_view word) {
  static const std::vector<std::u32string> nouns = decoded(choice().whole_nouns);
  return std::find(nouns.begin(), nouns.end(), word) != nouns.end();
}

bool is_syncope_noun(std::u32string_view word) {
  static const std::vector<std::u32string> nouns = decoded(choice().syncope_nouns);
  return std::find(nouns.begin(), nouns.end(), word) != nouns.end();
}

void drop_syncope_vowel(std::u32string& noun) {
  const auto last_vowel = std::find_if(noun.rbegin(), noun.rend(), is_vowel);
  noun.erase(std::next(last_vowel).base());
}

bool is_kept_root(std::u32string_view word) {
  return std::find(kept_roots().begin(), kept_roots().end(), word) != kept_roots().end();
}

bool cuts_into_kept_root(std::u32string_view word, std::size_t stem_letters) {
  return std::any_of(kept_roots().begin(), kept_roots().end(), [&](const std::u32string& root) {
    return stem_letters < root.size() && word.starts_with(root);
  });
}

std::size_t time_noun_before_ki(std::u32string_view head) {
  static const std::vector<std::u32string> nouns = decoded(choice().time_nouns);
  if (head.size() < 4 || head[head.size() - 2] != U'k' || !is_narrow_vowel(head.back())) return 0;
  const std::u32string_view base = head.substr(0, head.size() - 2);
  if (!harmonises(base, head.substr(head.size() - 1))) return 0;
  return std::find(nouns.begin(), nouns.end(), base) != nouns.end() ? base.size() : 0;
}

std::u32string_view pronoun_lemma(std::u32string_view word) {
  static const std::map<std::u32string, std::u32string, std::less<>> lemma_of = [] {
    std::map<std::u32string, std::u32string, std::less<>> forms;
    for (std::string_view entry : choice().pronoun_forms) {
      const std::u32string line = utf32::decode(entry);
      const std::u32string lemma = line.substr(0, line.find(U' '));
      for (std::size_t start = 0; start < line.size();) {
        const std::size_t end = std::min(line.find(U' ', start), line.size());
        forms.emplace(line.substr(start, end - start), lemma);
        start = end + 1;
      }
    }
    return forms;
  }();
  auto found = lemma_of.find(word);
  // with the copula written on (bunlardır, bundadır, nələrdir)
  static constexpr std::u32string_view kCopulas[] = {U"dır", U"dir", U"dur", U"dür"};
  for (std::u32string_view copula : kCopulas) {
    if (found == lemma_of.end() && word.ends_with(copula)) found = lemma_of.find(word.substr(0, word.size() - 3));
  }
  return found == lemma_of.end() ? std::u32string_view() : std::u32string_view(found->second);
}

}  // namespace liaison::azerbaijani
