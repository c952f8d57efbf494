#pragma once
// The tokens of the texts one thread analysed lately, for a build: the tagger (phrases, names,
// speakers) and the index each analyse every passage, the same text in the same language, so a
// passage was segmented, normalised and stemmed three times. While an AnalysisMemo::Scope lives
// on a thread, Analyzer::analyze on that thread answers a text it has seen from the memo; with no
// scope (the server, the query parser) nothing is kept. Analysis depends only on the text, the
// language and the options (every Analyzer is built alike), so the answer is the same.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/analysis/token.h"
#include "core/lang/language.h"

namespace liaison {

class AnalysisMemo {
 public:
  /// How many tokens one thread's memo holds before it starts again empty: a few documents'
  /// worth (a generated document has about 1,000), some tens of MB at most.
  static constexpr std::size_t kMaxTokens = std::size_t{1} << 16;

  /// Turns this thread's memo on for its lifetime; nested scopes share it; the last one to end
  /// empties it.
  class Scope {
   public:
    Scope();
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
  };

  /// This thread's memo, or nullptr when no Scope is alive on it.
  static AnalysisMemo* active();

  /// The tokens remembered for `text` analysed in `language` (with stems or not), or nullptr.
  const std::vector<Token>* find(std::string_view text, Language language, bool stems);

  /// Remembers `tokens` as the analysis of `text`; empties the memo first when they would not fit.
  void remember(std::string_view text, Language language, bool stems, const std::vector<Token>& tokens);

  std::size_t size() const { return entries_.size(); }

 private:
  void set_key(std::string_view text, Language language, bool stems);

  std::string key_;  ///< reused: the text, then one byte for the language and the stems switch
  std::unordered_map<std::string, std::vector<Token>> entries_;
  std::size_t tokens_ = 0;
};

}  // namespace liaison
