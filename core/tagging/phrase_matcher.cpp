#include "core/tagging/phrase_matcher.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/analysis/analyzer.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::uint64_t edge_key(std::uint32_t node, std::uint32_t key) {
  return (static_cast<std::uint64_t>(node) << 32) | key;
}

/// The leftmost smallest run of `hits` (token, word), sorted by token, that has each of `words`
/// words, lies in one sentence and spans at most `max_span` tokens: its first and last token.
std::optional<std::pair<std::size_t, std::size_t>> smallest_span(const std::vector<std::pair<std::size_t, std::size_t>>& hits,
                                                                 std::size_t words,
                                                                 const std::vector<std::uint32_t>& sentence,
                                                                 std::size_t max_span) {
  std::vector<std::size_t> count(words, 0);
  std::size_t covered = 0, left = 0;
  for (std::size_t right = 0; right < hits.size(); ++right) {
    if (count[hits[right].second]++ == 0) ++covered;
    while (covered == words && count[hits[left].second] > 1) --count[hits[left++].second];
    if (covered < words) continue;
    const std::size_t first = hits[left].first, last = hits[right].first;
    if (last - first + 1 <= max_span && sentence[first] == sentence[last]) return std::pair{first, last};
  }
  return std::nullopt;
}

bool has_entry(const std::vector<PhraseMatch>& matches, const EntryRef& ref) {
  return std::any_of(matches.begin(), matches.end(), [&ref](const PhraseMatch& match) {
    return std::any_of(match.entries->begin(), match.entries->end(),
                       [&ref](const EntryRef& e) { return e.kind == ref.kind && e.index == ref.index; });
  });
}

}  // namespace

std::vector<std::uint32_t> sentence_numbers(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::uint32_t> out(tokens.size(), 0);
  for (std::size_t j = 1; j < tokens.size(); ++j) {
    const std::size_t begin = std::min(tokens[j - 1].byte_end, text.size());
    const std::string_view gap(text.data() + begin, std::max(begin, std::min(tokens[j].byte_begin, text.size())) - begin);
    const bool stop = gap.find_first_of(".!?;") != std::string_view::npos || gap.find("\u0589") != std::string_view::npos ||
                      gap.find("\u2026") != std::string_view::npos;
    out[j] = out[j - 1] + (stop ? 1 : 0);
  }
  return out;
}


PhraseMatcher::PhraseMatcher(const Domain& domain, const Analyzer& analyzer, const Options& options)
    : domain_(domain), analyzer_(analyzer), loose_min_words_(options.loose_min_words),
      english_word_forms_(options.english_word_forms), common_stems_of_capitals_(options.common_stems_of_capitals) {
  nodes_.push_back(Node{});
  vocabulary_.reserve(4096);
  if (options.concepts) {
    for (std::size_t i = 0; i < domain.concepts.size(); ++i)
      add_entry(EntryKind::Concept, static_cast<std::uint32_t>(i), domain.concepts[i].terms);
  }
  if (options.measures) {
    for (std::size_t i = 0; i < domain.measures.size(); ++i) {
      add_entry(EntryKind::Measure, static_cast<std::uint32_t>(i), domain.measures[i].aliases);
      add_entry(EntryKind::Measure, static_cast<std::uint32_t>(i), domain.measures[i].broad_aliases, true);
    }
  }
  if (options.names) add_names(domain, options.surnames);
  group_english_forms();
}

void PhraseMatcher::add_names(const Domain& domain, bool surnames) {
  for (std::size_t i = 0; i < domain.names.size(); ++i) {
    const NameEntry& name = domain.names[i];
    add_entry(EntryKind::Name, static_cast<std::uint32_t>(i), name.names);
    if (!surnames || name.type != "person") continue;
    for (const auto& [language, phrases] : name.names) {
      for (const std::string& phrase : phrases) {
        std::vector<Token> tokens = analyzer_.analyze(phrase, language);
        if (tokens.size() < 2) continue;
        const EntryRef ref{EntryKind::Name, static_cast<std::uint32_t>(i), language, 1};
        add_phrase({tokens.back()}, ref);
      }
    }
  }
}

void PhraseMatcher::add_entry(EntryKind kind, std::uint32_t index, const PhrasesByLanguage& phrases, bool broad) {
  for (const auto& [language, list] : phrases) {
    for (const std::string& phrase : list) {
      const std::vector<Token> tokens = analyzer_.analyze(phrase, language);
      add_phrase(tokens, EntryRef{kind, index, language, 0, broad});
    }
  }
}

