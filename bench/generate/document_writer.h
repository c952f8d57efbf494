#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

#include "bench/generate/rng.h"
#include "bench/generate/text_writer.h"

namespace liaison::bench {

/// What one generated file holds.
struct WrittenDocument {
  std::string lang, kind, date;
  std::size_t bytes = 0, words = 0;
  std::size_t passages = 0;  ///< paragraphs, headings included, long ones counted as Liaison cuts them
};

/// Writes corpus files in the corpus format (front matter: title, date, lang, source, kind,
/// origin; then paragraphs separated by blank lines) under `root`/<lang>/<thousands>/.
class DocumentWriter {
 public:
  DocumentWriter(TextWriter& text, std::filesystem::path root) : text_(text), root_(std::move(root)) {}

  /// Document number `index`: its language cycles en, hy, az, ru; 300–800 words.
  WrittenDocument write(std::size_t index, Rng& rng);

 private:
  std::string body(const std::string& lang, std::size_t target_words, Rng& rng, WrittenDocument& written);

  TextWriter& text_;
  std::filesystem::path root_;
};

/// A date 1992–2026: mostly YYYY-MM-DD, sometimes YYYY-MM or YYYY.
std::string random_date(Rng& rng);
/// A document kind, weighted as a news-and-statements collection would be.
std::string random_kind(Rng& rng);

}  // namespace liaison::bench
