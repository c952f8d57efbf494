#include "core/analysis/analyzer.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

#include "core/analysis/analysis_memo.h"
#include "core/analysis/filter.h"
#include "core/analysis/fold.h"
#include "core/analysis/name_key.h"
#include "core/analysis/normalizer.h"
#include "core/analysis/segmenter.h"
#include "core/analysis/stemmer.h"
#include "core/analysis/stop_words.h"
#include "core/lang/detect.h"
#include "core/lang/profile.h"
#include "core/lang/script.h"
#include "core/text/strings.h"

namespace liaison {

struct Analyzer::Stages {
  Normalizer normalizer;
  FilterChain filters;
};

namespace {

/// The language a word is analysed in: a word holding letters only one language of its script
/// has (DetectionCues::own_letters: ə ı İ, Cyrillic ә) is in that language; another word takes
/// the passage language when the passage's language is written in the word's script, else the
/// script's default language (language_of_script: Armenian hy, Cyrillic ru, Latin en).
Language word_language(const UChar* units, std::int32_t length, Language passage) {
  LetterCounts counts;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U16_NEXT(units, i, length, c);
    counts.add(c);
  }
  if (const Language owner = counts.own_letters_language(); owner != Language::Unknown) return owner;
  const Script script = counts.dominant_script();
  if (script != Script::Other && profile_of(passage).script == script) return passage;
  return language_of_script(script);
}

bool is_ascii(const UChar* units, std::int32_t length) {
  return std::all_of(units, units + length, [](UChar c) { return c < 0x80; });
}

/// ASCII words skip ICU: lowercase is their whole normal form. Azerbaijani I (→ ı) is not ASCII.
bool has_ascii_normal_form(const UChar* units, std::int32_t length, Language language) {
  if (!is_ascii(units, length)) return false;
  return !profile_of(language).dotless_i || std::find(units, units + length, u'I') == units + length;
}

void lowercase_ascii(const UChar* units, std::int32_t length, std::string& out) {
  out.clear();
  for (std::int32_t i = 0; i < length; ++i) {
    char c = lower_ascii(static_cast<char>(units[i]));
    if (c == '`') c = '\'';  // as ApostropheFilter does
    out.push_back(c);
  }
}

/// Normalised term of a word given as UTF-16 code units.
std::string normalize_units(const Normalizer& normalizer, const FilterChain& filters, const UChar* units,
                            std::int32_t length, Language language) {
  std::string term;
  if (has_ascii_normal_form(units, length, language)) {
    lowercase_ascii(units, length, term);
    return term;
  }
  thread_local icu::UnicodeString word;
  word.setTo(units, length);
  normalizer.normalize(word, language);
  filters.apply(word, language);
  word.toUTF8String(term);
  return term;
}

icu::UnicodeString decode_word(std::string_view utf8) {
  icu::UnicodeString word;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX));
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    word.append(c < 0 ? 0xFFFD : c);
  }
  return word;
}

}  // namespace

Analyzer::Analyzer() : stages_(std::make_unique<const Stages>()) {}
Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::analyze(std::string_view text, Language language) const {
  return analyze(text, language, AnalyzeOptions{});
}

std::vector<Token> Analyzer::analyze(std::string_view text, Language language, const AnalyzeOptions& options) const {
  AnalysisMemo* const memo = AnalysisMemo::active();
  if (memo == nullptr) return analyze_text(text, language, options);
  if (const std::vector<Token>* known = memo->find(text, language, options.stems)) return *known;
  std::vector<Token> tokens = analyze_text(text, language, options);
  memo->remember(text, language, options.stems, tokens);
  return tokens;
}

std::vector<Token> Analyzer::analyze_text(std::string_view text, Language language, const AnalyzeOptions& options) const {
  const Language passage = language == Language::Unknown ? detect_language(text) : language;
  thread_local SegmentedText segmented;
  segment_words(text, segmented);
  const UChar* units = segmented.utf16.getBuffer();
  std::vector<Token> tokens;
  tokens.reserve(segmented.segments.size());
  for (const Segment& segment : segmented.segments) {
    const UChar* word = units + segment.unit_begin;
    const std::int32_t length = segment.unit_end - segment.unit_begin;
    const Language word_lang =
        segment.kind == SegmentKind::Number ? Language::Unknown : word_language(word, length, passage);
    Token token;
    token.term = normalize_units(stages_->normalizer, stages_->filters, word, length, word_lang);
    if (token.term.empty()) continue;  // a word of marks only (՞ alone)
    token.text.assign(text.substr(segment.byte_begin, segment.byte_end - segment.byte_begin));
    token.fold = fold_term(token.term);
    if (options.stems) {
      // A capitalised word may be a name: its stem keeps what only looks like an ending (Алиев).
      token.stem = looks_like_name(token.text) ? stem_name_term(token.term, word_lang) : stem_term(token.term, word_lang);
    }
    token.language = word_lang;
    token.byte_begin = segment.byte_begin;
    token.byte_end = segment.byte_end;
    token.position = static_cast<std::uint32_t>(tokens.size());
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string Analyzer::normalize_word(std::string_view word, Language language) const {
  const icu::UnicodeString units = decode_word(word);
  const Language word_lang =
      language == Language::Unknown ? word_language(units.getBuffer(), units.length(), language) : language;
  return normalize_units(stages_->normalizer, stages_->filters, units.getBuffer(), units.length(), word_lang);
}

std::string Analyzer::fold(std::string_view term) const {
  return fold_term(term);
}

std::string Analyzer::stem(std::string_view term, Language language) const {
  return stem_term(term, language);
}

std::string Analyzer::name_stem(std::string_view term, Language language) const {
  return stem_name_term(term, language);
}

bool Analyzer::is_stop_word(std::string_view term, Language language) const {
  return liaison::is_stop_word(term, language);
}

}  // namespace liaison