std::string PhraseMatcher::key_of(const Token& token) const {
  if (analyzer_.is_stop_word(token.term, token.language)) return "";
  const std::string& base = token.stem.empty() ? token.term : token.stem;
  // A word without diacritics has a stem without them: no need to fold it again.
  return token.fold == token.term ? base : analyzer_.fold(base);
}

std::uint32_t PhraseMatcher::intern(const std::string& key) {
  const auto [it, added] = vocabulary_.emplace(key, static_cast<std::uint32_t>(vocabulary_.size() + 1));
  return it->second;
}

void PhraseMatcher::add_phrase(const std::vector<Token>& tokens, const EntryRef& ref) {
  std::vector<std::uint32_t> keys;
  for (const Token& token : tokens) {
    const std::string key = key_of(token);
    if (!key.empty()) keys.push_back(intern(key));
  }
  if (keys.empty()) return;  // only stop words: nothing a passage could be matched on
  add_loose(keys, ref);
  std::uint32_t node = 0;
  for (const std::uint32_t key : keys) {
    const auto [it, added] = edges_.emplace(edge_key(node, key), static_cast<std::uint32_t>(nodes_.size()));
    if (added) nodes_.push_back(Node{});
    node = it->second;
  }
  if (nodes_[node].entries == 0) {
    entry_lists_.emplace_back();
    nodes_[node].entries = static_cast<std::uint32_t>(entry_lists_.size());
  }
  std::vector<EntryRef>& entries = entry_lists_[nodes_[node].entries - 1];
  const bool known = std::any_of(entries.begin(), entries.end(), [&ref](const EntryRef& e) {
    return e.kind == ref.kind && e.index == ref.index;
  });
  EntryRef stored = ref;
  stored.phrase_tokens = ref.phrase_tokens ? ref.phrase_tokens : static_cast<std::uint32_t>(keys.size());
  if (!known) entries.push_back(stored);
  if (english_word_forms_ && keys.size() == 1 && ref.language == Language::English && ref.kind != EntryKind::Name) {
    const bool exact = ref.kind == EntryKind::Concept && domain_.concepts[ref.index].exact_forms;
    for (const Token& token : tokens) {
      if (!analyzer_.is_stop_word(token.term, token.language))
        english_listed_[node].emplace_back(exact ? exact_form_key(token.term) : english_form_key(token.term), stored);
    }
  }
  ++phrases_;
}

void PhraseMatcher::group_english_forms() {
  for (auto& [node, listed] : english_listed_) {
    std::map<std::string, std::vector<EntryRef>> by_form;
    for (const auto& item : listed) {
      const EntryRef& ref = item.second;  // a named reference: clang 14 cannot capture a structured binding
      std::vector<EntryRef>& list = by_form[item.first];
      const bool known = std::any_of(list.begin(), list.end(), [&ref](const EntryRef& e) {
        return e.kind == ref.kind && e.index == ref.index;
      });
      if (!known) list.push_back(ref);
    }
    // A word listed as written also stands for what its inflection stands for ("detainees": the
    // captives concept, listed as written, and a measure alias of the same word).
    for (auto& [form, list] : by_form) {
      if (!form.starts_with('=')) continue;
      const auto inflected = by_form.find(english_form_key(form.substr(1)));
      if (inflected == by_form.end()) continue;
      for (const EntryRef& ref : inflected->second) {
        if (std::none_of(list.begin(), list.end(), [&ref](const EntryRef& e) { return e.kind == ref.kind && e.index == ref.index; }))
          list.push_back(ref);
      }
    }
    const std::vector<EntryRef>& all = entry_lists_[nodes_[node].entries - 1];
    for (auto& [form, list] : by_form) {
      for (const EntryRef& ref : all) {
        if (ref.language != Language::English) list.push_back(ref);
      }
      entry_lists_.push_back(std::move(list));
      english_forms_[node].emplace_back(form, static_cast<std::uint32_t>(entry_lists_.size()));
    }
  }
  english_listed_.clear();
}

void PhraseMatcher::add_loose(std::vector<std::uint32_t> keys, const EntryRef& ref) {
  if (loose_min_words_ == 0 || ref.kind != EntryKind::Measure || ref.broad) return;
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  if (keys.size() < loose_min_words_) return;
  EntryRef stored = ref;
  stored.phrase_tokens = static_cast<std::uint32_t>(keys.size());
  loose_entries_.push_back({stored});
  loose_.push_back(LoosePhrase{std::move(keys), static_cast<std::uint32_t>(loose_entries_.size() - 1)});
}

