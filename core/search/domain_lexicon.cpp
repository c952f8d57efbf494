#include "core/search/domain_lexicon.h"

#include <algorithm>
#include <sstream>

#include "core/analysis/analyzer.h"
#include "core/lang/detect.h"

namespace liaison {
namespace {

/// Longest entry looked for, in words: domain phrases are short names.
constexpr std::size_t kMaxEntryWords = 8;

PhraseMatcher::Options query_phrases() {
  return PhraseMatcher::Options{.concepts = true, .measures = true, .names = true, .surnames = true};
}

std::string joined(const std::vector<std::string>& words, std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += (i ? " " : "") + words[i];
  return text;
}

/// The languages to analyse the words in: those their alphabets allow, English before
/// Azerbaijani for Latin words; Unknown (detect) when none.
std::vector<Language> candidate_languages(const std::vector<std::string>& words, std::size_t count) {
  std::vector<Language> out;
  for (std::size_t i = 0; i < count; ++i) {
    for (Language language : languages_of_word(words[i])) {
      if (std::find(out.begin(), out.end(), language) == out.end()) out.push_back(language);
    }
  }
  if (out.empty()) out.push_back(Language::Unknown);
  return out;
}

void add_forms(std::vector<query::EntryForm>& out, const PhrasesByLanguage& phrases) {
  for (const auto& [language, list] : phrases) {
    for (const std::string& text : list) {
      query::EntryForm form{.text = text, .language = language};
      if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
    }
  }
}

/// A person's last names ("Pashinyan" of "Nikol Pashinyan"): texts often name them so.
void add_surnames(std::vector<query::EntryForm>& out, const PhrasesByLanguage& names) {
  for (const auto& [language, list] : names) {
    for (const std::string& name : list) {
      const std::size_t space = name.find_last_of(' ');
      if (space == std::string::npos || space + 1 >= name.size()) continue;
      query::EntryForm form{.text = name.substr(space + 1), .language = language};
      if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
    }
  }
}

/// The search words as a domain whose concepts they are (no areas: the tagger never sees it).
Domain search_word_domain(const Domain& domain) {
  Domain out;
  for (const SearchWordEntry& word : domain.search_words) {
    ConceptEntry entry;
    entry.id = word.id;
    entry.terms = word.words;
    out.concepts.push_back(std::move(entry));
  }
  return out;
}

/// The terms of analysed text, space-separated.
std::string terms_of(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) out += (out.empty() ? "" : " ") + token.term;
  return out;
}

}  // namespace

DomainLexicon::DomainLexicon(Domain domain, const Analyzer& analyzer)
    : domain_(std::move(domain)),
      analyzer_(analyzer),
      matcher_(domain_, analyzer, query_phrases()),
      search_words_(search_word_domain(domain_)),
      search_matcher_(search_words_, analyzer, PhraseMatcher::Options{.concepts = true, .measures = false, .names = false, .surnames = false}) {
  for (const ConceptEntry& word : search_words_.concepts) {
    std::vector<std::string> forms;
    const auto english = word.terms.find(Language::English);
    if (english != word.terms.end()) {
      for (const std::string& form : english->second) forms.push_back(terms_of(analyzer_.analyze(form, Language::English)));
    }
    english_forms_.push_back(std::move(forms));
  }
}

std::optional<query::EntryMatch> DomainLexicon::longest_prefix(const std::vector<std::string>& words) const {
  for (std::size_t count = std::min(words.size(), kMaxEntryWords); count > 0; --count) {
    const std::vector<std::string> prefix(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(count));
    if (std::optional<query::EntryMatch> match = entry_of(prefix)) {
      match->words = count;
      return match;
    }
  }
  return std::nullopt;
}

std::optional<query::EntryMatch> DomainLexicon::entry_of(const std::vector<std::string>& words) const {
  const std::string text = joined(words, words.size());
  for (const Language language : candidate_languages(words, words.size())) {
    const std::vector<Token> tokens = analyzer_.analyze(text, language);
    const std::vector<EntryRef>* entries = matcher_.find_exact(tokens);
    const std::vector<EntryRef> search_words = search_words_of(tokens);
    if (!entries && search_words.empty()) continue;
    query::EntryMatch match{.words = words.size(), .entry = "", .forms = {}};
    std::vector<std::string> ids;
    if (entries) {
      match.forms = forms_of(*entries);
      for (const EntryRef& ref : *entries) ids.push_back(id_of(ref));
    }
    for (const EntryRef& ref : search_words) {
      const ConceptEntry& word = search_words_.concepts[ref.index];
      if (std::find(ids.begin(), ids.end(), word.id) == ids.end()) ids.push_back(word.id);
      add_forms(match.forms, word.terms);
    }
    for (const std::string& id : ids) match.entry += (match.entry.empty() ? "" : ",") + id;
    return match;
  }
  return std::nullopt;
}

std::string DomainLexicon::id_of(const EntryRef& ref) const {
  switch (ref.kind) {
    case EntryKind::Concept: return domain_.concepts[ref.index].id;
    case EntryKind::Measure: return domain_.measures[ref.index].id;
    case EntryKind::Name: return domain_.names[ref.index].id;
  }
  return "";
}

std::vector<EntryRef> DomainLexicon::search_words_of(const std::vector<Token>& tokens) const {
  std::vector<EntryRef> out;
  const std::vector<EntryRef>* found = search_matcher_.find_exact(tokens);
  if (!found) return out;
  const std::string typed = terms_of(tokens);
  for (const EntryRef& ref : *found) {
    const std::vector<std::string>& english = english_forms_[ref.index];
    // The English stemmer joins words of other senses (mine, mining): an English word counts
    // only in a form the entry lists.
    if (ref.language == Language::English && std::find(english.begin(), english.end(), typed) == english.end()) continue;
    if (std::find_if(out.begin(), out.end(), [&ref](const EntryRef& r) { return r.index == ref.index; }) == out.end())
      out.push_back(ref);
  }
  return out;
}

std::vector<query::EntryForm> DomainLexicon::forms_of(const std::vector<EntryRef>& entries) const {
  std::vector<query::EntryForm> forms;
  for (const EntryRef& ref : entries) {
    switch (ref.kind) {
      case EntryKind::Concept: add_forms(forms, domain_.concepts[ref.index].terms); break;
      case EntryKind::Measure: add_forms(forms, domain_.measures[ref.index].aliases); break;
      case EntryKind::Name: add_forms(forms, domain_.names[ref.index].names); break;
    }
    if (ref.kind == EntryKind::Name && domain_.names[ref.index].type == "person")
      add_surnames(forms, domain_.names[ref.index].names);
  }
  return forms;
}

bool DomainLexicon::is_entry(const std::string& query) const {
  std::string text = query;
  std::replace(text.begin(), text.end(), '"', ' ');
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  if (words.empty() || words.size() > kMaxEntryWords) return false;
  return entry_of(words).has_value();
}

std::shared_ptr<const DomainLexicon> load_domain_lexicon(const std::filesystem::path& dir, const Analyzer& analyzer) {
  return std::make_shared<const DomainLexicon>(load_domain(dir), analyzer);
}

}  // namespace liaison
