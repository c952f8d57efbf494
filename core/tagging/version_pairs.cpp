#include "core/tagging/version_pairs.h"

#include <algorithm>
#include <set>

#include "core/analysis/analyzer.h"
#include "core/tagging/phrase_matcher.h"

namespace liaison {
namespace {

/// What two versions of one text share whatever their language.
struct Fingerprint {
  std::set<std::string> numbers;
  std::set<std::string> names;  ///< gazetteer entry ids
};

std::set<std::string> numbers_in(const std::string& text) {
  std::set<std::string> numbers;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i - start >= 2) numbers.insert(text.substr(start, i - start));
  }
  return numbers;
}

Fingerprint fingerprint_of(const Document& document, const PhraseMatcher* names, const Analyzer& analyzer) {
  Fingerprint print{.numbers = numbers_in(document.body), .names = {}};
  if (names == nullptr) return print;
  std::vector<PhraseMatch> matches;
  for (const Passage& passage : document.passages) {
    names->find_all(analyzer.analyze(passage.text, passage.language), matches);
    for (const PhraseMatch& match : matches)
      for (const EntryRef& ref : *match.entries)
        if (ref.kind == EntryKind::Name) print.names.insert(names->domain().names.at(ref.index).id);
  }
  return print;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 0.0;
  std::size_t both = 0;
  for (const std::string& item : a) both += b.count(item);
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

std::string language_of(const Document& document) {
  if (document.declared_language != Language::Unknown) return std::string(to_code(document.declared_language));
  return document.passages.empty() ? std::string() : std::string(to_code(document.passages.front().language));
}

bool already_linked(const Document& a, const Document& b) {
  return (!a.version_set.empty() && a.version_set == b.version_set) || a.translation_of == b.id ||
         b.translation_of == a.id || a.version_set == b.id || b.version_set == a.id;
}

}  // namespace

std::vector<PairProposal> propose_version_pairs(const std::vector<Document>& documents, const PhraseMatcher* names,
                                                const Analyzer& analyzer) {
  std::vector<Fingerprint> prints;
  for (const Document& document : documents) prints.push_back(fingerprint_of(document, names, analyzer));
  std::vector<PairProposal> proposals;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    for (std::size_t j = i + 1; j < documents.size(); ++j) {
      const Document& a = documents[i];
      const Document& b = documents[j];
      const std::string lang_a = language_of(a), lang_b = language_of(b);
      if (a.date.empty() || a.date != b.date || lang_a == lang_b || already_linked(a, b)) continue;
      PairProposal pair{.first = a.id, .second = b.id, .first_lang = lang_a, .second_lang = lang_b,
                        .likeness = 0.0, .numbers = jaccard(prints[i].numbers, prints[j].numbers),
                        .names = jaccard(prints[i].names, prints[j].names),
                        .same_url = !a.url.empty() && a.url == b.url};
      pair.likeness = (pair.numbers + pair.names) / 2.0;
      if (pair.likeness < kMinPairLikeness && !pair.same_url) continue;
      if (parse_language(lang_b).value_or(Language::Unknown) < parse_language(lang_a).value_or(Language::Unknown)) {
        std::swap(pair.first, pair.second);
        std::swap(pair.first_lang, pair.second_lang);
      }
      proposals.push_back(std::move(pair));
    }
  }
  std::stable_sort(proposals.begin(), proposals.end(),
                   [](const PairProposal& x, const PairProposal& y) { return x.likeness > y.likeness; });
  return proposals;
}

}  // namespace liaison
