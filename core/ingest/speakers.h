#pragma once
// Who speaks in each passage, as far as the text itself says: speaker turns of transcripts and
// interviews ("MODERATOR: …", "Q: …"), and the front matter's `speaker:`/`speakers:`, which
// wins. The gazetteer resolves the labels later (core/tagging/speakers.h), when a domain is
// loaded; reported speech and a statement's issuer need it and are found there.
#include <optional>
#include <string>
#include <string_view>

#include "core/ingest/document.h"

namespace liaison {

/// Longest turn label, in bytes and in words: a longer text before a colon is a sentence.
inline constexpr std::size_t kMaxTurnLabelBytes = 60;
inline constexpr std::size_t kMaxTurnLabelWords = 5;

/// The turn label that starts `passage_text` ("SPEAKER FROM BAKU" of "SPEAKER FROM BAKU: I
/// will…"): the text before the first ": " when it is short, holds no digit or sentence
/// punctuation, and is written in capitals or is one of the language's question and answer
/// labels ("Q", "Вопрос"); nullopt otherwise.
std::optional<std::string> turn_label(std::string_view passage_text, Language language);

/// A speaker known only by a label: id = the label lower-cased, name = the label with its
/// capitals kept only at the start of each word ("SPEAKER FROM BAKU" → "Speaker From Baku").
Speaker speaker_from_label(std::string_view label);

/// Sets Passage::speakers of every passage: the front matter's speakers when it names any;
/// else each passage's turn label, a passage without one continuing the turn before it.
/// An interview's answer labels ("A", "Ответ") stand for the interviewee: unknown here.
void mark_speakers(Document& document);

}  // namespace liaison
