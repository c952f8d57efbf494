#include "core/search/snippets.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "core/analysis/analyzer.h"
#include "core/text/strings.h"

namespace liaison::search {
namespace {

using query::QueryTerm;

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool starts_with_any(const std::string& value, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&value](const std::string& prefix) { return value.starts_with(prefix); });
}

/// The stemmers only cut and rewrite endings: a word whose first bytes differ from those of
/// every query stem in its language cannot share a stem with them, and is not stemmed.
constexpr std::size_t kStemHeadBytes = 4;

bool may_share_stem(const Token& token, const std::vector<QueryTerm>& words) {
  return std::any_of(words.begin(), words.end(), [&token](const QueryTerm& word) {
    return std::any_of(word.stems.begin(), word.stems.end(), [&token](const auto& entry) {
      if (entry.first != token.language) return false;
      const std::string_view head = std::string_view(entry.second).substr(0, kStemHeadBytes);
      return std::string_view(token.term).starts_with(head);
    });
  });
}

bool matches(const Token& token, const QueryTerm& word) {
  if (word.prefix) return starts_with_any(token.term, word.terms) || starts_with_any(token.fold, word.folds);
  if (contains(word.terms, token.term) || contains(word.folds, token.fold) || contains(word.folds, token.term)) {
    return true;
  }
  return !token.stem.empty() && std::any_of(word.stems.begin(), word.stems.end(), [&token](const auto& entry) {
    return entry.first == token.language && entry.second == token.stem;
  });
}

/// For each token, the index of the first query word it matches, a word of its own before a word
/// of a form of several words (QueryTerm::form_group), or -1. Stems the tokens that may match a
/// query stem (the others keep an empty stem).
std::vector<int> match_tokens(const Analyzer& analyzer, std::vector<Token>& tokens, const std::vector<QueryTerm>& words) {
  std::vector<int> matched(tokens.size(), -1);
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (may_share_stem(tokens[t], words)) tokens[t].stem = analyzer.stem(tokens[t].term, tokens[t].language);
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!matches(tokens[t], words[w])) continue;
      if (matched[t] < 0) matched[t] = static_cast<int>(w);
      if (words[w].form_group == 0) {
        matched[t] = static_cast<int>(w);
        break;
      }
    }
  }
  return matched;
}

/// Unmarks the tokens matching words of a form of several words (QueryTerm::form_group) unless
/// every word of that form stands near them, as the form's words stand together: "hərbi
/// əməliyyatlar" (military operations) is no match of "mina əməliyyatları" (mine action) because
/// "minalar" comes some words later.
void drop_scattered_forms(std::vector<int>& matched, const std::vector<QueryTerm>& words) {
  const auto group_of = [&](int w) { return w < 0 ? std::size_t{0} : words[static_cast<std::size_t>(w)].form_group; };
  std::vector<int> kept = matched;
  for (std::size_t t = 0; t < matched.size(); ++t) {
    const std::size_t group = group_of(matched[t]);
    if (group == 0) continue;
    std::vector<int> members;
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (words[w].form_group == group && !words[w].stop) members.push_back(static_cast<int>(w));
    }
    // The form's words, stop words between them included, fit in twice as many tokens.
    const std::size_t reach = 2 * members.size();
    const std::size_t from = t > reach ? t - reach : 0, to = std::min(matched.size(), t + reach + 1);
    const bool together = std::all_of(members.begin(), members.end(), [&](int w) {
      return std::find(matched.begin() + static_cast<std::ptrdiff_t>(from), matched.begin() + static_cast<std::ptrdiff_t>(to), w) !=
             matched.begin() + static_cast<std::ptrdiff_t>(to);
    });
    if (!together) kept[t] = -1;
  }
  matched = std::move(kept);
}

