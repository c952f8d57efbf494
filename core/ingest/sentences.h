#pragma once
// Cutting of long paragraphs into passages of readable size, at sentence ends.
#include <cstddef>
#include <string_view>
#include <vector>

namespace liaison {

/// Number of space-separated words in `text`.
std::size_t count_words(std::string_view text);

/// The sentences of `text` (whitespace already collapsed to single spaces), trimmed, in order.
/// Sentence ends are ICU's, plus the Armenian full stop ։ and, in Armenian-script text, an ASCII
/// ':' followed by a space (the full stop as commonly typed).
std::vector<std::string_view> split_sentences(std::string_view text);

/// `text` cut into pieces of at most `max_words` words, each made of whole sentences; a single
/// sentence longer than that is cut between words. Text within the limit comes back whole.
std::vector<std::string_view> cut_at_sentences(std::string_view text, std::size_t max_words);

}  // namespace liaison
