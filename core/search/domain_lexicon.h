#pragma once
// The domain's thesaurus terms, gazetteer names and measure aliases, compiled for queries:
// cross-language expansion (xlang) and "is this query a domain entry?".
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/query/builder.h"
#include "core/tagging/domain.h"
#include "core/tagging/phrase_matcher.h"

namespace liaison {

class Analyzer;

/// Looks up query words in the domain through the Analyzer (stems and folds), so "Pashinyan",
/// "Пашиняном" and "Paşinyan" all find the gazetteer entry nikol-pashinyan; a person's last name
/// alone counts. The search words (Domain::search_words, which the tagger never reads) are
/// entries here too: "sərhəd" finds "border". An English search word counts only in a form it
/// lists ("mines", not "mining", which stems alike). Immutable after construction: share one
/// between all Searchers and threads.
class DomainLexicon final : public query::EntryLookup {
 public:
  /// `analyzer` must outlive the lexicon.
  DomainLexicon(Domain domain, const Analyzer& analyzer);
  DomainLexicon(const DomainLexicon&) = delete;
  DomainLexicon& operator=(const DomainLexicon&) = delete;

  std::optional<query::EntryMatch> longest_prefix(const std::vector<std::string>& words) const override;

  /// True when the whole query (quotes and spaces aside) is one thesaurus term, gazetteer name
  /// or measure alias, in any of the four languages: the server turns xlang on for it.
  bool is_entry(const std::string& query) const;

  const Domain& domain() const { return domain_; }

 private:
  std::optional<query::EntryMatch> entry_of(const std::vector<std::string>& words) const;
  std::vector<query::EntryForm> forms_of(const std::vector<EntryRef>& entries) const;
  std::string id_of(const EntryRef& ref) const;
  /// The search words `tokens` spell as a whole, English ones only in a listed form.
  std::vector<EntryRef> search_words_of(const std::vector<Token>& tokens) const;

  Domain domain_;  // declared before the matchers, which refer to it
  const Analyzer& analyzer_;
  PhraseMatcher matcher_;
  /// The search words as the concepts of a domain of their own, so that their refs never mix
  /// with the thesaurus's.
  Domain search_words_;
  PhraseMatcher search_matcher_;
  /// Per search word, its English forms as the analyser writes them (space-separated terms).
  std::vector<std::vector<std::string>> english_forms_;
};

/// Loads the domain folder and compiles it. Throws ConfigError as load_domain does.
std::shared_ptr<const DomainLexicon> load_domain_lexicon(const std::filesystem::path& dir, const Analyzer& analyzer);

}  // namespace liaison