void PhraseMatcher::find_loose(const std::string& text, const std::vector<Token>& tokens,
                               const std::vector<PhraseMatch>& exact, std::vector<PhraseMatch>& out) const {
  if (loose_.empty()) return;
  find_loose(text, tokens, keys_of(tokens), exact, out);
}

void PhraseMatcher::find_loose(const std::string& text, const std::vector<Token>& tokens,
                               const std::vector<TokenKeys>& keys, const std::vector<PhraseMatch>& exact,
                               std::vector<PhraseMatch>& out) const {
  if (loose_.empty()) return;
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> where;  // key id → its tokens
  for (std::size_t j = 0; j < keys.size(); ++j) {
    for (std::uint8_t k = 0; k < keys[j].count; ++k) where[keys[j].ids[k]].push_back(j);
  }
  const std::vector<std::uint32_t> sentence = sentence_numbers(text, tokens);
  std::vector<std::uint32_t> done;  // measures already matched loosely, by another alias
  for (const LoosePhrase& phrase : loose_) {
    const std::vector<EntryRef>& entries = loose_entries_[phrase.entries];
    std::vector<std::pair<std::size_t, std::size_t>> hits;  // (token, word of the phrase)
    for (std::size_t w = 0; w < phrase.keys.size(); ++w) {
      const auto it = where.find(phrase.keys[w]);
      if (it == where.end()) {
        hits.clear();
        break;
      }
      for (const std::size_t token : it->second) hits.emplace_back(token, w);
    }
    const std::uint32_t measure = entries.front().index;
    if (hits.empty() || has_entry(exact, entries.front()) ||
        std::find(done.begin(), done.end(), measure) != done.end())
      continue;
    std::sort(hits.begin(), hits.end());
    const auto span = smallest_span(hits, phrase.keys.size(), sentence, kLooseSpanPerWord * phrase.keys.size());
    if (!span) continue;
    out.push_back(PhraseMatch{span->first, span->second, &entries, true});
    done.push_back(measure);
  }
}

std::uint32_t PhraseMatcher::lookup(std::string_view key) const {
  const auto it = vocabulary_.find(key);
  return it == vocabulary_.end() ? 0 : it->second;
}

void PhraseMatcher::TokenKeys::add(std::uint32_t id) {
  if (id == 0 || count == kMax || std::find(ids, ids + count, id) != ids + count) return;
  ids[count++] = id;
}

PhraseMatcher::TokenKeys PhraseMatcher::token_keys(const Token& token) const {
  TokenKeys keys;
  if (analyzer_.is_stop_word(token.term, token.language)) {
    keys.stop = true;
    return keys;
  }
  const std::string& base = token.stem.empty() ? token.term : token.stem;
  const std::string folded = token.fold == token.term ? std::string() : analyzer_.fold(base);
  const std::string_view key = folded.empty() ? std::string_view(base) : std::string_view(folded);
  keys.add(lookup(key));
  // Both its own key and the shorter listed stems: "Карабахе" stems to карабах, a key that
  // "армяне Карабаха" lists, while the name "Карабах" is listed as караб.
  add_stem_prefixes(key, token.language, keys);
  if (common_stems_of_capitals_ && !token.stem.empty() && token.text != token.term) {
    const std::string common = analyzer_.stem(token.term, token.language);
    if (common != token.stem) {
      const std::string common_key = token.fold == token.term ? common : analyzer_.fold(common);
      keys.add(lookup(common_key));
      add_stem_prefixes(common_key, token.language, keys);
    }
  }
  return keys;
}

void PhraseMatcher::add_stem_prefixes(std::string_view key, Language language, TokenKeys& keys) const {
  // The Armenian and Russian stemmers leave some endings on: ականազերծում → ականազերծ but
  // ականազերծման → ականազերծմ; Пашинян → пашиня but Пашиняном → пашинян. A listed stem that the
  // word's stem extends by a few letters counts as the same word; how many letters, and how
  // long the listed stem must be, the language's profile says (StemExtension).
  const StemExtension& extension = profile_of(language).stem_extension;
  const std::size_t max_extra_letters = extension.tagging_max_extra_letters;
  if (max_extra_letters == 0) return;
  std::size_t letters = 0;
  for (const char c : key) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  std::size_t end = key.size();
  for (std::size_t removed = 1; removed <= max_extra_letters && letters >= extension.tagging_min_letters + removed;
       ++removed) {
    do --end;
    while (end > 0 && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80);
    keys.add(lookup(key.substr(0, end)));
  }
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, std::uint32_t key) const {
  const auto it = edges_.find(edge_key(node, key));
  return it == edges_.end() ? 0 : it->second;
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, const TokenKeys& keys) const {
  for (std::uint8_t k = 0; k < keys.count; ++k) {
    if (const std::uint32_t next = child(node, keys.ids[k])) return next;
  }
  return 0;
}

