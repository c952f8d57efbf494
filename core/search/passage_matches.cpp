#include "core/search/passage_matches.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/index/sharded_index.h"
#include "core/index/variant_dictionary.h"
#include "core/search/snippets.h"

namespace liaison::search {

struct PassageFinder::Cache {
  std::map<std::string, Xapian::doccount, std::less<>> documents_holding;  ///< by term
  std::map<std::string, std::vector<std::string>, std::less<>> words_of_fold;  ///< the fold dictionary's
  /// By language code and stem: the index's words with that stem, or nothing when the stem's
  /// beginning lists too many of the index's words (each document's term list is read instead).
  std::map<std::string, std::optional<std::vector<std::string>>, std::less<>> words_of_stem;
};

namespace {

using Cache = PassageFinder::Cache;

Xapian::doccount documents_holding(const Xapian::Database& db, Cache& cache, const std::string& term) {
  auto it = cache.documents_holding.find(term);
  if (it == cache.documents_holding.end()) it = cache.documents_holding.emplace(term, db.get_termfreq(term)).first;
  return it->second;
}

/// The terms whose positions show where `word` stands: its exact forms, and its folds both as
/// written (a word typed without diacritics) and as the words of the index that fold to them.
std::set<std::string> positional_forms(const Xapian::Database& db, Cache& cache, const query::QueryTerm& word) {
  std::set<std::string> forms(word.terms.begin(), word.terms.end());
  for (const std::string& fold : word.folds) {
    forms.insert(fold);
    auto it = cache.words_of_fold.find(fold);
    if (it == cache.words_of_fold.end()) it = cache.words_of_fold.emplace(fold, fold_words(db, fold)).first;
    forms.insert(it->second.begin(), it->second.end());
  }
  return forms;
}

/// Rarer words say more: log(1 + documents / documents holding the word's commonest form).
double rarity(const Xapian::Database& db, Cache& cache, const std::set<std::string>& forms) {
  Xapian::doccount most = 1;
  for (const std::string& form : forms) most = std::max(most, documents_holding(db, cache, form));
  return std::log(1.0 + static_cast<double>(db.get_doccount()) / most);
}

/// `stem` without its last letter: the beginning its forms share (happi: happy, hope: hoping).
std::string shared_beginning(const std::string& stem) {
  std::size_t end = stem.size();
  if (end == 0) return stem;
  do --end;
  while (end > 0 && (static_cast<unsigned char>(stem[end]) & 0xC0) == 0x80);
  return end == 0 ? stem : stem.substr(0, end);
}

/// Which terms one document holds. Over a local database each question reads the term's posting
/// list, up to the document. Over a remote shard a posting list comes whole (every document of
/// the term, one message each) and so does a term list: there the question is a match of the term
/// filtered to the document (two exchanges, whatever the term), and the term list is read whole
/// once, for the terms that begin with a given string.
class DocumentTerms {
 public:
  DocumentTerms(const Xapian::Database& db, const Xapian::Document& xdoc, bool remote)
      : db_(db), docid_(sharded::docid_in(db, xdoc)), remote_(remote),
        id_term_(remote ? schema::term(schema::kDocPrefix, xdoc.get_value(schema::DocId)) : std::string()) {}

  Xapian::docid docid() const { return docid_; }
  bool remote() const { return remote_; }

  bool holds(const std::string& term) const {
    if (remote_) {
      Xapian::Enquire enquire(db_);
      enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), Xapian::Query(id_term_)));
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      return !enquire.get_mset(0, 1).empty();
    }
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return false;
    it.skip_to(docid_);
    return it != db_.postlist_end(term) && *it == docid_;
  }

  /// The terms that begin with `beginning`, in order. Over a remote shard the term list comes
  /// whole whatever is skipped: it is read once per document and kept.
  std::vector<std::string> beginning(const std::string& beginning) const {
    std::vector<std::string> out;
    const auto starts = [&](const std::string& term) { return term.compare(0, beginning.size(), beginning) == 0; };
    if (remote_) {
      if (!listed_) {
        listed_.emplace();
        for (auto it = db_.termlist_begin(docid_); it != db_.termlist_end(docid_); ++it) listed_->push_back(*it);
      }
      for (auto it = std::lower_bound(listed_->begin(), listed_->end(), beginning); it != listed_->end() && starts(*it); ++it)
        out.push_back(*it);
      return out;
    }
    Xapian::TermIterator it = db_.termlist_begin(docid_);
    for (it.skip_to(beginning); it != db_.termlist_end(docid_) && starts(*it); ++it) out.push_back(*it);
    return out;
  }

 private:
  const Xapian::Database& db_;
  Xapian::docid docid_;  ///< in the searched database (over shards, not the shard's own)
  bool remote_;
  std::string id_term_;  ///< XD<id>, over a remote shard
  mutable std::optional<std::vector<std::string>> listed_;  ///< its term list, over a remote shard (in term order)
};

bool has_stem(const Analyzer& analyzer, const std::string& term, Language language, const std::string& stem) {
  return analyzer.stem(term, language) == stem || analyzer.name_stem(term, language) == stem;
}

/// At most this many of the index's words are read from a stem's beginning to list its forms
/// once per search; past it, each document's own term list is read (a short beginning, "fa" for
/// "fan", begins thousands of words).
constexpr std::size_t kMaxIndexWordsPerStem = 64;

