#pragma once
// Cross-language expansion: a query word, phrase or run of words that is a domain entry also
// matches the entry's forms in the other languages, weighted lower. Internal to the builder.
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/builder.h"
#include "core/query/query_context.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query::detail {

class CrossLanguage {
 public:
  /// Expansions made are recorded in `out` (expansions, expansion_words).
  CrossLanguage(const Analyzer& analyzer, const QueryContext& context, BuiltQuery& out)
      : analyzer_(analyzer), context_(context), out_(out) {}

  /// The domain entry `words` spell as a whole; nullopt when there is none or no lookup.
  std::optional<EntryMatch> whole_entry(const std::vector<std::string>& words) const;

  /// The entry of two or more words that `run` (plain words as typed) starts with; nullopt
  /// when there is none or no lookup.
  std::optional<EntryMatch> entry_of_several_words(const std::vector<std::string>& run) const;

  /// How the words of a form of several words must stand in a passage.
  enum class FormWords { Anywhere, AsPhrase };

  /// `typed_query` (the query of the words `typed`) OR, weighing cross_language_weight ×, the
  /// entry's other forms; each form of several words as all of them (stems included, so
  /// inflected forms count) in one passage, or for a quoted phrase as a phrase of its words
  /// (each word in its forms or in the longer words that start with its stem).
  Xapian::Query with_translations(const Xapian::Query& typed_query, const std::vector<std::string>& typed,
                                  const EntryMatch& entry, FormWords form_words = FormWords::Anywhere);

  /// What with_translations adds to the typed query: the other forms, weighing
  /// cross_language_weight ×; empty when the entry has none. Records the expansion.
  Xapian::Query translations(const std::vector<std::string>& typed, const EntryMatch& entry,
                             FormWords form_words = FormWords::Anywhere);

 private:
  bool is_typed(const std::string& typed, const EntryForm& form) const;
  Xapian::Query form_word(const QueryTerm& term, Language language) const;
  Xapian::Query form_phrase(const std::vector<QueryTerm>& terms) const;

  const Analyzer& analyzer_;
  const QueryContext& context_;
  BuiltQuery& out_;
};

}  // namespace liaison::query::detail
