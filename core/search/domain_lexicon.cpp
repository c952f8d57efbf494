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

}  // namespace

DomainLexicon::DomainLexicon(Domain domain, const Analyzer& analyzer)
    : domain_(std::move(domain)), analyzer_(analyzer), matcher_(domain_, analyzer, query_phrases()) {}

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
    const std::vector<EntryRef>* entries = matcher_.find_exact(analyzer_.analyze(text, language));
    if (!entries) continue;
    query::EntryMatch match{.words = words.size(), .entry = "", .forms = forms_of(*entries)};
    for (const EntryRef& ref : *entries) {
      const std::string& id = ref.kind == EntryKind::Concept   ? domain_.concepts[ref.index].id
                              : ref.kind == EntryKind::Measure ? domain_.measures[ref.index].id
                                                               : domain_.names[ref.index].id;
      match.entry += (match.entry.empty() ? "" : ",") + id;
    }
    return match;
  }
  return std::nullopt;
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
