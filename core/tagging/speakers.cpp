#include "core/tagging/speakers.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

/// How many words may stand between a name and its verb of speech ("Pashinyan, the Prime
/// Minister, said" has three).
constexpr std::size_t kSpeechVerbReach = 4;

bool speaks(const NameEntry& entry) { return entry.type == "person" || entry.type == "organisation"; }

void add_unique(std::vector<Speaker>& speakers, Speaker speaker) {
  const auto same = [&](const Speaker& s) { return s.id == speaker.id; };
  if (std::none_of(speakers.begin(), speakers.end(), same)) speakers.push_back(std::move(speaker));
}

bool is_said_verb(const Token& token) {
  const auto& verbs = profile_of(token.language).speech.said_verbs;
  return std::find(verbs.begin(), verbs.end(), token.term) != verbs.end();
}

}  // namespace

Speaker SpeakerResolver::speaker_of(const NameEntry& entry, Language language) const {
  Speaker speaker{.id = entry.id, .name = {}, .names = {}};
  for (const Language shown : {language, Language::English}) {
    const auto names = entry.names.find(shown);
    if (speaker.name.empty() && names != entry.names.end() && !names->second.empty()) speaker.name = names->second.front();
  }
  if (speaker.name.empty()) speaker.name = entry.id;
  speaker.names.push_back(speaker.name);
  for (const auto& [unused, spellings] : entry.names)
    for (const std::string& spelling : spellings)
      if (std::find(speaker.names.begin(), speaker.names.end(), spelling) == speaker.names.end())
        speaker.names.push_back(spelling);
  return speaker;
}

std::vector<Speaker> SpeakerResolver::named_in(std::string_view text, Language language) const {
  std::vector<PhraseMatch> matches;
  names_.find_all(analyzer_.analyze(text, language), matches);
  std::vector<Speaker> out;
  for (const PhraseMatch& match : matches)
    for (const EntryRef& ref : *match.entries) {
      const NameEntry& entry = names_.domain().names.at(ref.index);
      if (ref.kind == EntryKind::Name && speaks(entry)) add_unique(out, speaker_of(entry, language));
    }
  return out;
}

std::optional<Speaker> SpeakerResolver::resolve(std::string_view label, Language language) const {
  std::vector<Speaker> named = named_in(label, language);
  if (named.empty()) return std::nullopt;
  return std::move(named.front());
}

std::vector<Speaker> SpeakerResolver::reported(const Passage& passage) const {
  const std::vector<Token> tokens = analyzer_.analyze(passage.text, passage.language);
  std::vector<PhraseMatch> matches;
  names_.find_all(tokens, matches);
  std::vector<Speaker> out;
  for (const PhraseMatch& match : matches) {
    // The verb after the name ("Pashinyan said"), or before it ("said Pashinyan", and the
    // verb-final Armenian and Azerbaijani sentences have it after).
    const std::size_t from = match.first >= kSpeechVerbReach ? match.first - kSpeechVerbReach : 0;
    const std::size_t to = std::min(tokens.size(), match.last + 1 + kSpeechVerbReach);
    bool said = false;
    for (std::size_t i = from; i < to && !said; ++i) said = (i < match.first || i > match.last) && is_said_verb(tokens[i]);
    if (!said) continue;
    for (const EntryRef& ref : *match.entries) {
      const NameEntry& entry = names_.domain().names.at(ref.index);
      if (ref.kind == EntryKind::Name && speaks(entry)) add_unique(out, speaker_of(entry, passage.language));
    }
  }
  return out;
}

void SpeakerResolver::resolve_document(Document& document) const {
  for (Passage& passage : document.passages) {
    for (Speaker& speaker : passage.speakers)
      if (auto resolved = resolve(speaker.name, passage.language)) speaker = std::move(*resolved);
    if (passage.speakers.empty()) passage.speakers = reported(passage);
  }
  if (document.kind != "statement" || !document.manual_speakers.empty()) return;
  const Language language = document.declared_language;
  const std::vector<Speaker> issuers = named_in(document.source, language);
  for (Passage& passage : document.passages)
    if (passage.speakers.empty()) passage.speakers = issuers;
}

}  // namespace liaison