/// First token of the window of `width` tokens with the most distinct query words, then the
/// most matches (the earliest such window); slides once over the tokens.
std::size_t best_window_start(const std::vector<int>& matched, std::size_t width, std::size_t& best_score) {
  const int words = matched.empty() ? 0 : *std::max_element(matched.begin(), matched.end()) + 1;
  std::vector<std::size_t> in_window(static_cast<std::size_t>(std::max(words, 0)), 0);
  std::size_t distinct = 0, hits = 0;
  const auto enter = [&](int word) {
    if (word < 0) return;
    ++hits;
    if (in_window[static_cast<std::size_t>(word)]++ == 0) ++distinct;
  };
  const auto leave = [&](int word) {
    if (word < 0) return;
    --hits;
    if (--in_window[static_cast<std::size_t>(word)] == 0) --distinct;
  };
  for (std::size_t t = 0; t < width; ++t) enter(matched[t]);
  std::size_t best = 0;
  best_score = distinct * 10000 + hits;
  for (std::size_t begin = 1; begin + width <= matched.size(); ++begin) {
    leave(matched[begin - 1]);
    enter(matched[begin + width - 1]);
    if (const std::size_t score = distinct * 10000 + hits; score > best_score) {
      best = begin;
      best_score = score;
    }
  }
  return best;
}

/// First token of the best window, moved so that its matches sit in the middle.
std::size_t best_window(const std::vector<int>& matched, std::size_t width) {
  const std::size_t count = matched.size();
  std::size_t best_score = 0;
  const std::size_t best = best_window_start(matched, width, best_score);
  if (best_score == 0) return 0;
  std::size_t first = best + width, last = best;
  for (std::size_t t = best; t < best + width; ++t) {
    if (matched[t] < 0) continue;
    first = std::min(first, t);
    last = t;
  }
  const std::size_t slack = width - (last - first + 1);
  const std::size_t centred = first > slack / 2 ? first - slack / 2 : 0;
  return std::min(centred, count - width);
}

void append_escaped(std::string& out, std::string_view text) { append_markup_escaped(out, text, Markup::Html); }

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  append_escaped(out, text);
  return out;
}

std::string snippet_text(std::string_view snippet, const SnippetMarks& marks) {
  const std::pair<std::string_view, std::string_view> replacements[] = {
      {"<mark>", marks.open}, {"</mark>", marks.close}, {"&lt;", "<"},   {"&gt;", ">"},
      {"&quot;", "\""},       {"&#39;", "'"},           {"&#x27;", "'"}, {"&amp;", "&"}};
  std::string text;
  for (std::size_t at = 0; at < snippet.size();) {
    const auto* found = std::find_if(std::begin(replacements), std::end(replacements),
                                     [&](const auto& r) { return snippet.substr(at).starts_with(r.first); });
    if (found == std::end(replacements)) {
      text += snippet[at++];
      continue;
    }
    text += found->second;
    at += found->first.size();
  }
  return text;
}

std::size_t matched_words(const Analyzer& analyzer, std::string_view text, Language language,
                          const std::vector<QueryTerm>& words) {
  std::vector<Token> tokens = analyzer.analyze(text, language, AnalyzeOptions{.stems = false});
  std::vector<int> matched = match_tokens(analyzer, tokens, words);
  drop_scattered_forms(matched, words);
  std::vector<bool> seen(words.size(), false);
  for (const int word : matched)
    if (word >= 0) seen[static_cast<std::size_t>(word)] = true;
  return static_cast<std::size_t>(std::count(seen.begin(), seen.end(), true));
}

std::string make_snippet(const Analyzer& analyzer, std::string_view text, Language language,
                         const std::vector<QueryTerm>& words, const SnippetOptions& options) {
  std::vector<Token> tokens = analyzer.analyze(text, language, AnalyzeOptions{.stems = false});
  if (tokens.empty()) return escape_html(text);
  std::vector<int> matched = match_tokens(analyzer, tokens, words);
  drop_scattered_forms(matched, words);
  const std::size_t width = std::max<std::size_t>(1, std::min(options.window_words, tokens.size()));
  const std::size_t first = best_window(matched, width);
  const std::size_t end = first + width;  // one past the last token shown
  const std::size_t begin_byte = first == 0 ? 0 : tokens[first].byte_begin;
  const std::size_t end_byte = end == tokens.size() ? text.size() : tokens[end - 1].byte_end;

  std::string out = first == 0 ? "" : "…";
  std::size_t at = begin_byte;
  for (std::size_t t = first; t < end; ++t) {
    if (matched[t] < 0) continue;
    append_escaped(out, text.substr(at, tokens[t].byte_begin - at));
    out += "<mark>";
    append_escaped(out, text.substr(tokens[t].byte_begin, tokens[t].byte_end - tokens[t].byte_begin));
    out += "</mark>";
    at = tokens[t].byte_end;
  }
  append_escaped(out, text.substr(at, end_byte - at));
  if (end < tokens.size()) out += "…";
  return out;
}

}  // namespace liaison::search
