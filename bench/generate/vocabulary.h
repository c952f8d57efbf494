#pragma once
#include <string>
#include <vector>

#include "bench/generate/rng.h"

namespace liaison::bench {

/// Words ranked from most to least frequent, drawn with a Zipf–Mandelbrot law
/// p(rank) ∝ 1 / (rank + 2.7)^1.05: a few words are everywhere, most are rare, as in real text.
class Vocabulary {
 public:
  explicit Vocabulary(std::vector<std::string> ranked_words);

  const std::string& sample(Rng& rng) const;
  /// A word of middling frequency (rank between `from` and `to`, log-uniform): what people search for.
  const std::string& sample_content_word(Rng& rng, std::size_t from, std::size_t to) const;
  std::size_t size() const { return words_.size(); }
  const std::string& at(std::size_t rank) const { return words_[rank]; }

 private:
  std::vector<std::string> words_;
  std::vector<double> cumulative_;  ///< cumulative probability by rank
};

}  // namespace liaison::bench