/// The index's words from `stem`'s beginning on that have that stem, or nothing when the
/// beginning lists more than kMaxIndexWordsPerStem words. Kept for the search's next documents:
/// reading a document's term list inflates all of it, once per document.
const std::optional<std::vector<std::string>>& index_stem_forms(const Xapian::Database& db, Cache& cache,
                                                                const Analyzer& analyzer, Language language,
                                                                const std::string& stem) {
  const std::string key = std::string(to_code(language)) + ':' + stem;
  if (const auto found = cache.words_of_stem.find(key); found != cache.words_of_stem.end()) return found->second;
  const std::string beginning = shared_beginning(stem);
  // Listed before any is stemmed: a beginning of too many words is given up without stemming any.
  std::vector<std::string> words;
  for (auto it = db.allterms_begin(beginning); it != db.allterms_end(beginning) && words.size() <= kMaxIndexWordsPerStem; ++it)
    words.push_back(*it);
  std::optional<std::vector<std::string>> forms;
  if (words.size() <= kMaxIndexWordsPerStem) {
    forms.emplace();
    std::copy_if(words.begin(), words.end(), std::back_inserter(*forms),
                 [&](const std::string& word) { return has_stem(analyzer, word, language, stem); });
  }
  return cache.words_of_stem.emplace(key, std::move(forms)).first->second;
}

/// The words of document `docid` whose stem is one of `word`'s: where a word that matched
/// through its stem alone stands (fans: fan). Only for the stems the document holds. Over a local
/// index, the index's words with the stem when they are few (those the document lacks have no
/// positions in it); else read from the document's term list, from the stem's beginning on.
std::set<std::string> stem_forms(const Xapian::Database& db, Cache& cache, const DocumentTerms& terms,
                                 const query::QueryTerm& word, const Analyzer& analyzer) {
  std::set<std::string> forms;
  for (const auto& [language, stem] : word.stems) {
    if (!terms.holds(schema::term(schema::kStemPrefix, stem))) continue;
    if (!terms.remote()) {
      if (const auto& known = index_stem_forms(db, cache, analyzer, language, stem)) {
        forms.insert(known->begin(), known->end());
        continue;
      }
    }
    for (const std::string& term : terms.beginning(shared_beginning(stem)))
      if (has_stem(analyzer, term, language, stem)) forms.insert(term);
  }
  return forms;
}

/// Whether re-analysing the passages could find a word that neither positions nor stems placed:
/// only a name key stands for words the term list cannot tell (a title match has nothing to find).
bool may_reanalyse(const DocumentTerms& terms, const std::vector<query::QueryTerm>& words) {
  return std::any_of(words.begin(), words.end(), [&](const query::QueryTerm& word) {
    return std::any_of(word.name_keys.begin(), word.name_keys.end(), [&](const std::string& key) {
      return terms.holds(schema::term(schema::kNameKeyPrefix, key));
    });
  });
}

bool better(const PassageMatch& a, const PassageMatch& b) {
  if (a.words != b.words) return a.words > b.words;
  if (a.score != b.score) return a.score > b.score;
  return a.index < b.index;
}

/// Adds the occurrences of `forms` in document `docid` to `occurrences[passage][w]`; whether any.
bool count_occurrences(const Xapian::Database& db, Xapian::docid docid, const DocumentRecord& record,
                       const std::set<std::string>& forms, std::size_t w, std::vector<std::vector<unsigned>>& occurrences) {
  bool any = false;
  for (const std::string& form : forms) {
    for (auto pos = db.positionlist_begin(docid, form); pos != db.positionlist_end(docid, form); ++pos) {
      ++occurrences[passage_at(record.firsts, *pos)][w];
      any = true;
    }
  }
  return any;
}

std::vector<PassageMatch> by_positions(const Xapian::Database& db, Cache& cache, const DocumentTerms& terms,
                                       const DocumentRecord& record, const std::vector<query::QueryTerm>& words,
                                       const Analyzer& analyzer) {
  const std::size_t passages = record.firsts.size();
  // occurrences[passage][word]
  std::vector<std::vector<unsigned>> occurrences(passages, std::vector<unsigned>(words.size(), 0));
  std::vector<double> weights(words.size(), 0.0);
  bool any = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (words[w].prefix) continue;  // a prefix has no term to read positions of
    std::set<std::string> forms = positional_forms(db, cache, words[w]);
    weights[w] = rarity(db, cache, forms);
    std::erase_if(forms, [&](const std::string& form) { return documents_holding(db, cache, form) == 0; });
    bool found = count_occurrences(db, terms.docid(), record, forms, w, occurrences);
    if (!found) found = count_occurrences(db, terms.docid(), record, stem_forms(db, cache, terms, words[w], analyzer), w,
                                                occurrences);
    any = any || found;
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

PassageFinder::PassageFinder(const Xapian::Database& db, const Analyzer& analyzer, bool remote)
    : db_(db), analyzer_(analyzer), remote_(remote), cache_(std::make_unique<Cache>()) {}

PassageFinder::~PassageFinder() = default;

std::vector<PassageMatch> PassageFinder::matches(const Xapian::Document& xdoc, DocumentRecord& record,
                                                 const std::vector<query::QueryTerm>& words) {
  if (words.empty() || record.firsts.empty()) return {};
  const DocumentTerms terms(db_, xdoc, remote_);
  std::vector<PassageMatch> out = by_positions(db_, *cache_, terms, record, words, analyzer_);
  if (out.empty() && may_reanalyse(terms, words)) {
    read_record_texts(xdoc, record);
    out = by_reanalysis(record, words, analyzer_);
  }
  std::sort(out.begin(), out.end(), better);
  return out;
}

std::vector<PassageMatch> passage_matches(const Xapian::Database& db, const Xapian::Document& xdoc, DocumentRecord& record,
                                          const std::vector<query::QueryTerm>& words, const Analyzer& analyzer) {
  return PassageFinder(db, analyzer).matches(xdoc, record, words);
}

}  // namespace liaison::search
