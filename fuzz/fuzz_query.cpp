// The query parser and builder on any bytes: the first byte chooses whether cross-language
// expansion runs (through a small fixed lookup), the rest is the query. parse never throws and
// gives a tree or an error, never both; build_query takes any tree it gives and makes a query
// whose size grows linearly with the text.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/analysis/analyzer.h"
#include "core/query/builder.h"
#include "core/query/parser.h"
#include "fuzz/fixed_lookup.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

namespace {

void check_words(const std::vector<query::QueryTerm>& words) {
  for (const query::QueryTerm& word : words) {
    for (const std::string& term : word.terms) fuzz::require_utf8(term, "query term");
    for (const std::string& fold : word.folds) fuzz::require_utf8(fold, "query fold");
    for (const auto& [language, stem] : word.stems) fuzz::require_utf8(stem, "query stem");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Analyzer analyzer;
  static const fuzz::FixedLookup lookup;
  const std::string_view text = fuzz::as_text(data + 1, size - 1);

  const query::ParseResult parsed = query::parse(text);
  fuzz::require(parsed.error.empty() || !parsed.root, "a refused query has no tree");
  if (parsed.root) (void)query::describe(*parsed.root);

  query::QueryContext options;
  if (data[0] & 1) options.cross_language = &lookup;
  const query::BuiltQuery built = query::build_query(parsed.root.get(), analyzer, options);
  // Xapian runs a query as the tree it expands to: it must grow with the text, not faster
  // (nested brackets once doubled it per level).
  fuzz::require(built.query.get_length() <= 200 * (text.size() + 1), "query size linear in the text");
  (void)built.query.get_description();
  check_words(built.words);
  check_words(built.expansion_words);
  return 0;
}
