#include "core/search/spelling.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/index/variant_dictionary.h"
#include "core/lang/detect.h"
#include "core/lang/profile.h"
#include "core/query/codepoints.h"

namespace liaison::search {
namespace {

using query::QueryTerm;

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    const query::CodePoint cp = query::decode_at(text, at);
    out.push_back(cp.value);
    at += cp.length;
  }
  return out;
}

std::string first_code_points(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < count && at < text.size(); ++i) at += query::decode_at(text, at).length;
  return std::string(text.substr(0, at));
}

bool is_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// True when the index holds the word in any of the forms the query looks for.
bool known(const Xapian::Database& db, const QueryTerm& word) {
  const auto exists = [&db](std::string_view prefix, const std::string& value) {
    return db.term_exists(schema::term(prefix, value));
  };
  for (const std::string& term : word.terms) {
    if (exists("", term) || exists(schema::kTitlePrefix, term)) return true;
  }
  for (const std::string& fold : word.folds) {
    if (exists("", fold) || has_fold_words(db, fold)) return true;
  }
  return std::any_of(word.stems.begin(), word.stems.end(),
                     [&exists](const auto& entry) { return exists(schema::kStemPrefix, entry.second); });
}

struct Candidate {
  std::string term;
  std::size_t distance = 0;
  Xapian::doccount frequency = 0;

  bool better_than(const Candidate& other) const {
    if (distance != other.distance) return distance < other.distance;
    return frequency > other.frequency;
  }
};

/// True when some passage in one of `languages` holds `term`: a suggestion is a word of the
/// query's language, never a look-alike in another one ("sərhəd" is not "served").
bool in_languages(const Xapian::Database& db, const std::string& term, const std::vector<Language>& languages) {
  std::vector<std::string> codes;
  for (const Language language : languages) codes.push_back(schema::term(schema::kLangPrefix, to_code(language)));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                                  Xapian::Query(Xapian::Query::OP_OR, codes.begin(), codes.end())));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return !enquire.get_mset(0, 1).empty();
}

/// The best index term under `prefix` within the allowed distance of `target` (a folded form)
/// that passages in `languages` hold.
std::optional<Candidate> scan(const Xapian::Database& db, const Analyzer& analyzer, const std::string& prefix,
                              const std::string& target, const std::vector<Language>& languages,
                              const SpellingOptions& options) {
  const std::size_t target_length = query::count_code_points(target);
  std::optional<Candidate> best;
  std::size_t scanned = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && scanned < options.max_scan;
       ++it, ++scanned) {
    const std::string term = *it;
    const std::size_t length = query::count_code_points(term);
    const std::size_t gap = length > target_length ? length - target_length : target_length - length;
    if (gap > options.max_distance) continue;
    const std::string folded = analyzer.fold(term);
    if (folded == target) continue;  // the same word: it would have matched
    const std::size_t distance = edit_distance(folded, target, options.max_distance);
    if (distance > options.max_distance) continue;
    const Candidate candidate{term, distance, it.get_termfreq()};
    if (best && !candidate.better_than(*best)) continue;
    if (in_languages(db, term, languages)) best = candidate;
  }
  return best;
}

std::optional<std::string> correction(const Xapian::Database& db, const Analyzer& analyzer, const QueryTerm& word,
                                      const std::vector<Language>& languages, const SpellingOptions& options) {
  if (word.prefix || word.domain_word || word.terms.empty() || word.folds.empty()) return std::nullopt;
  const std::string& target = word.folds.front();
  if (query::count_code_points(target) < options.min_letters || is_digits(target)) return std::nullopt;
  if (known(db, word)) return std::nullopt;
  for (const std::size_t letters : {2, 1}) {
    // Index terms are case-folded, so the folded word's first letters are also theirs, unless
    // the first letter itself carries a diacritic: then look under the exact form's letters.
    for (const std::string& source : {word.terms.front(), target}) {
      const std::string prefix = first_code_points(source, letters);
      if (const auto best = scan(db, analyzer, prefix, target, languages, options)) return best->term;
      if (first_code_points(word.terms.front(), letters) == first_code_points(target, letters)) break;
    }
  }
  return std::nullopt;
}

/// `corrected` (an index term, lower case) in the case the user typed `typed` in: all capitals,
/// a capital first, or as it is.
std::string in_typed_case(std::string_view typed, const std::string& corrected, const std::vector<Language>& languages) {
  const icu::UnicodeString typed_text = icu::UnicodeString::fromUTF8(icu::StringPiece(typed.data(), static_cast<int32_t>(typed.size())));
  if (typed_text.isEmpty() || !u_isupper(typed_text.char32At(0))) return corrected;
  // Turkic casing (i → İ) only when the query is in such a language alone.
  const char* locale = languages.size() == 1 && profile_of(languages.front()).dotless_i ? "az" : "";
  icu::UnicodeString out = icu::UnicodeString::fromUTF8(corrected);
  bool all_capitals = typed_text.countChar32() > 1;
  for (int32_t i = 0; i < typed_text.length(); i = typed_text.moveIndex32(i, 1)) {
    const UChar32 c = typed_text.char32At(i);
    if (u_isalpha(c) && !u_isupper(c)) all_capitals = false;
  }
  if (all_capitals) {
    out.toUpper(icu::Locale(locale));
  } else {
    icu::UnicodeString first = out.tempSubString(0, out.moveIndex32(0, 1));
    first.toUpper(icu::Locale(locale));
    out.replace(0, out.moveIndex32(0, 1), first);
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::vector<Language> query_languages(const std::vector<QueryTerm>& words) {
  std::vector<Language> shared, any;
  bool first = true;
  for (const QueryTerm& word : words) {
    const std::vector<Language> own = languages_of_word(word.text);
    if (own.empty()) continue;
    for (const Language language : own) {
      if (std::find(any.begin(), any.end(), language) == any.end()) any.push_back(language);
    }
    if (first) shared = own;
    else std::erase_if(shared, [&own](Language l) { return std::find(own.begin(), own.end(), l) == own.end(); });
    first = false;
  }
  return shared.empty() ? any : shared;
}

std::size_t edit_distance(std::string_view a_text, std::string_view b_text, std::size_t limit) {
  const std::u32string a = code_points(a_text), b = code_points(b_text);
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the optimal-string-alignment table.
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_minimum = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_minimum = std::min(row_minimum, current[j]);
    }
    if (row_minimum > limit) return limit + 1;
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], limit + 1);
}

std::optional<std::string> suggest_query(const Xapian::Database& db, const Analyzer& analyzer,
                                         std::string_view query_text, const std::vector<QueryTerm>& words,
                                         const SpellingOptions& options) {
  std::string suggestion(query_text);
  std::size_t search_from = 0;
  bool changed = false;
  const std::vector<Language> languages = query_languages(words);
  for (const QueryTerm& word : words) {
    const std::size_t at = suggestion.find(word.text, search_from);
    if (at == std::string::npos) continue;
    search_from = at + word.text.size();
    const auto corrected = correction(db, analyzer, word, languages, options);
    if (!corrected) continue;
    const std::string written = in_typed_case(word.text, *corrected, languages);
    suggestion.replace(at, word.text.size(), written);
    search_from = at + written.size();
    changed = true;
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

}  // namespace liaison::search
