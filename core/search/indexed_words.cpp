#include "core/search/indexed_words.h"

#include <algorithm>
#include <utility>

#include "core/index/variant_dictionary.h"

namespace liaison::search {

std::optional<std::vector<std::string>> IndexWords::terms_starting(const std::string& prefix,
                                                                   Xapian::termcount most_frequent) const {
  if (db_.size() <= 1) return std::nullopt;  // Xapian's own expansion is the whole index's
  std::vector<std::pair<Xapian::doccount, std::string>> found;  // the frequencies summed over the databases
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) found.emplace_back(it.get_termfreq(), *it);
  if (most_frequent != 0 && found.size() > most_frequent) {
    std::partial_sort(found.begin(), found.begin() + most_frequent, found.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    found.resize(most_frequent);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  }
  std::vector<std::string> terms;
  for (auto& [frequency, term] : found) terms.push_back(std::move(term));
  return terms;
}

std::vector<std::string> IndexWords::words_of_fold(const std::string& fold) const { return fold_words(db_, fold); }

std::vector<std::string> IndexWords::words_of_folds_starting(const std::string& prefix, Xapian::termcount limit) const {
  return fold_words_starting(db_, prefix, limit);
}

}  // namespace liaison::search