std::size_t PhraseMatcher::longest_from(const std::vector<TokenKeys>& keys, std::size_t start,
                                        std::uint32_t& node_out) const {
  std::size_t last = kNone;
  std::uint32_t node = 0;
  for (std::size_t j = start; j < keys.size(); ++j) {
    if (keys[j].stop) continue;  // "Know the Neighbors" = "know neighbors"
    node = child(node, keys[j]);
    if (node == 0) break;
    if (nodes_[node].entries != 0) {
      last = j;
      node_out = node;
    }
  }
  return last;
}

std::string PhraseMatcher::english_inflection_key(std::string_view word) {
  std::string key(word);
  const auto ends = [&key](std::string_view end) { return key.size() > end.size() + 2 && key.ends_with(end); };
  const auto drop = [&key](std::size_t n) { key.resize(key.size() - n); };
  if (key.ends_with("'s") || key.ends_with("\u2019s")) drop(key.ends_with("'s") ? 2 : 4);
  if (ends("ies")) key.replace(key.size() - 3, 3, "y");
  else if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) drop(2);
  else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) drop(1);
  if (ends("ing")) drop(3);
  else if (ends("ed")) drop(2);
  if (ends("e")) drop(1);
  if (key.size() > 3 && key.back() == key[key.size() - 2] && key.back() != 's') drop(1);  // initialling
  return key;
}

std::string PhraseMatcher::english_form_key(std::string_view word) {
  std::string_view bare = word;
  if (bare.ends_with("s") && !bare.ends_with("ss")) bare.remove_suffix(1);
  const bool verbal = bare.size() > 5 && (bare.ends_with("ing") || bare.ends_with("ed"));
  return english_inflection_key(word) + (verbal ? "|v" : "");
}

std::string PhraseMatcher::exact_form_key(std::string_view word) { return "=" + std::string(word); }

const std::vector<EntryRef>* PhraseMatcher::word_form_entries(const Token& token, std::uint32_t node) const {
  const std::vector<EntryRef>* all = &entry_lists_[nodes_[node].entries - 1];
  if (!english_word_forms_ || token.language != Language::English) return all;
  const auto it = english_forms_.find(node);
  if (it == english_forms_.end()) {
    // A word listed in another language only (az «Erasmus+», stem «eras»): an English word stands
    // for it as written, not through a stem the two share by chance ("erase").
    const bool listed_in_english = std::any_of(all->begin(), all->end(), [](const EntryRef& ref) {
      return ref.language == Language::English;
    });
    return listed_in_english || token.stem == token.term ? all : nullptr;
  }
  const std::string exact = exact_form_key(token.term);
  for (const auto& [form, list] : it->second) {
    if (form == exact) return &entry_lists_[list - 1];
  }
  const std::string key = english_form_key(token.term);
  for (const auto& [form, list] : it->second) {
    if (form == key) return &entry_lists_[list - 1];
  }
  return nullptr;
}

std::vector<PhraseMatcher::TokenKeys> PhraseMatcher::keys_of(const std::vector<Token>& tokens) const {
  std::vector<TokenKeys> keys;
  keys.reserve(tokens.size());
  for (const Token& token : tokens) keys.push_back(token_keys(token));
  return keys;
}

void PhraseMatcher::find_all(const std::vector<Token>& tokens, std::vector<PhraseMatch>& out) const {
  find_all(tokens, keys_of(tokens), out);
}

void PhraseMatcher::find_all(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                             std::vector<PhraseMatch>& out) const {
  out.clear();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].count == 0) continue;
    std::uint32_t node = 0;
    const std::size_t last = longest_from(keys, i, node);
    if (last == kNone) continue;
    const std::vector<EntryRef>* entries =
        last == i ? word_form_entries(tokens[i], node) : &entry_lists_[nodes_[node].entries - 1];
    if (entries == nullptr) continue;
    out.push_back(PhraseMatch{i, last, entries});
    i = last;
  }
}

const std::vector<EntryRef>* PhraseMatcher::find_exact(const std::vector<Token>& tokens) const {
  std::uint32_t node = 0;
  bool any = false;
  for (const Token& token : tokens) {
    const TokenKeys keys = token_keys(token);
    if (keys.stop) continue;
    node = child(node, keys);
    if (node == 0) return nullptr;
    any = true;
  }
  if (!any || nodes_[node].entries == 0) return nullptr;
  return &entry_lists_[nodes_[node].entries - 1];
}

}  // namespace liaison
