#include "core/ingest/speakers.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/lang/profile.h"
#include "core/text/strings.h"

namespace liaison {
namespace {

/// Characters that make the text before a colon a sentence rather than a name.
bool ends_label(UChar32 c) {
  return u_isdigit(c) || c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '"' || c == '(' ||
         c == ')' || c == 0x00AB || c == 0x00BB || c == 0x0589 /* Armenian full stop */;
}

struct LabelShape {
  std::size_t letters = 0, capitals = 0, words = 1;
  bool clean = true;
};

LabelShape shape_of(std::string_view label) {
  LabelShape shape;
  for (int32_t i = 0; i < static_cast<int32_t>(label.size());) {
    UChar32 c = 0;
    U8_NEXT(label.data(), i, static_cast<int32_t>(label.size()), c);
    if (c < 0 || ends_label(c)) shape.clean = false;
    if (c == ' ') ++shape.words;
    if (u_isalpha(c)) {
      ++shape.letters;
      if (u_isupper(c)) ++shape.capitals;
    }
  }
  return shape;
}

bool listed(const std::span<const std::string_view> words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

std::optional<std::string> turn_label(std::string_view passage_text, Language language) {
  const std::size_t colon = passage_text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxTurnLabelBytes) return std::nullopt;
  const std::string_view label = trim(passage_text.substr(0, colon));
  const LabelShape shape = shape_of(label);
  if (!shape.clean || shape.letters == 0 || shape.words > kMaxTurnLabelWords) return std::nullopt;
  const SpeechCues& cues = profile_of(language).speech;
  const std::string word = lower(label);
  const bool interview = listed(cues.question_labels, word) || listed(cues.answer_labels, word);
  // One capital ("Q") is a label only when the language lists it; a capitalised word alone
  // ("Note: …") is not: a label is written all in capitals.
  if (!interview && (shape.capitals != shape.letters || shape.letters < 2)) return std::nullopt;
  return std::string(label);
}

Speaker speaker_from_label(std::string_view label) {
  Speaker speaker{.id = lower(label), .name = {}, .names = {}};
  // Title case: the first letter of each word as written, the rest lower-cased.
  bool word_start = true;
  for (int32_t i = 0; i < static_cast<int32_t>(label.size());) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(label.data(), i, static_cast<int32_t>(label.size()), c);
    const std::string_view piece = label.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    speaker.name += word_start ? std::string(piece) : lower(piece);
    word_start = c == ' ' || c == '-';
  }
  speaker.names = {speaker.name};
  return speaker;
}

void mark_speakers(Document& document) {
  if (!document.manual_speakers.empty()) {
    std::vector<Speaker> speakers;
    for (const std::string& name : document.manual_speakers) {
      Speaker speaker{.id = lower(name), .name = name, .names = {name}};
      speakers.push_back(std::move(speaker));
    }
    for (Passage& passage : document.passages) passage.speakers = speakers;
    return;
  }
  std::vector<Speaker> turn;  // the speaker of the turn under way
  for (Passage& passage : document.passages) {
    const Language language = passage.language != Language::Unknown ? passage.language : document.declared_language;
    if (const auto label = turn_label(passage.text, language)) turn = {speaker_from_label(*label)};
    passage.speakers = turn;
  }
}

}  // namespace liaison
