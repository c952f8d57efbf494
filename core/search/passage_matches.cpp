#include "core/search/passage_matches.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "core/index/schema.h"
#include "core/search/snippets.h"

namespace liaison::search {
namespace {

/// The terms whose positions show where `word` stands: its exact forms, and its folds both as
/// written (a word typed without diacritics) and as fold terms (schema::kFoldPrefix).
std::set<std::string> positional_forms(const query::QueryTerm& word) {
  std::set<std::string> forms(word.terms.begin(), word.terms.end());
  for (const std::string& fold : word.folds) {
    forms.insert(fold);
    forms.insert(schema::term(schema::kFoldPrefix, fold));
  }
  return forms;
}

/// Rarer words say more: log(1 + documents / documents holding the word's commonest form).
double rarity(const Xapian::Database& db, const std::set<std::string>& forms) {
  Xapian::doccount most = 1;
  for (const std::string& form : forms) most = std::max(most, db.get_termfreq(form));
  return std::log(1.0 + static_cast<double>(db.get_doccount()) / most);
}

bool better(const PassageMatch& a, const PassageMatch& b) {
  if (a.words != b.words) return a.words > b.words;
  if (a.score != b.score) return a.score > b.score;
  return a.index < b.index;
}

std::vector<PassageMatch> by_positions(const Xapian::Database& db, Xapian::docid docid, const DocumentRecord& record,
                                       const std::vector<query::QueryTerm>& words) {
  const std::size_t passages = record.firsts.size();
  // occurrences[passage][word]
  std::vector<std::vector<unsigned>> occurrences(passages, std::vector<unsigned>(words.size(), 0));
  std::vector<double> weights(words.size(), 0.0);
  bool any = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (words[w].prefix) continue;  // a prefix has no term to read positions of
    const std::set<std::string> forms = positional_forms(words[w]);
    weights[w] = rarity(db, forms);
    for (const std::string& form : forms) {
      for (auto pos = db.positionlist_begin(docid, form); pos != db.positionlist_end(docid, form); ++pos) {
        ++occurrences[passage_at(record.firsts, *pos)][w];
        any = true;
      }
    }
  }
  std::vector<PassageMatch> out;
  if (!any) return out;
  for (std::size_t p = 0; p < passages; ++p) {
    PassageMatch match{.index = p, .words = 0, .score = 0.0};
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (occurrences[p][w] == 0) continue;
      ++match.words;
      match.score += weights[w] * (1.0 + std::log(static_cast<double>(occurrences[p][w])));
    }
    if (match.words > 0) out.push_back(match);
  }
  return out;
}

std::vector<PassageMatch> by_reanalysis(const DocumentRecord& record, const std::vector<query::QueryTerm>& words,
                                        const Analyzer& analyzer) {
  std::vector<PassageMatch> out;
  const std::vector<Passage>& passages = record.document.passages;
  for (std::size_t p = 0; p < std::min(passages.size(), kMaxReanalysedPassages); ++p) {
    const std::size_t found = matched_words(analyzer, passages[p].text, passages[p].language, words);
    if (found > 0) out.push_back({.index = p, .words = found, .score = static_cast<double>(found)});
  }
  return out;
}

}  // namespace

std::vector<PassageMatch> passage_matches(const Xapian::Database& db, Xapian::docid docid, const DocumentRecord& record,
                                          const std::vector<query::QueryTerm>& words, const Analyzer& analyzer) {
  if (words.empty() || record.firsts.empty()) return {};
  std::vector<PassageMatch> out = by_positions(db, docid, record, words);
  if (out.empty()) out = by_reanalysis(record, words, analyzer);
  std::sort(out.begin(), out.end(), better);
  return out;
}

}  // namespace liaison::search
